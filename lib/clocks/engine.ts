import { CATALOG, CATALOG_VERSION, RULES_BY_ID, type TGate, type TRule, type TStatePi } from "@/lib/clocks/catalog";
import { computeCoverage } from "@/lib/clocks/coverage";
import { statutoryCalendarNote, statutoryCalendarUncertainty } from "@/lib/clocks/holiday-statutes";
import { EEA } from "@/lib/clocks/jurisdictions";
import {
  addBusinessDays, hasOwnCalendar, isBusinessDay, isHoliday, nextBusinessDayOnOrAfter, type TCalendar,
} from "@/lib/clocks/holidays";
import {
  addDays, addHours, addMonthsToDate, endOfDay, formatInstant, formatUtc, instantAt, isWeekend, localDate, localTime,
  parseInstant,
} from "@/lib/clocks/time";
import type {
  TApplies, TDataCategory, TDueKind, TEvaluation, TInfo, TMoment, TNormalizedFacts, TObligation, TRiskLevel, TRuleId,
  TStatus,
} from "@/lib/clocks/types";

/**
 * The clock engine: facts in, obligation register out (contract v1). Pure and deterministic: no database, no clock
 * of its own (`asOf` is the only now), no dependence on the process TZ. The catalog (catalog/) says what each
 * rule needs; this file interprets it.
 */

/** K8: the zone of each EU/EEA member state's capital. */
const CAPITAL_ZONE: Record<string, string> = {
  AT: "Europe/Vienna", BE: "Europe/Brussels", BG: "Europe/Sofia", HR: "Europe/Zagreb", CY: "Asia/Nicosia",
  CZ: "Europe/Prague", DK: "Europe/Copenhagen", EE: "Europe/Tallinn", FI: "Europe/Helsinki", FR: "Europe/Paris",
  DE: "Europe/Berlin", GR: "Europe/Athens", HU: "Europe/Budapest", IE: "Europe/Dublin", IT: "Europe/Rome",
  LV: "Europe/Riga", LT: "Europe/Vilnius", LU: "Europe/Luxembourg", MT: "Europe/Malta", NL: "Europe/Amsterdam",
  PL: "Europe/Warsaw", PT: "Europe/Lisbon", RO: "Europe/Bucharest", SK: "Europe/Bratislava", SI: "Europe/Ljubljana",
  ES: "Europe/Madrid", SE: "Europe/Stockholm", IS: "Atlantic/Reykjavik", LI: "Europe/Vaduz", NO: "Europe/Oslo",
};

const ROLL_FORWARD = {
  CA: { text: "CCP §12a, if it applies", calendar: "US-CA" },
  TX: { text: "Gov't Code §311.014, if it applies", calendar: "US-TX" },
  EU: { text: "Reg. 1182/71 art. 3(4), if it applies", calendar: "" },
} as const;

const DUE_SOON_FRACTION = 0.25;

type TGateResult = { r: "pass"; note?: string } | { r: "fail"; reason: string } | { r: "unknown"; reason: string };

type TContext = {
  facts: TNormalizedFacts;
  asOf: number;
  codes: Set<string>;
  countries: Set<string>;
  euTouched: boolean;
  euCountry: string;
  euZone: string;
  affectedBy: Map<string, { index: number; count: number | null; dataCategories: TDataCategory[] }>;
  allCategories: Set<TDataCategory>;
  notices: Map<TRuleId, { earliest: number; earliestText: string; latest: number; latestText: string }>;
  results: Map<TRuleId, number | null>;
};

/**
 * `rules` defaults to the current catalog. The stored register passes the catalog with some rules replaced by the
 * snapshot an obligation was created under, so a newer rule version never silently changes a running clock.
 */
export function evaluate(facts: TNormalizedFacts, rules: readonly TRule[] = CATALOG): TEvaluation {
  const context = buildContext(facts);
  const { groups, rank, upstream } = catalogIndex(rules);
  const timed: { obligation: TObligation; dueMs: number; rank: number }[] = [];
  // Rows without a due instant go last in rule-id order: placed at their rank, no comparison sort needed.
  const untimed: (TObligation | undefined)[] = new Array(rules.length);
  const rowsPerRegion = new Map<string, number>();
  for (const group of groups) {
    const regionTouched = isRegionTouched(group.region, context);
    if (!regionTouched && group.flagged.length === 0) continue;
    let listed = 0;
    for (const rule of regionTouched ? group.rules : group.flagged) {
      if (!regionTouched && !isTouchedByFlag(rule, context)) continue;
      const row = evaluateRule(rule, context);
      if (upstream.has(rule.id)) context.results.set(rule.id, row.dueMs);
      if (row.dueMs === null) untimed[rank.get(rule)!] = row.obligation;
      else timed.push({ obligation: row.obligation, dueMs: row.dueMs, rank: rank.get(rule)! });
      listed += 1;
    }
    if (listed > 0) rowsPerRegion.set(group.region, (rowsPerRegion.get(group.region) ?? 0) + listed);
  }
  // Due first (rows without one last), then by rule id: ranks stand for the ids' order.
  timed.sort((a, b) => a.dueMs - b.dueMs || a.rank - b.rank);
  const obligations: TObligation[] = [];
  for (const row of timed) obligations.push(row.obligation);
  for (const obligation of untimed) if (obligation) obligations.push(obligation);
  return {
    contractVersion: "1",
    catalogVersion: CATALOG_VERSION,
    asOf: facts.asOf,
    obligations,
    coverage: computeCoverage(facts, rules, rowsPerRegion),
  };
}

function buildContext(facts: TNormalizedFacts): TContext {
  // A sector entry touches its state's rows as a set flag touches its regime (§3).
  const codes = new Set<string>([
    ...facts.organisation.establishments, ...facts.affected.map((entry) => entry.jurisdiction),
    ...facts.organisation.sectors.map((entry) => entry.jurisdiction),
  ]);
  const countries = new Set([...codes].map(countryOf));
  const affectedBy = new Map<string, { index: number; count: number | null; dataCategories: TDataCategory[] }>();
  const allCategories = new Set<TDataCategory>(facts.incident.dataCategories);
  facts.affected.forEach((entry, index) => {
    affectedBy.set(entry.jurisdiction, { index, count: entry.count, dataCategories: entry.dataCategories });
    for (const category of entry.dataCategories) allCategories.add(category);
  });
  const notices: TContext["notices"] = new Map();
  for (const notice of facts.notices) {
    const ms = parseInstant(notice.sentAt);
    const current = notices.get(notice.ruleId);
    if (!current) {
      notices.set(notice.ruleId, { earliest: ms, earliestText: notice.sentAt, latest: ms, latestText: notice.sentAt });
    } else {
      if (ms < current.earliest) Object.assign(current, { earliest: ms, earliestText: notice.sentAt });
      if (ms > current.latest) Object.assign(current, { latest: ms, latestText: notice.sentAt });
    }
  }
  const euCountry = chooseEuCountry(facts);
  const euTouched =
    facts.organisation.leadAuthorityCountry !== null || codes.has("EU") || [...countries].some((country) => EEA.has(country));
  return {
    facts,
    asOf: parseInstant(facts.asOf),
    codes,
    countries,
    euTouched,
    euCountry: euCountry ?? "BE",
    euZone: euCountry ? (CAPITAL_ZONE[euCountry] ?? "Europe/Brussels") : "Europe/Brussels",
    affectedBy,
    allCategories,
    notices,
    results: new Map(),
  };
}

/** K8: lead authority, else the EU member state of establishment, else the one with the most affected people. */
function chooseEuCountry(facts: TNormalizedFacts): string | null {
  if (facts.organisation.leadAuthorityCountry) return facts.organisation.leadAuthorityCountry;
  const established = facts.organisation.establishments.map(countryOf).find((country) => EEA.has(country));
  if (established) return established;
  let best: { country: string; count: number } | null = null;
  for (const entry of facts.affected) {
    const country = countryOf(entry.jurisdiction);
    if (!EEA.has(country)) continue;
    const count = entry.count ?? 0;
    if (!best || count > best.count) best = { country, count };
  }
  return best?.country ?? null;
}

function countryOf(code: string): string {
  return code.slice(0, 2);
}

type TRegionGroup = { region: TRule["region"]; rules: TRule[]; flagged: TRule[] };
type TCatalogIndex = {
  /** Runs of rows of one region, in catalog order (a dependent row still follows its upstream row). */
  groups: TRegionGroup[];
  /** Each rule's position in rule-id order, the register's tie-break. */
  rank: Map<TRule, number>;
  /** Rules whose due instant another rule reads (K5 upstream rows, the Vermont consumer notice). */
  upstream: Set<string>;
};
const indexByCatalog = new WeakMap<readonly TRule[], TCatalogIndex>();

/**
 * What the evaluation of any facts needs to know about a catalog array, computed once per array: an evaluation
 * then only visits the regions the facts touch and the rows a set flag brings in (with every US state in the
 * catalog, most regions are untouched by any one incident), and sorts by numbers.
 */
function catalogIndex(rules: readonly TRule[]): TCatalogIndex {
  let index = indexByCatalog.get(rules);
  if (!index) {
    const groups: TRegionGroup[] = [];
    let current: TRegionGroup | undefined;
    const upstream = new Set<string>(["US-VT-2435-IND"]);
    for (const rule of rules) {
      if (current?.region !== rule.region) {
        current = { region: rule.region, rules: [], flagged: [] };
        groups.push(current);
      }
      current.rules.push(rule);
      if (rule.touchFlags) current.flagged.push(rule);
      if (rule.trigger.kind === "notice") upstream.add(rule.trigger.ruleId);
    }
    const byId = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    index = { groups, rank: new Map(byId.map((rule, position) => [rule, position])), upstream };
    indexByCatalog.set(rules, index);
  }
  return index;
}

function isTouchedByFlag(rule: TRule, context: TContext): boolean {
  const flags = context.facts.organisation.flags;
  for (const flag of rule.touchFlags ?? []) {
    if (flag === "nis2Entity" ? flags.nis2Entity !== "none" : flag === "hipaa" ? flags.hipaa !== "none" : flags[flag]) return true;
  }
  return false;
}

function isRegionTouched(region: TRule["region"], context: TContext): boolean {
  switch (region) {
    case "EU":
      return context.euTouched;
    case "UK":
      return context.countries.has("GB");
    case "US":
      return context.countries.has("US");
    default:
      return region.startsWith("US-") ? context.codes.has(region) : context.countries.has(region);
  }
}

function zoneOf(rule: TRule, context: TContext): string {
  switch (rule.zone.kind) {
    case "fixed":
      return rule.zone.zone;
    case "organisation":
      return context.facts.organisation.timeZone;
    case "eu-authority":
      return context.euZone;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Applicability (§4)

function decide(rule: TRule, context: TContext): { applies: TApplies; reason: string } {
  // Most rows fail on an early gate: the lists are only made when something goes in them.
  let unknown: string[] | null = null;
  let notes: string[] | null = null;
  for (const gate of rule.gates) {
    const result = checkGate(gate, rule, context);
    if (result.r === "fail") return { applies: "no", reason: result.reason };
    if (result.r === "unknown") (unknown ??= []).push(result.reason);
    else if (result.note) (notes ??= []).push(result.note);
  }
  if (unknown) return { applies: "undetermined", reason: unknown.join("; ") };
  return { applies: "yes", reason: notes ? `applies: ${notes.join("; ")}` : "applies on the declared facts" };
}

/** 1,750: thousands separators without a locale lookup. */
const fmt = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const PASS: TGateResult = { r: "pass" };
/** How a count threshold is said: the comparator in words, as the statutes word it. */
export const COMPARATOR_TEXT = { ">": "more than", ">=": "at least", "<": "fewer than" } as const;

function compare(value: number, op: ">" | ">=" | "<", n: number): boolean {
  return op === ">" ? value > n : op === ">=" ? value >= n : value < n;
}

function riskFor(rule: TRule, context: TContext): TRiskLevel {
  const incident = context.facts.incident;
  const keys =
    rule.region === "EU" ? [context.euCountry, "EU"] : rule.region === "UK" ? ["GB"] : [rule.region];
  for (const key of keys) {
    const level = incident.riskByJurisdiction[key];
    if (level && level !== "unknown") return level;
  }
  if (incident.riskLevel !== "unknown") return incident.riskLevel;
  // §4.3: encrypted data whose key is safe count as "no risk" unless a level was stated.
  if (incident.encryption.status === "encrypted" && incident.encryption.keyCompromised === "no") return "none";
  return "unknown";
}

function checkGate(gate: TGate, rule: TRule, context: TContext): TGateResult {
  const { organisation, incident, moments } = context.facts;
  switch (gate.kind) {
    case "proposed":
      return { r: "fail", reason: "proposed / not in force" };
    case "commencement": {
      const trigger = rule.trigger.kind === "moment" ? moments[rule.trigger.moment] : undefined;
      if (trigger === undefined) return { r: "unknown", reason: `${gate.text}; trigger not declared: /moments/aware` };
      return parseInstant(trigger) >= parseInstant(gate.from)
        ? { r: "pass", note: gate.text }
        : { r: "fail", reason: `not in force for this trigger (${gate.text})` };
    }
    case "personalData":
      if (incident.personalData === "yes") return PASS;
      if (incident.personalData === "no") return { r: "fail", reason: "no personal data compromised" };
      return { r: "unknown", reason: "personal data not confirmed: /incident/personalData" };
    case "role":
      return organisation.dataRole === gate.role
        ? PASS
        : {
            r: "fail",
            reason: gate.role === "controller" ? "the organisation is a processor (the owner notifies)" : "the organisation owns the data (processor row)",
          };
    case "flag":
      return organisation.flags[gate.flag] ? PASS : { r: "fail", reason: gate.reason };
    case "hipaa":
      return organisation.flags.hipaa === gate.value
        ? PASS
        : { r: "fail", reason: gate.value === "covered_entity" ? "not a HIPAA covered entity" : "not a HIPAA business associate" };
    case "phi":
      return incident.phi ? PASS : { r: "fail", reason: "no protected health information" };
    case "nis2Entity":
      return organisation.flags.nis2Entity !== "none" || organisation.flags.nis2TrustServiceProvider
        ? PASS
        : { r: "fail", reason: "not a NIS2 essential or important entity" };
    case "classification": {
      if (gate.moment && moments[gate.moment] !== undefined) return PASS;
      const value = incident.classification[gate.key];
      if (value === "yes") return PASS;
      if (value === "no") return { r: "fail", reason: `not ${withArticle(gate.label)}` };
      return { r: "unknown", reason: `${gate.label} not classified: /incident/classification/${gate.key}` };
    }
    case "fact":
      return incident[gate.field] ? PASS : { r: "fail", reason: gate.reason };
    case "notFact":
      return incident[gate.field] ? { r: "fail", reason: gate.reason } : { r: "pass" };
    case "encryption": {
      const { status, keyCompromised } = incident.encryption;
      if (status === "none") return PASS;
      if (status === "unknown") return { r: "unknown", reason: `encryption not known (${gate.label}): /incident/encryption/status` };
      if (keyCompromised === "yes") return { r: "pass", note: "encrypted but the key was compromised" };
      if (keyCompromised === "no") return { r: "fail", reason: `encrypted and the key was not compromised (${gate.label})` };
      return { r: "unknown", reason: `key compromise not known (${gate.label}): /incident/encryption/keyCompromised` };
    }
    case "ca150Encryption": {
      const { status, keyCompromised } = incident.encryption;
      if (status === "none") return PASS;
      if (status === "unknown") return { r: "unknown", reason: "encryption not known: /incident/encryption/status" };
      if (keyCompromised === "no") return { r: "fail", reason: "data were encrypted and the key was not compromised" };
      return { r: "unknown", reason: "encrypted data taken with the key: whether they count as nonencrypted is for counsel: /incident/encryption/keyCompromised" };
    }
    case "notRedacted":
      return incident.redacted ? { r: "fail", reason: "the data were redacted" } : { r: "pass" };
    case "compromise": {
      if (incident.compromise === null) return { r: "unknown", reason: `whether data were ${gate.label} is not known: /incident/compromise` };
      return incident.compromise.some((kind) => gate.any.includes(kind))
        ? PASS
        : { r: "fail", reason: `data were not ${gate.label}` };
    }
    case "harm": {
      if (gate.acquisitionSuffices && incident.compromise?.includes("acquisition")) {
        return { r: "pass", note: "personal information was acquired" };
      }
      const level = riskFor(rule, context);
      if (level === "none") return { r: "fail", reason: `no ${gate.label} (risk assessed as none)` };
      if (level === "risk" && gate.need === "high") return { r: "fail", reason: `risk assessed, but not ${gate.label}` };
      if (level === "unknown") {
        return gate.onUnknown === "applies"
          ? { r: "pass", note: "notice is the default until a no-harm finding is made" }
          : { r: "unknown", reason: `${gate.label} not assessed: /incident/riskLevel` };
      }
      return PASS;
    }
    case "harmRuledOut": {
      const level = riskFor(rule, context);
      if (level === "none") return { r: "pass", note: gate.label };
      if (level === "unknown") return { r: "unknown", reason: `harm not assessed, so it is unknown whether ${gate.label}: /incident/riskLevel` };
      return { r: "fail", reason: `harm was not ruled out (risk assessed as ${level})` };
    }
    case "count":
      return checkCount(gate, rule, context);
    case "residents": {
      const entry = context.affectedBy.get(rule.region);
      if (!entry || entry.count === 0) return { r: "fail", reason: `no affected residents of ${rule.region}` };
      return PASS;
    }
    case "statePi": {
      const entry = context.affectedBy.get(rule.region);
      const categories = new Set(entry?.dataCategories ?? incident.dataCategories);
      return meetsStateDefinition(categories, gate.pi)
        ? PASS
        : { r: "fail", reason: `data categories do not meet the ${rule.region} personal-information definition` };
    }
    case "categories":
      return gate.any.some((category) => context.allCategories.has(category))
        ? { r: "pass", note: gate.label }
        : { r: "fail", reason: `no ${gate.label}` };
    case "cause":
      if (gate.any.includes(incident.cause)) return { r: "pass", note: gate.label };
      if (incident.cause === "unknown") return { r: "unknown", reason: `cause not known (${gate.label}): /incident/cause` };
      return { r: "fail", reason: `not ${gate.label}` };
    case "largeScale":
      return incident.largeScale ? { r: "pass", note: "large scale" } : { r: "fail", reason: "not large scale" };
    case "momentDeclared":
      return moments[gate.moment] !== undefined
        ? PASS
        : { r: "unknown", reason: `${gate.label}: /moments/${gate.moment}` };
    case "anyOf": {
      const unknowns: string[] = [];
      for (const option of gate.options) {
        const result = checkAll(option, rule, context);
        if (result.r === "pass") return { r: "pass", note: result.note ?? gate.label };
        if (result.r === "unknown") unknowns.push(result.reason);
      }
      return unknowns.length > 0 ? { r: "unknown", reason: unknowns.join("; ") } : { r: "fail", reason: `not ${withArticle(gate.label)}` };
    }
    case "sector": {
      const held = organisation.sectors.some(
        (entry) => entry.sector === gate.sector && entry.jurisdiction === rule.region && (!gate.home || entry.home),
      );
      return held ? { r: "pass", note: gate.label } : { r: "fail", reason: `not ${gate.label}` };
    }
    case "not": {
      const inner = checkGate(gate.gate, rule, context);
      if (inner.r === "pass") return { r: "fail", reason: gate.reason };
      return inner.r === "fail" ? PASS : inner;
    }
    case "counselQuestion":
      return { r: "unknown", reason: `for counsel: ${gate.question}` };
    case "employees": {
      const words = COMPARATOR_TEXT[gate.op];
      if (organisation.employees === null) return { r: "unknown", reason: "number of employees not known: /organisation/employees" };
      return compare(organisation.employees, gate.op, gate.n)
        ? { r: "pass", note: `${fmt(organisation.employees)} employees is ${words} ${fmt(gate.n)}` }
        : { r: "fail", reason: `${fmt(organisation.employees)} employees is not ${words} ${fmt(gate.n)}` };
    }
  }
}

/**
 * One option of an `anyOf`: yes when every gate is yes (its notes name the option), no as soon as one is no, else
 * undetermined with the missing facts.
 */
function checkAll(gates: readonly TGate[], rule: TRule, context: TContext): TGateResult {
  const unknowns: string[] = [];
  const notes: string[] = [];
  for (const gate of gates) {
    const result = checkGate(gate, rule, context);
    if (result.r === "fail") return result;
    if (result.r === "unknown") unknowns.push(result.reason);
    else if (result.note) notes.push(result.note);
  }
  if (unknowns.length > 0) return { r: "unknown", reason: unknowns.join("; ") };
  return notes.length > 0 ? { r: "pass", note: notes.join(" and ") } : PASS;
}

function checkCount(gate: Extract<TGate, { kind: "count" }>, rule: TRule, context: TContext): TGateResult {
  const words = COMPARATOR_TEXT[gate.op];
  if (gate.scope === "state") {
    const entry = context.affectedBy.get(rule.region);
    const value = entry ? entry.count : 0;
    if (value === null) return { r: "unknown", reason: `count not known: /affected/${entry?.index}/count` };
    return compare(value, gate.op, gate.n)
      ? { r: "pass", note: `${fmt(value)} is ${words} ${fmt(gate.n)}` }
      : { r: "fail", reason: `${fmt(value)} is not ${words} ${fmt(gate.n)}` };
  }
  if (gate.scope === "anyState") {
    let missing: number | null = null;
    for (const entry of context.facts.affected) {
      if (!entry.jurisdiction.startsWith("US-")) continue;
      if (entry.count === null) missing ??= context.affectedBy.get(entry.jurisdiction)?.index ?? null;
      else if (compare(entry.count, gate.op, gate.n)) {
        return { r: "pass", note: `${fmt(entry.count)} residents of ${entry.jurisdiction} is ${words} ${fmt(gate.n)}` };
      }
    }
    if (missing !== null) return { r: "unknown", reason: `count not known: /affected/${missing}/count` };
    return { r: "fail", reason: `no state has ${words} ${fmt(gate.n)} affected residents` };
  }
  let known = 0;
  let missing: number | null = null;
  context.facts.affected.forEach((entry, index) => {
    if (entry.count === null) missing ??= index;
    else known += entry.count;
  });
  if (missing === null) {
    return compare(known, gate.op, gate.n)
      ? { r: "pass", note: `${fmt(known)} in all is ${words} ${fmt(gate.n)}` }
      : { r: "fail", reason: `${fmt(known)} in all is not ${words} ${fmt(gate.n)}` };
  }
  // Some counts unknown: decide only when the known part already settles it.
  if (gate.op !== "<" && compare(known, gate.op, gate.n)) return { r: "pass", note: `at least ${fmt(known)} in all is ${words} ${fmt(gate.n)}` };
  if (gate.op === "<" && known >= gate.n) return { r: "fail", reason: `at least ${fmt(known)} in all is not ${words} ${fmt(gate.n)}` };
  return { r: "unknown", reason: `count not known: /affected/${missing}/count` };
}

function meetsStateDefinition(categories: Set<TDataCategory>, definition: TStatePi): boolean {
  if (definition.alone.some((category) => categories.has(category))) return true;
  if (!categories.has("name")) return false;
  if (definition.withName.some((category) => categories.has(category))) return true;
  if (categories.has("financial_account")) return definition.accountAlone || categories.has("financial_access_code");
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Due instant (§5) and status (K12)

type TTriggerOut = TObligation["trigger"];
type TRow = { obligation: TObligation; dueMs: number | null };

function evaluateRule(rule: TRule, context: TContext): TRow {
  const zone = zoneOf(rule, context);
  const { applies, reason } = decide(rule, context);
  const recipient =
    rule.publicRecipientWhenDisproportionate && context.facts.incident.disproportionateEffort ? "the public" : rule.recipient;
  // Plain object literals with a fixed shape: object spread here cost more than the rest of the engine together.
  if (applies === "no") {
    return {
      dueMs: null,
      obligation: {
        ruleId: rule.id, ruleVersion: rule.version, recipient, applies, reason, dueKind: "not_applicable", due: null, dueUtc: null,
        timeZone: zone, trigger: null, citation: rule.citation, status: "not_applicable", verification: rule.verification,
      },
    };
  }

  const info: TInfo[] = [];
  if (rule.uncertain) info.push({ kind: "uncertain", text: rule.uncertain });
  if (rule.gates.some((gate) => gate.kind === "commencement")) {
    info.push({ kind: "uncertain", text: "Publication on 13 or 14 Nov 2025 (sources differ); the earlier commencement (13 May 2027) is used" });
  }
  if (rule.constraint) info.push({ kind: "constraint", text: rule.constraint });
  if (rule.notes) for (const text of rule.notes) info.push({ kind: "note", text });
  if (rule.deadline.kind === "businessDays") {
    const statuteNote = statutoryCalendarNote(rule.deadline.calendar);
    const statuteUncertainty = statutoryCalendarUncertainty(rule.deadline.calendar);
    if (statuteUncertainty) info.push({ kind: "uncertain", text: statuteUncertainty });
    if (statuteNote) info.push({ kind: "note", text: statuteNote });
    else if (!hasOwnCalendar(rule.deadline.calendar)) {
      info.push({ kind: "note", text: `No holiday calendar for ${rule.deadline.calendar}: business days skip US federal holidays` });
    }
  }

  const { trigger, triggerMs } = resolveTrigger(rule, context);
  let dueKind: TDueKind;
  let dueMs: number | null = null;
  let windowStart: number | null = triggerMs;

  if (rule.deadline.kind === "none") {
    dueKind = "no_fixed_deadline";
    if (rule.internalTarget && triggerMs !== null) {
      const target = rule.internalTarget;
      const date = addDays(localDate(triggerMs, zone), target.dayOfKnowingIsDayOne ? target.days - 1 : target.days);
      info.push({ kind: "internal_target", text: target.text, at: formatInstant(endOfDay(date, zone), zone) });
    }
  } else if (rule.deadline.kind === "vermontAg") {
    ({ dueKind, dueMs, windowStart } = vermontAg(rule, context, zone, triggerMs, info));
  } else if (rule.deadline.kind === "doraInitial") {
    ({ dueKind, dueMs } = doraInitial(context, triggerMs, info));
  } else if (triggerMs === null) {
    dueKind = "awaiting_trigger";
    if (rule.trigger.kind === "notice") {
      const upstream = context.results.get(rule.trigger.ruleId) ?? null;
      if (upstream !== null) {
        const bound = computeDue(rule, context, upstream, zone);
        info.push({ kind: "provisional_bound", text: `${rule.trigger.ruleId} due + ${periodText(rule)}`, at: formatInstant(bound, zone) });
      }
    }
  } else {
    dueKind = "fixed";
    dueMs = computeDue(rule, context, triggerMs, zone);
  }

  if (dueMs !== null && rule.noLaterThanNotice) {
    const upstream = context.notices.get(rule.noLaterThanNotice);
    if (upstream && upstream.earliest < dueMs) {
      dueMs = upstream.earliest;
      info.push({ kind: "note", text: `Due no later than ${rule.noLaterThanNotice}, sent ${upstream.earliestText}` });
    }
  }
  if (dueMs !== null && rule.extension) {
    const extended = computeDue(rule, context, triggerMs ?? dueMs, zone, rule.extension.days);
    if (context.facts.incident.extensionsClaimed.includes(rule.id)) {
      dueMs = extended;
      info.push({ kind: "extension", text: `Extension claimed: ${rule.extension.text}` });
    } else {
      info.push({ kind: "extension", text: `Not claimed: ${rule.extension.text}`, at: formatInstant(extended, zone) });
    }
  }
  if (dueMs !== null && rule.rollForward) {
    const rolled = rollForward(rule, context, dueMs, zone);
    if (rolled) info.push(rolled);
  }
  const delay = context.facts.incident.lawEnforcementDelay;
  if (delay && rule.lawEnforcementDelay) {
    info.push({
      kind: "delay",
      text:
        `Law-enforcement delay requested ${delay.requestedAt} (${delay.written ? "in writing" : "orally"})` +
        `${delay.until ? "" : ", end not stated"}; the due instant is not moved: counsel decides`,
      ...(delay.until ? { at: formatInstant(parseInstant(delay.until), zone) } : {}),
    });
  }

  const status = statusOf(rule.id, dueKind, dueMs, windowStart, context);
  const obligation: TObligation = {
    ruleId: rule.id, ruleVersion: rule.version, recipient, applies, reason, dueKind,
    due: dueMs === null ? null : formatInstant(dueMs, zone),
    dueUtc: dueMs === null ? null : formatUtc(dueMs),
    timeZone: zone, trigger, citation: rule.citation, status, verification: rule.verification,
  };
  if (info.length > 0) obligation.info = info;
  return { obligation, dueMs };
}

function resolveTrigger(rule: TRule, context: TContext): { trigger: TTriggerOut; triggerMs: number | null } {
  const spec = rule.trigger;
  if (spec.kind === "none") return { trigger: null, triggerMs: null };
  if (spec.kind === "earliestMoment") {
    let first: { moment: TMoment; at: string; ms: number } | null = null;
    for (const moment of spec.moments) {
      const declared = context.facts.moments[moment];
      if (declared === undefined) continue;
      const ms = parseInstant(declared);
      if (!first || ms < first.ms) first = { moment, at: declared, ms };
    }
    return first
      ? { trigger: { moment: first.moment, at: first.at }, triggerMs: first.ms }
      : { trigger: { moment: spec.moments[0] as TMoment, at: null }, triggerMs: null };
  }
  if (spec.kind === "moment") {
    const at = context.facts.moments[spec.moment] ?? null;
    return { trigger: { moment: spec.moment, at }, triggerMs: at === null ? null : parseInstant(at) };
  }
  const notices = context.notices.get(spec.ruleId);
  if (!notices) return { trigger: { moment: "notice", ruleId: spec.ruleId, at: null }, triggerMs: null };
  const [ms, text] = spec.pick === "latest" ? [notices.latest, notices.latestText] : [notices.earliest, notices.earliestText];
  return { trigger: { moment: "notice", ruleId: spec.ruleId, at: text }, triggerMs: ms };
}

function computeDue(rule: TRule, context: TContext, from: number, zone: string, extraDays = 0): number {
  const deadline = rule.deadline;
  switch (deadline.kind) {
    case "hours":
      return addHours(from, deadline.hours);
    case "calendarDays":
      return endOfDay(addDays(localDate(from, zone), deadline.days + extraDays), zone);
    case "japanDays": {
      let date = addDays(localDate(from, zone), deadline.days - 1);
      while (!isBusinessDay(date, "JP")) date = addDays(date, 1);
      return endOfDay(date, zone);
    }
    case "businessDays": {
      const days =
        rule.doubledForSmallAgent && context.facts.organisation.flags.brazilSmallProcessingAgent ? deadline.days * 2 : deadline.days;
      return instantAt(addBusinessDays(localDate(from, zone), days, deadline.calendar), deadline.time, zone);
    }
    case "months": {
      const date = addMonthsToDate(localDate(from, zone), deadline.months);
      return deadline.endOfDay ? endOfDay(date, zone) : instantAt(date, localTime(from, zone), zone);
    }
    case "hipaaAnnualLog": {
      const year = localDate(from, zone).slice(0, 4);
      return endOfDay(addDays(`${year}-12-31`, deadline.days), zone);
    }
    case "sameAsUpstream":
      return from;
    case "doraInitial":
      return addHours(from, 4);
    case "vermontAg":
      return endOfDay(addBusinessDays(localDate(from, zone), 14, "US-federal"), zone);
    case "none":
      return from;
  }
}

function periodText(rule: TRule): string {
  const deadline = rule.deadline;
  switch (deadline.kind) {
    case "hours":
      return `${deadline.hours} h`;
    case "calendarDays":
      return `${deadline.days} days`;
    case "businessDays":
      return `${deadline.days} business days`;
    case "months":
      return `${deadline.months} month${deadline.months > 1 ? "s" : ""}`;
    case "sameAsUpstream":
      return "0 (no later than that notice)";
    default:
      return "the period";
  }
}

/** K5: Vermont AG — the earlier of discovery + 14 business days and the consumer notice (attestation: the notice alone). */
function vermontAg(rule: TRule, context: TContext, zone: string, discovered: number | null, info: TInfo[]) {
  const consumer = context.notices.get("US-VT-2435-IND");
  const consumerDue = context.results.get("US-VT-2435-IND") ?? null;
  if (context.facts.organisation.flags.vermontAttestationFiled) {
    if (consumer) return { dueKind: "fixed" as const, dueMs: consumer.earliest, windowStart: consumer.earliest };
    if (consumerDue !== null) {
      info.push({ kind: "provisional_bound", text: "before the Vermont consumer notice (attestation on file)", at: formatInstant(consumerDue, zone) });
    }
    return { dueKind: "awaiting_trigger" as const, dueMs: null, windowStart: null };
  }
  if (discovered === null) return { dueKind: "awaiting_trigger" as const, dueMs: null, windowStart: null };
  const byBusinessDays = computeDue(rule, context, discovered, zone);
  const dueMs = consumer ? Math.min(byBusinessDays, consumer.earliest) : byBusinessDays;
  return { dueKind: "fixed" as const, dueMs, windowStart: discovered };
}

/** K7: c = major classification, a = awareness. */
function doraInitial(context: TContext, classified: number | null, info: TInfo[]) {
  const awareText = context.facts.moments.aware;
  const aware = awareText === undefined ? null : parseInstant(awareText);
  if (classified === null) {
    if (aware !== null) {
      info.push({
        kind: "provisional_bound",
        text: "if classified major within 24 h of awareness: the earlier of classification + 4 h and awareness + 24 h",
        at: formatInstant(addHours(aware, 24), context.euZone),
      });
    }
    return { dueKind: "awaiting_trigger" as const, dueMs: null };
  }
  if (aware === null) {
    info.push({ kind: "uncertain", text: "awareness not declared (/moments/aware): the 24 h cap from awareness may be earlier" });
    return { dueKind: "fixed" as const, dueMs: addHours(classified, 4) };
  }
  const capped = classified < addHours(aware, 24) ? Math.min(addHours(classified, 4), addHours(aware, 24)) : addHours(classified, 4);
  return { dueKind: "fixed" as const, dueMs: capped };
}

function rollForward(rule: TRule, context: TContext, dueMs: number, zone: string): TInfo | null {
  if (!rule.rollForward) return null;
  const kind = rule.deadline.kind;
  if (kind !== "calendarDays" && kind !== "months" && kind !== "businessDays") return null;
  const spec = ROLL_FORWARD[rule.rollForward];
  const calendar: TCalendar = rule.rollForward === "EU" ? context.euCountry : spec.calendar;
  const date = localDate(dueMs, zone);
  if (!isWeekend(date) && !isHoliday(date, calendar)) return null;
  const extended = nextBusinessDayOnOrAfter(date, calendar);
  return { kind: "roll_forward", text: spec.text, at: formatInstant(endOfDay(extended, zone), zone) };
}

function statusOf(ruleId: TRuleId, dueKind: TDueKind, dueMs: number | null, windowStart: number | null, context: TContext): TStatus {
  if (dueKind === "not_applicable") return "not_applicable";
  if (dueKind === "awaiting_trigger") return "awaiting_trigger";
  const sent = context.notices.get(ruleId);
  if (sent) return dueMs === null || sent.earliest <= dueMs ? "met" : "met_late";
  if (dueMs === null) return "on_track";
  if (context.asOf > dueMs) return "overdue";
  const window = windowStart === null ? 0 : dueMs - windowStart;
  return dueMs - context.asOf <= DUE_SOON_FRACTION * window ? "due_soon" : "on_track";
}

export { RULES_BY_ID };

/** "a major ICT-related incident", "an information broker": the article a reason needs before a gate's label. */
export function withArticle(label: string): string {
  return /^(?:[aio]|e(?!u)|u(?!ni|s[aeu]))/i.test(label) ? `an ${label}` : `a ${label}`;
}
