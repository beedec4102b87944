import { at, list, quote } from "@/lib/timeline-text/parts";
import type { TDescribers } from "@/lib/timeline-text/types";

const suspectWords = (p: { accessKeyIds: string[]; principals: string[]; sourceIps: string[] }) =>
  list([...p.accessKeyIds.map((k) => `key ${k}`), ...p.principals.map((x) => quote(x)), ...p.sourceIps.map((ip) => `address ${ip}`)]) || "no suspect";

export const scopingDescribers: TDescribers = {
  "scoping.requested": (p, e) => [
    `${e.actor} asked for a CloudTrail access reconstruction of ${suspectWords(p)} from `, at(p.start), " to ", at(p.end),
    ` in ${p.accountId ? `account ${p.accountId}, ` : ""}${p.region}${p.eventDataStore ? `, with data events from ${p.eventDataStore}` : ", management events only"}.`,
  ],
  "scoping.finished": (p) =>
    p.status === "succeeded"
      ? [
          `The CloudTrail access reconstruction found ${p.storesTouched === 1 ? "1 data store" : `${p.storesTouched} data stores`} touched; its query and full result are evidence (SHA-256 ${p.sha256}).`,
          ...p.gaps.map((gap) => ` Logging gap: ${gap}`),
        ]
      : [`The CloudTrail access reconstruction failed: ${quote(p.failure ?? "unknown error")}.`],
};
