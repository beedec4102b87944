import { RULES_BY_ID } from "@/lib/clocks/catalog";
import { isKnownJurisdiction, jurisdictionName } from "@/lib/clocks/jurisdictions";
import { MOMENTS, type TClassificationKey, type TInfo, type TInfoKind, type TMoment, type TObligation, type TRuleId } from "@/lib/clocks/types";
import { momentName } from "@/lib/timeline-text/clocks";
import { factValue } from "@/lib/timeline-text/facts";
import { obligationLabel } from "@/lib/timeline-text/obligation-label";
import { formatInstant } from "@/lib/time/format-instant";

/**
 * The clock engine's own text (reasons, info lines, triggers) in words a lawyer reads: no JSON pointers, rule ids,
 * jurisdiction codes or moment identifiers. The engine's reasons name the fact that decides with a pointer
 * (`high risk not assessed: /incident/riskLevel`); here that becomes the fact as the Facts form calls it.
 */

/** A fact that would decide an open question, as the form names it; `onForm` says whether the Facts form asks it. */
export type TDecidingFact = { fact: string; detail: string; onForm: boolean };

type TAffectedRef = readonly { jurisdiction: string }[];

/** The Facts form's labels (components/incident-facts/facts-fields.tsx), so a lawyer finds the field to answer. */
const FORM_FIELDS: Record<string, string> = {
  "/incident/personalData": "Personal data compromised",
  "/incident/riskLevel": "Risk assessment",
  "/incident/encryption/status": "Encryption",
  "/incident/encryption/keyCompromised": "Encryption key compromised",
  "/incident/compromise": "Data were acquired / exfiltrated",
  "/incident/dataCategories": "Data categories",
  "/incident/phi": "Includes HIPAA protected health information",
};

const OTHER_FACTS: Record<string, string> = {
  "/incident/cause": "The cause of the incident",
  "/organisation/employees": "The organisation's number of employees",
  "/incident/riskByJurisdiction": "The risk assessment per jurisdiction",
};

const CLASSIFICATION_WORDS: Record<TClassificationKey, string> = {
  significant: "a significant incident",
  major: "a major incident",
  material: "a material incident",
  cybersecurityIncident: "a cybersecurity incident",
  coveredCyberIncident: "a covered cyber incident",
};

/** The fact a JSON pointer of the contract names, in words. */
export function pointerFact(pointer: string, affected: TAffectedRef): Omit<TDecidingFact, "detail"> {
  if (FORM_FIELDS[pointer]) return { fact: FORM_FIELDS[pointer], onForm: true };
  if (OTHER_FACTS[pointer]) return { fact: OTHER_FACTS[pointer], onForm: false };
  const count = /^\/affected\/(\d+)\/count$/.exec(pointer);
  if (count) {
    const code = affected[Number(count[1])]?.jurisdiction;
    return { fact: code ? `Residents affected in ${jurisdictionName(code)}` : "Residents affected", onForm: true };
  }
  const moment = /^\/moments\/(\w+)$/.exec(pointer);
  if (moment) return { fact: `When ${momentName(moment[1]!)} happened`, onForm: true };
  const classification = /^\/incident\/classification\/(\w+)$/.exec(pointer);
  if (classification) {
    const words = CLASSIFICATION_WORDS[classification[1] as TClassificationKey] ?? "a classified incident";
    return { fact: `Whether the incident is ${words}`, onForm: false };
  }
  return { fact: "A fact the engine could not name", onForm: false };
}

const POINTER_AT_END = /:\s*(\/[A-Za-z0-9/]+)$/;

/** An undetermined obligation's open questions: each fact that would decide it, with what is missing, in words. */
export function decidingFacts(reason: string, affected: TAffectedRef): TDecidingFact[] {
  return reason.split("; ").flatMap((part) => {
    const pointer = POINTER_AT_END.exec(part);
    if (pointer) return [{ ...pointerFact(pointer[1]!, affected), detail: inWords(part.slice(0, pointer.index)) }];
    const counsel = /^for counsel: (.*)$/s.exec(part);
    if (counsel) return [{ fact: "For counsel to decide", detail: inWords(counsel[1]!), onForm: false }];
    return [{ fact: "Also open", detail: inWords(part), onForm: false }];
  });
}

/** Why an obligation applies or does not, in words (pointers dropped: the open facts are said by decidingFacts). */
export function reasonInWords(reason: string): string {
  if (reason === "applies on the declared facts") return "Applies on these facts";
  return inWords(
    reason
      .split("; ")
      .map((part) => part.replace(POINTER_AT_END, ""))
      .join("; ")
      .replace(/^applies: /, "Applies: "),
  );
}

const CAMEL_MOMENTS = MOMENTS.filter((moment) => /[A-Z]/.test(moment));
const MOMENT_PATTERN = new RegExp(`\\b(${CAMEL_MOMENTS.join("|")})\\b`, "g");
const CODE_PATTERN = /\b[A-Z]{2}-[A-Z0-9]{1,3}\b(?!-)/g;
let ruleIdPattern: RegExp | null = null;

function ruleIds(): RegExp {
  if (!ruleIdPattern) {
    // Longest first, so an id is never replaced by a shorter id it starts with.
    const ids = [...RULES_BY_ID.keys()].sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    ruleIdPattern = new RegExp(`(?<![\\w-])(${ids.join("|")})(?![\\w-])`, "g");
  }
  return ruleIdPattern;
}

/** "the notice to affected individuals (California)": another row of the catalog, by its recipient. */
export function noticeWords(ruleId: string): string {
  const rule = RULES_BY_ID.get(ruleId as TRuleId);
  if (!rule) return "an earlier notice";
  const label = obligationLabel(ruleId, rule.recipient);
  return `the notice to ${/^[A-Z][a-z]/.test(label) && !/^(ANPD|SEC|HHS|FTC)\b/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label}`;
}

/**
 * Engine or catalog text with its identifiers put in words: rule ids become the notice they name, jurisdiction
 * codes their place, moment identifiers their label, bare numbers of a threshold the people they count.
 */
export function inWords(text: string): string {
  const said = text
    .replace(ruleIds(), (id) => noticeWords(id))
    .replace(MOMENT_PATTERN, (moment) => `“${momentName(moment as TMoment)}”`)
    .replace(CODE_PATTERN, (code) => (isKnownJurisdiction(code) ? jurisdictionName(code) : code))
    .replace(/risk assessed as (none|risk|high)\b/g, (_, level: string) => `risk assessed as ${factValue("incident.riskLevel", level)}`)
    .replace(/(^|: |; )(\d[\d,]*) is (not )?/g, (_, lead: string, n: string, not: string | undefined) => `${lead}${n} people affected is ${not ?? ""}`)
    .replace(/\bcount not known\b/g, "number not known")
    .replace(/\btrigger not declared\b/g, "the moment that starts the clock is not declared")
    .replace(/^proposed \/ not in force$/, "Proposed, not in force");
  return said.charAt(0).toUpperCase() + said.slice(1);
}

const INFO_WORDS: Record<TInfoKind, string> = {
  roll_forward: "If the last day is a weekend or holiday",
  provisional_bound: "At the latest",
  internal_target: "Internal target",
  extension: "Extension",
  delay: "Law-enforcement delay",
  constraint: "Condition",
  uncertain: "Uncertain",
  note: "Note",
};

/** An info line of an obligation in words, its instant (if any) in `timeZone`. */
export function infoInWords(line: TInfo, timeZone: string): string {
  const upstream = /^(\S+) due \+ (.+)$/.exec(line.text);
  const text = upstream && RULES_BY_ID.has(upstream[1] as TRuleId) ? `${upstream[2]} after ${noticeWords(upstream[1]!)} is due` : line.text;
  return `${INFO_WORDS[line.kind] ?? "Note"}: ${inWords(text)}${line.at ? ` (${formatInstant(line.at, timeZone)})` : ""}`;
}

/** "Starts when Discovered is declared": what an obligation that awaits its trigger is waiting for. */
export function startsWhen(obligation: Pick<TObligation, "trigger" | "ruleId">): string {
  const trigger = obligation.trigger ?? triggerOfRule(obligation.ruleId);
  if (!trigger) return "Starts when the event that starts it happens";
  if (trigger.moment === "notice") return `Starts when ${trigger.ruleId ? noticeWords(trigger.ruleId) : "an earlier notice"} is sent`;
  return `Starts when ${momentName(trigger.moment)} is declared`;
}

function triggerOfRule(ruleId: string): TObligation["trigger"] {
  const trigger = RULES_BY_ID.get(ruleId as TRuleId)?.trigger;
  if (trigger?.kind === "moment") return { moment: trigger.moment, at: null };
  if (trigger?.kind === "notice") return { moment: "notice", ruleId: trigger.ruleId, at: null };
  return null;
}

/** An IANA zone as people read it: "America/Los_Angeles" → "Los Angeles". */
export function zoneCity(zone: string): string {
  return (zone.split("/").at(-1) ?? zone).replaceAll("_", " ");
}

/** An IANA zone as a label: "Europe/Paris", "America/New York". */
export function zoneWords(zone: string): string {
  return zone.replaceAll("_", " ");
}
