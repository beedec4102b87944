import { MOMENT_LABELS } from "@/lib/incident-facts/schemas";
import type { TMoment } from "@/lib/clocks/types";
import { factLabel, factValue } from "@/lib/timeline-text/facts";
import { obligationLabel } from "@/lib/timeline-text/obligation-label";
import { at, count, list, type TSentence } from "@/lib/timeline-text/parts";
import type { TDescribers } from "@/lib/timeline-text/types";

/** A declaration counts as back-dated when the moment lies more than this before it was recorded. */
const BACKDATED_AFTER_MS = 60_000;

export function momentName(moment: string): string {
  const label = MOMENT_LABELS[moment as TMoment];
  return label ? label.replace(/ \(.*\)$/, "") : moment;
}

/** Why the register was re-evaluated, from the cause the service records ("discovered declared", "facts changed: …"). */
function causeWords(cause: string): string {
  const moment = /^(\w+) (declared|corrected)$/.exec(cause);
  if (moment) return `after ${momentName(moment[1]!)} was ${moment[2]}`;
  if (cause.startsWith("facts changed")) return "after the facts changed";
  if (cause.startsWith("organisation profile changed")) return "after the organisation profile changed";
  return `(${cause})`;
}

type TRef = { ruleId: string; recipient: string };
const name = (ref: TRef) => obligationLabel(ref.ruleId, ref.recipient);

export const clockDescribers: TDescribers = {
  "moment.declared": (p, e) => {
    const backdated = e.recordedAt.getTime() - new Date(p.at).getTime() > BACKDATED_AFTER_MS;
    const verb = p.supersedes ? "corrected" : "declared";
    return [
      `${e.actor} ${verb} ${momentName(p.moment)} at `, at(p.at),
      ...(p.supersedes ? [" (it was ", at(p.supersedes.at), ")"] : []),
      p.sameAs ? `, the same moment as ${momentName(p.sameAs.moment)}: ${p.reason}` : backdated ? ` (backdated: ${p.reason})` : `: ${p.reason}`,
    ];
  },
  "facts.changed": (p, e) => [
    `${e.actor} changed ${list(p.changes.map((c) => `${factLabel(c.field)} from ${factValue(c.field, c.from)} to ${factValue(c.field, c.to)}`))}. Why: ${p.reason}`,
  ],
  "obligations.reevaluated": (p) => {
    const sentence: TSentence = [];
    const applying = p.added.filter((a) => a.applies === "yes");
    const open = p.added.filter((a) => a.applies === "undetermined");
    const add = (parts: TSentence) => sentence.push(...(sentence.length ? ["; "] : []), ...parts);
    if (applying.length) {
      add([`${count(applying.length, "obligation")} now ${applying.length === 1 ? "applies" : "apply"}: `]);
      applying.forEach((a, i) => {
        const separator = i === 0 ? [] : i === applying.length - 1 ? [" and "] : [", "];
        sentence.push(...separator, name(a), ...(a.dueAt ? [" (due ", at(a.dueAt), ")"] : [" (no fixed deadline)"]));
      });
    }
    if (open.length) add([`${count(open.length, "obligation")} may apply (not yet determined): ${list(open.map(name))}`]);
    const nowApply = p.applicability.filter((a) => a.to === "yes");
    const noLonger = [...p.retired, ...p.applicability.filter((a) => a.from === "yes" && a.to !== "yes")];
    if (nowApply.length) add([`now applying: ${list(nowApply.map(name))}`]);
    if (noLonger.length) add([`no longer applying: ${list(noLonger.map(name))}`]);
    p.retimed.forEach((r) => add([`${name(r)} is now due `, ...(r.to ? [at(r.to)] : ["with no fixed deadline"]), ...(r.from ? [" (was ", at(r.from), ")"] : [])]));
    if (sentence.length === 0) return [`Deadlines re-checked ${causeWords(p.cause)}: nothing that applies changed.`];
    return [...sentence, ` — ${causeWords(p.cause)}.`];
  },
  "obligation.owner-changed": (p, e) => [
    p.to ? `${e.actor} made ${p.to.name} owner of ${name(p)}.` : `${e.actor} removed the owner of ${name(p)}${p.from ? ` (${p.from.name})` : ""}.`,
  ],
  "obligation.met": (p) => [`${name(p)} was met${p.late ? " late" : ""} at `, at(p.metAt), ` by ${p.via.label}.`],
};
