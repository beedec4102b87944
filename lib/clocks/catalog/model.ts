import type {
  TBooleanFlag, TCause, TClassificationKey, TCompromise, TDataCategory, TMoment, TRuleId, TSector, TVerification,
} from "@/lib/clocks/types";

/**
 * The shape of a catalog row. The engine (engine.ts) interprets these entries; no rule has code of its own. Each rule
 * carries a `version`: a stored obligation keeps the version it was created under, and a rule whose text changes gets
 * a new version string (the catalog version moves with it).
 */

/** Every US state, DC and the territories with ISO 3166-2:US codes. */
export const US_STATE_CODES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
  "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
  "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI",
] as const;
export type TUsState = (typeof US_STATE_CODES)[number];

export type TRegion = "EU" | "UK" | "US" | "CA" | "AU" | "SG" | "BR" | "IN" | "JP" | "KR" | `US-${TUsState}`;

export type TZoneRef = { kind: "fixed"; zone: string } | { kind: "organisation" } | { kind: "eu-authority" };

export type TTriggerSpec =
  | { kind: "moment"; moment: TMoment }
  | { kind: "notice"; ruleId: TRuleId; pick: "earliest" | "latest" }
  /** Whichever of the declared moments comes first (Alabama: the vendor's notice or the own determination). */
  | { kind: "earliestMoment"; moments: TMoment[] }
  | { kind: "none" };

/**
 * A business-day calendar: US federal holidays, Brazilian national holidays, or a US state's (DC's, a territory's)
 * legal holidays as date-holidays knows them (`"US-OH"`); where the library has none, US federal holidays are used
 * and the row says so in an info line.
 */
export type TBusinessCalendar = "US-federal" | "BR" | `US-${TUsState}`;

export type TDeadlineSpec =
  | { kind: "hours"; hours: number }
  | { kind: "calendarDays"; days: number }
  /** Japan: the day of knowing is day 1, then the next open day (K2). */
  | { kind: "japanDays"; days: number }
  | { kind: "businessDays"; days: number; calendar: TBusinessCalendar; time: "23:59:59" | "17:30:00" }
  | { kind: "months"; months: number; endOfDay: boolean }
  | { kind: "hipaaAnnualLog"; days: number }
  | { kind: "doraInitial" }
  /** NY, CT, DE, ME regulator rows: due at the instant the resident notice was sent (K5). */
  | { kind: "sameAsUpstream" }
  | { kind: "vermontAg" }
  | { kind: "none" };

/**
 * A state's personal-information definition read from `dataCategories` (§4.6): the elements that count together with
 * a name, whether a financial account number counts without its access code, and the elements that count alone
 * (online credentials). A simplification of each statute's list, recorded in NOTES.md.
 */
export type TStatePi = {
  readonly withName: readonly TDataCategory[];
  readonly accountAlone: boolean;
  readonly alone: readonly TDataCategory[];
};

export type TGate =
  | { kind: "proposed" }
  | { kind: "commencement"; from: string; text: string }
  | { kind: "personalData" }
  | { kind: "role"; role: "controller" | "processor" }
  | { kind: "flag"; flag: TBooleanFlag; reason: string }
  | { kind: "hipaa"; value: "covered_entity" | "business_associate" }
  | { kind: "phi" }
  | { kind: "nis2Entity" }
  | { kind: "classification"; key: TClassificationKey; moment?: TMoment; label: string }
  | { kind: "fact"; field: "serviceRecipientsAffected" | "clientsFinancialInterestsAffected"; reason: string }
  | { kind: "notFact"; field: "riskRemediated" | "confinedWithinOrganisation"; reason: string }
  | { kind: "encryption"; label: string }
  | { kind: "compromise"; any: TCompromise[]; label: string }
  | { kind: "harm"; need: "risk" | "high"; onUnknown: "applies" | "undetermined"; acquisitionSuffices?: boolean; label: string }
  | { kind: "count"; op: ">" | ">=" | "<"; n: number; scope: "state" | "all" | "anyState" }
  | { kind: "residents" }
  | { kind: "statePi"; pi: TStatePi }
  | { kind: "categories"; any: TDataCategory[]; label: string }
  | { kind: "cause"; any: TCause[]; label: string }
  | { kind: "largeScale" }
  | { kind: "momentDeclared"; moment: TMoment; label: string }
  | { kind: "notRedacted" }
  | { kind: "ca150Encryption" }
  /** OR over AND-lists: yes when every gate of some option is yes; no when every option has a gate that is no. */
  | { kind: "anyOf"; options: TGate[][]; label: string }
  /** The organisation is, in the rule's own jurisdiction, of this sector (`home`: that state is its home state). */
  | { kind: "sector"; sector: TSector; home?: true; label: string }
  | { kind: "employees"; op: ">" | ">=" | "<"; n: number }
  /** The inverse of a harm gate: yes when harm was ruled out (risk "none"), for rows owed only when relying on that finding. */
  | { kind: "harmRuledOut"; label: string }
  /** The inner gate negated: no (with `reason`) when it is yes, yes when it is no; exclusions and no-harm exceptions. */
  | { kind: "not"; gate: TGate; reason: string }
  /** A condition the facts cannot carry (e.g. "does another law require a government notice?"): always undetermined. */
  | { kind: "counselQuestion"; question: string };

export type TRule = {
  id: TRuleId;
  version: string;
  recipient: string;
  region: TRegion;
  /** Flags that touch the row even without people or an establishment in its region. */
  touchFlags?: (TBooleanFlag | "nis2Entity" | "hipaa")[];
  trigger: TTriggerSpec;
  deadline: TDeadlineSpec;
  zone: TZoneRef;
  gates: TGate[];
  citation: string;
  /**
   * Where counsel can read the cited text: the primary or official source the reference names for the row (a mirror
   * only where the reference gives no official one). Not part of the rule's meaning, so not part of its digest.
   */
  url?: string;
  verification: TVerification;
  /** General time-computation law that might extend a day-counted deadline (information only). */
  rollForward?: "CA" | "TX" | "EU";
  /** A law-enforcement delay provision exists: a declared delay becomes a `delay` info line (K11). */
  lawEnforcementDelay?: boolean;
  /** A statutory extension the organisation may claim in writing (K11). */
  extension?: { days: number; text: string };
  internalTarget?: { days: number; text: string; dayOfKnowingIsDayOne?: boolean };
  constraint?: string;
  /** The row is due no later than this upstream notice when that is sent first (Arkansas AG: the resident notice). */
  noLaterThanNotice?: TRuleId;
  uncertain?: string;
  /** Further information lines for counsel (e.g. which calendar or comparator the row uses and why). */
  notes?: string[];
  /** Brazil: a small processing agent gets the period doubled (ANPD Res. 2/2022; BR-LGPD-ANPD only, K3). */
  doubledForSmallAgent?: boolean;
  /** The row's text when its recipient changes with the facts (GDPR art. 34(3)(c)). */
  publicRecipientWhenDisproportionate?: boolean;
};
