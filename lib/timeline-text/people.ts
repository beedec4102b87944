import { jurisdictionName } from "@/lib/clocks/jurisdictions";
import { quote } from "@/lib/timeline-text/parts";
import type { TDescribers } from "@/lib/timeline-text/types";

const people = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "person" : "people"}`;

export const peopleDescribers: TDescribers = {
  "people.imported": (p, e) => [
    `${e.actor} imported ${quote(p.fileName)} into the affected-people ledger: ${people(p.peopleAdded)} added, ${people(p.peopleUpdated)} updated` +
      `${p.rowsRejected ? `, ${p.rowsRejected.toLocaleString("en-US")} ${p.rowsRejected === 1 ? "row" : "rows"} refused` : ""}` +
      `${p.unresolved ? `, ${people(p.unresolved)} whose jurisdiction could not be told` : ""}. The ledger now holds ${people(p.ledgerTotal)}` +
      `${p.byJurisdiction.length > 0 ? ` (${p.byJurisdiction.slice(0, 8).map((j) => `${jurisdictionName(j.jurisdiction)} ${j.people.toLocaleString("en-US")}`).join(", ")}${p.byJurisdiction.length > 8 ? ", …" : ""})` : ""}.`,
  ],
  "people.viewed": (p, e) => [`${e.actor} viewed ${p.what} of ${people(p.people)} in the affected-people ledger.`],
  "people.count-overridden": (p, e) => [
    p.count === null
      ? `${e.actor} removed the override of the count for ${jurisdictionName(p.jurisdiction)} (was ${people(p.previous ?? 0)}): the ledger's ${people(p.ledgerCount)} count again. Reason: ${quote(p.reason)}.`
      : `${e.actor} overrode the count for ${jurisdictionName(p.jurisdiction)}: ${people(p.count)} instead of the ledger's ${people(p.ledgerCount)}${p.previous === null ? "" : ` (the override was ${people(p.previous)})`}. Reason: ${quote(p.reason)}.`,
  ],
};
