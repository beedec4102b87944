import type { TBusinessCalendar, TDeadlineSpec, TGate, TRule, TTriggerSpec, TZoneRef } from "@/lib/clocks/catalog/model";
import { COMPARATOR_TEXT } from "@/lib/clocks/engine";
import type { TDataCategory, TMoment } from "@/lib/clocks/types";
import { DATA_CATEGORY_LABELS, FLAG_LABELS, MOMENT_LABELS } from "@/lib/incident-facts/schemas";
import { jurisdictionName, regionName } from "@/lib/clocks/jurisdictions";

/**
 * A catalog rule in words a lawyer reads: the moment that starts the clock, the deadline, the thresholds with their
 * comparators and every other condition. Pure and total over the catalog's data: a kind of trigger, deadline or gate
 * this file does not know yet is still said from its own label, reason or question (and the catalog-wide test flags
 * any description that would fall back to a code).
 */

type TRuleLookup = (id: string) => TRule | undefined;

/** The phrase a description falls back to when it meets a kind it cannot say; the catalog-wide test forbids it. */
export const UNDESCRIBED = "a condition this page cannot describe yet";

export function describeTrigger(rule: TRule, lookup: TRuleLookup): string {
  const trigger: TTriggerSpec = rule.trigger;
  switch (trigger.kind) {
    case "moment":
      return `Starts at: ${MOMENT_LABELS[trigger.moment]}`;
    case "notice": {
      const upstream = lookup(trigger.ruleId);
      const which = trigger.pick === "latest" ? "the latest notice" : "the notice";
      return `Starts when ${which} to ${recipientPhrase(upstream)} is sent (${trigger.ruleId})`;
    }
    case "none":
      return "No clock: nothing starts this row";
    default:
      return describeLooseTrigger(trigger as unknown as TLoose);
  }
}

export function describeDeadline(rule: TRule, lookup: TRuleLookup): string {
  const deadline: TDeadlineSpec = rule.deadline;
  switch (deadline.kind) {
    case "hours":
      return plural(deadline.hours, "hour");
    case "calendarDays":
      return `${plural(deadline.days, "calendar day")}, to the end of the last day`;
    case "japanDays":
      return `${plural(deadline.days, "day")}, the day of knowing counted as day 1, moved to the next open day in Japan`;
    case "businessDays":
      return `${plural(deadline.days, "business day")} (${calendarWords(deadline.calendar)})${deadline.time === "17:30:00" ? ", by 17:30" : ", to the end of the last day"}`;
    case "months":
      return `${plural(deadline.months, "month")}${deadline.endOfDay ? ", to the end of the last day" : ", at the same time of day"}`;
    case "hipaaAnnualLog":
      return `${plural(deadline.days, "day")} after the end of the calendar year of discovery (annual log)`;
    case "doraInitial":
      return "4 hours from classification as major, and no later than 24 hours from awareness";
    case "sameAsUpstream": {
      const upstream = rule.trigger.kind === "notice" ? lookup(rule.trigger.ruleId) : undefined;
      return `As the notice to ${recipientPhrase(upstream)}, at the same time`;
    }
    case "vermontAg":
      return "14 business days (US federal holidays) from discovery, or the consumer notice if that comes first";
    case "none":
      return "No fixed deadline";
    default:
      return describeLooseDeadline(deadline as unknown as TLoose);
  }
}

/** The reference time zone of the deadline. */
export function describeZone(zone: TZoneRef): string {
  switch (zone.kind) {
    case "fixed":
      return `Reference time zone: ${zone.zone}`;
    case "organisation":
      return "Reference time zone: the organisation's";
    case "eu-authority":
      return "Reference time zone: the lead supervisory authority's country";
  }
}

/**
 * Count and employee thresholds, with their comparators ("more than 500 residents of California", "at least 500
 * people affected in all"). Thresholds that are one option among others are said so.
 */
export function describeThresholds(rule: TRule): string[] {
  const found: string[] = [];
  const visit = (gates: readonly TGate[], optional: boolean) => {
    for (const gate of gates) {
      if (gate.kind === "count" || gate.kind === "employees") {
        const words = thresholdWords(gate, rule);
        found.push(optional ? `${words} (one way the row applies)` : words);
      } else if (gate.kind === "anyOf") {
        for (const option of gate.options) visit(option, true);
      }
    }
  };
  visit(rule.gates, false);
  return [...new Set(found)];
}

/** Every condition other than the thresholds, in words. */
export function describeGates(rule: TRule): string[] {
  return rule.gates.filter((gate) => gate.kind !== "count" && gate.kind !== "employees").map((gate) => describeGate(gate, rule));
}

/** What counsel should also know: delays, extensions, internal targets, constraints, uncertainties, notes. */
export function describeAlso(rule: TRule, lookup: TRuleLookup): string[] {
  const lines: string[] = [];
  if (rule.touchFlags?.length) {
    lines.push(`Considered whenever the organisation is: ${rule.touchFlags.map((flag) => touchFlagWords(flag)).join("; ")}`);
  }
  if (rule.lawEnforcementDelay) lines.push("A law-enforcement delay can be declared: the statute allows it");
  if (rule.extension) lines.push(`Extension of ${plural(rule.extension.days, "day")} if claimed: ${rule.extension.text}`);
  if (rule.internalTarget) lines.push(`Internal target of ${plural(rule.internalTarget.days, "day")}: ${rule.internalTarget.text}`);
  if (rule.rollForward) {
    lines.push(`A weekend or holiday roll-forward under ${ROLL_FORWARD_LAW[rule.rollForward]} is shown for information only (the deadline does not move)`);
  }
  if (rule.doubledForSmallAgent) lines.push("Period doubled for a small processing agent");
  if (rule.publicRecipientWhenDisproportionate) lines.push("A public communication replaces individual notice when that would take disproportionate effort");
  if (rule.constraint) lines.push(`Constraint: ${rule.constraint}`);
  if (rule.uncertain) lines.push(`Uncertain: ${rule.uncertain}`);
  for (const note of rule.notes ?? []) lines.push(`Note: ${note}`);
  const later = (rule as { noLaterThanNotice?: string }).noLaterThanNotice;
  if (later) lines.push(`Due no later than the notice to ${recipientPhrase(lookup(later))} when that is sent first (${later})`);
  return lines;
}

export function describeGate(gate: TGate, rule: TRule): string {
  switch (gate.kind) {
    case "proposed":
      return "Proposed, not in force: no clock runs";
    case "commencement":
      return `In force only for triggers on or after the commencement: ${gate.text}`;
    case "personalData":
      return "Personal data were compromised";
    case "role":
      return gate.role === "controller"
        ? "The organisation owns or controls the data (not a processor)"
        : "The organisation holds the data for another (processor or maintainer)";
    case "flag":
      return `The organisation is: ${FLAG_LABELS[gate.flag]}`;
    case "hipaa":
      return gate.value === "covered_entity" ? "The organisation is a HIPAA covered entity" : "The organisation is a HIPAA business associate";
    case "phi":
      return "Protected health information is involved";
    case "nis2Entity":
      return "The organisation is a NIS2 essential or important entity";
    case "classification":
      return `The incident is classified as a ${gate.label}`;
    case "fact":
      return FACT_WORDS[gate.field];
    case "notFact":
      return `Not owed when: ${gate.reason}`;
    case "encryption":
      return `Encryption safe harbour: not owed when the data were encrypted and the key was not compromised${gate.label === "encryption safe harbour" ? "" : ` (${gate.label})`}`;
    case "compromise":
      return `The data were ${gate.label}`;
    case "harm":
      return harmWords(gate);
    case "count":
    case "employees":
      return thresholdWords(gate, rule);
    case "residents":
      return `Residents of ${regionName(rule.region)} are affected`;
    case "statePi":
      return `Personal information as ${regionName(rule.region)} defines it: ${piWords(gate.pi)}`;
    case "categories":
      return `The data include ${gate.label} (${categoryList(gate.any)})`;
    case "cause":
      return `Cause: ${gate.label}`;
    case "largeScale":
      return "Large-scale processing";
    case "momentDeclared":
      return `Only once this moment is declared: ${MOMENT_LABELS[gate.moment]}`;
    case "notRedacted":
      return "The data were not redacted";
    case "ca150Encryption":
      return "The data were not encrypted, or were taken with the key (whether those count as nonencrypted is for counsel)";
    case "anyOf":
      return `${capitalise(gate.label)}: any of ${flatOptions(gate)
        .map((option, index) => `(${index + 1}) ${option.map((inner) => lowerFirst(describeGate(inner, rule), OWN_LEADING_WORDS)).join(" and ")}`)
        .join("; ")}`;
    case "sector":
      return sectorWords(gate);
    default:
      return describeLooseGate(gate as unknown as TLoose);
  }
}

// ─── Words ───────────────────────────────────────────────────────────────────────────────────────────────────────

const FACT_WORDS: Record<Extract<TGate, { kind: "fact" }>["field"], string> = {
  serviceRecipientsAffected: "The incident is likely to affect the services' recipients",
  clientsFinancialInterestsAffected: "The clients' financial interests are affected",
};

function touchFlagWords(flag: NonNullable<TRule["touchFlags"]>[number]): string {
  if (flag === "hipaa") return "a HIPAA covered entity or business associate";
  if (flag === "nis2Entity") return "a NIS2 essential or important entity";
  return FLAG_LABELS[flag];
}

/** Sector labels are either what the organisation is ("an insurance licensee of Iowa") or a clause ("Iowa is the home state"). */
function sectorWords(gate: Extract<TGate, { kind: "sector" }>): string {
  const home = gate.home && !/home state|domicile/i.test(gate.label) ? ", with this state as its home state" : "";
  return /^(a|an|the)\s/i.test(gate.label) ? `The organisation is ${gate.label}${home}` : `${capitalise(gate.label)}${home}`;
}

function thresholdWords(gate: Extract<TGate, { kind: "count" | "employees" }>, rule: TRule): string {
  const comparator = `${COMPARATOR_TEXT[gate.op]} ${gate.n.toLocaleString("en-US")}`;
  if (gate.kind === "employees") return `The organisation has ${comparator} employees`;
  switch (gate.scope) {
    case "state":
      return `${capitalise(comparator)} residents of ${regionName(rule.region)} affected`;
    case "anyState":
      return `${capitalise(comparator)} residents of any one state affected`;
    case "all":
      return `${capitalise(comparator)} people affected in all`;
  }
}

function harmWords(gate: Extract<TGate, { kind: "harm" }>): string {
  const level = gate.need === "high" && !/high/i.test(gate.label) ? " (high risk)" : "";
  const unknown = gate.onUnknown === "applies" ? "owed until a no-harm finding is made" : "owed only once the risk is assessed as present";
  const acquisition = gate.acquisitionSuffices ? "; acquisition of the data is enough on its own" : "";
  return `Harm test, ${gate.label}${level}: ${unknown}${acquisition}`;
}

/** Options of an `anyOf`, with an option that is itself one `anyOf` spliced in (one list, not a list in a list). */
function flatOptions(gate: Extract<TGate, { kind: "anyOf" }>): TGate[][] {
  return gate.options.flatMap((option) => {
    const only = option.length === 1 ? option[0] : undefined;
    return only?.kind === "anyOf" ? flatOptions(only) : [option];
  });
}

const ROLL_FORWARD_LAW: Record<NonNullable<TRule["rollForward"]>, string> = {
  CA: "California's Code of Civil Procedure §12a",
  TX: "the Texas Code Construction Act (Gov't Code §311.014)",
  EU: "Regulation (EU) 1182/71 art. 3(4)",
};

function piWords(pi: Extract<TGate, { kind: "statePi" }>["pi"]): string {
  const parts = [`a name with ${categoryList(pi.withName)}`];
  parts.push(pi.accountAlone ? "a financial account number, even without its access code" : "a financial account number with its access code");
  if (pi.alone.length > 0) parts.push(`${categoryList(pi.alone)} alone`);
  return parts.join("; or ");
}

function categoryList(categories: readonly TDataCategory[]): string {
  const words = categories.map((category) => lowerFirst(DATA_CATEGORY_LABELS[category]));
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} or ${words.at(-1)}` : (words[0] ?? "none");
}

function calendarWords(calendar: TBusinessCalendar): string {
  if (calendar === "US-federal") return "US federal holidays";
  if (calendar === "BR") return "Brazilian national holidays";
  return `${jurisdictionName(calendar)} holidays`;
}

/** "the notice to affected California residents": the recipient of the row it follows. */
function recipientPhrase(upstream: TRule | undefined): string {
  return upstream ? lowerFirst(upstream.recipient, RECIPIENT_LEADING_WORDS) : "the earlier notice's recipient";
}

function plural(n: number, unit: string): string {
  return `${n.toLocaleString("en-US")} ${unit}${n === 1 ? "" : "s"}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases a leading common word ("Affected residents"), never a name or an acronym ("Texas", "ANPD", "SEC"). */
function lowerFirst(text: string, common: ReadonlySet<string> = CATEGORY_LEADING_WORDS): string {
  const first = text.split(/[\s(,:]/, 1)[0] ?? "";
  return common.has(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const RECIPIENT_LEADING_WORDS = new Set([
  "Affected", "Each", "All", "Residents", "Individuals", "Data", "Nationwide", "Consumer", "Consumers", "Covered",
  "Owner", "Prominent", "Clients", "Recipients", "Organisations", "Internal", "Competent", "National",
]);
const CATEGORY_LEADING_WORDS = new Set([
  "Government", "Financial", "Online", "Health", "Biometric", "Genetic", "Other", "Location", "Names", "Contact",
  "Employment", "Behavioural", "Children's", "Data",
]);
/** The first words of this file's own sentences, lower-cased inside a list of options. */
const OWN_LEADING_WORDS = new Set([
  "The", "Personal", "Protected", "Not", "Encryption", "Harm", "Residents", "Cause", "Large-scale", "Only", "More",
  "At", "Fewer", "Proposed", "In", "For",
]);

// ─── Kinds added to the catalog after this file: said from their own words ────────────────────────────────────────

type TLoose = { kind: string; label?: unknown; reason?: unknown; question?: unknown; text?: unknown; gate?: unknown; moments?: unknown; options?: unknown };

function describeLooseGate(gate: TLoose): string {
  if (gate.gate && typeof gate.reason === "string") return `Not owed when: ${gate.reason}`;
  if (typeof gate.question === "string") return `For counsel to decide: ${gate.question}`;
  if (typeof gate.label === "string") return capitalise(gate.label);
  if (typeof gate.reason === "string") return `Not owed when: ${gate.reason}`;
  if (typeof gate.text === "string") return capitalise(gate.text);
  return capitalise(UNDESCRIBED);
}

function describeLooseTrigger(trigger: TLoose): string {
  if (Array.isArray(trigger.moments)) {
    const labels = (trigger.moments as TMoment[]).map((moment) => MOMENT_LABELS[moment] ?? UNDESCRIBED);
    return `Starts at whichever comes first: ${labels.join(" or ")}`;
  }
  return capitalise(UNDESCRIBED);
}

function describeLooseDeadline(deadline: TLoose): string {
  return typeof deadline.text === "string" ? capitalise(deadline.text) : capitalise(UNDESCRIBED);
}
