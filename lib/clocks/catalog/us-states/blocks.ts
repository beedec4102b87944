import { CONTROLLER, ENC, PROCESSOR, anyOf, businessDays, count, sector, stateResidentGates } from "@/lib/clocks/catalog/blocks";
import type { TDeadlineSpec, TGate, TRule, TStatePi, TTriggerSpec, TUsState } from "@/lib/clocks/catalog/model";
import type { TMoment, TSector } from "@/lib/clocks/types";

/**
 * Building blocks of the state rows added with the all-states catalog (2026-12-02) that the first states' rows did
 * not need: the NAIC insurance criteria, no-harm exceptions, exclusions, and the state's own business-day calendar. The general ones live in catalog/blocks.ts.
 */

export const V_US_STATES = "2026-12-02.1";

/** The clock starts at whichever of the moments comes first (Alabama: the vendor's notice or the own determination). */
export const earliestOf = (...moments: TMoment[]): TTriggerSpec => ({ kind: "earliestMoment", moments });
export const NO_TRIGGER: TTriggerSpec = { kind: "none" };
export const SAME_AS_UPSTREAM: TDeadlineSpec = { kind: "sameAsUpstream" };
export const PROPOSED: TGate = { kind: "proposed" };

/** Business days on the state's legal holidays: the statutes name no calendar, so the row says which one it uses. */
export const stateBusinessDays = (n: number, state: TUsState): TDeadlineSpec => businessDays(n, `US-${state}`);
export const stateCalendarNote = (stateName: string) =>
  `Business days counted on ${stateName}'s legal holidays: the statute names no calendar`;

/** Notice is the default until a no-harm finding is made (contract §4.4: "applies" while the risk is unknown). */
export const harmUnlessNoHarmFinding = (label: string): TGate => ({ kind: "harm", need: "risk", onUnknown: "applies", label });
/** The law needs a positive finding of likely harm (contract §4.4: "undetermined" while the risk is unknown). */
export const harmFinding = (label: string): TGate => ({ kind: "harm", need: "risk", onUnknown: "undetermined", label });
/**
 * Rows owed only by an organisation that relies on a no-harm exception: yes when the risk was assessed as none, no
 * when harm is likely (the residents are notified instead), undetermined while the risk is not assessed.
 */
export const relyingOnNoHarm = (label: string): TGate =>
  not(harmFinding(label), "the no-harm exception is not relied on: the residents are notified instead");
/** For counsel: a condition the facts cannot carry, so the gate is never yes or no on its own. */
export const counselQuestion = (question: string): TGate => ({ kind: "counselQuestion", question });
/** `reason`: why the row does not apply when the inner gate holds. */
export const not = (gate: TGate, reason: string): TGate => ({ kind: "not", gate, reason });

export const HIPAA_ENTITY: TGate = anyOf(
  "HIPAA covered entity or business associate",
  [{ kind: "hipaa", value: "covered_entity" }], [{ kind: "hipaa", value: "business_associate" }],
);
/** Statutes that deem HIPAA-compliant entities compliant, or leave them out. */
export const NOT_HIPAA_ENTITY: TGate = not(HIPAA_ENTITY, "a HIPAA covered entity or business associate (deemed compliant or excluded)");
export const notSector = (name: TSector, reason: string): TGate => not(sector(name, reason), reason);

/** The owner's resident-notice gates (as every state's), with the state's definition. */
export const ownerGates = (pi: TStatePi, extra: TGate[] = []): TGate[] => stateResidentGates(pi, extra, CONTROLLER);
/** The maintainer's (processor's) gates towards the owner. */
export const maintainerGates = (pi: TStatePi, extra: TGate[] = []): TGate[] => stateResidentGates(pi, extra, PROCESSOR);

const MATERIAL_HARM = "reasonable likelihood of material harm to a consumer or a material part of the licensee's operations";
const GOVERNMENT_NOTICE = "does another state or federal law require notice of the event to a government, self-regulatory or supervisory body?";

/**
 * The NAIC Insurance Data Security Model Law (#668) §6(A) criteria as the states adopted them: (1) the state is the
 * insurer's domicile or the producer's home state and material harm is reasonably likely; or (2) the licensee
 * reasonably believes 250 or more of the state's consumers are involved and either another law requires notice to a
 * government body or material harm is reasonably likely. Limb (1) varies: Alaska's has no harm qualifier (`"alone"`);
 * Iowa's also takes a required government notice instead of harm (`"harmOrGovernmentNotice"`).
 */
export function naicInsuranceGates(stateName: string, homeLimb: "harm" | "alone" | "harmOrGovernmentNotice" = "harm"): TGate[] {
  const home = sector("insurance", `${stateName} is the insurer's domicile or the producer's home state`, true);
  const harm = harmFinding(MATERIAL_HARM);
  const governmentNotice = counselQuestion(GOVERNMENT_NOTICE);
  const homeOptions: TGate[][] =
    homeLimb === "alone" ? [[home]] : homeLimb === "harm" ? [[home, harm]] : [[home, harm], [home, governmentNotice]];
  return [
    sector("insurance", `an insurance licensee of ${stateName}`),
    // Encrypted nonpublic information taken without the key is no "cybersecurity event" (model §3(D)).
    ENC,
    anyOf("NAIC-model case (domicile or home state with material harm, or 250 or more consumers)",
      ...homeOptions, [count(">=", 250), harm], [count(">=", 250), governmentNotice]),
  ];
}

/**
 * The core definition most states share: first name or initial and last name with an SSN, a driver's licence or
 * state ID number, or an account or card number together with the code that opens it; computerized data only.
 */
export const CORE_PI: TStatePi = {
  withName: ["national_id_number", "government_id_document"],
  accountAlone: false,
  alone: [],
};

export const NO_KEY_CLAUSE = "No express key-compromise clause: encrypted data taken with the key are treated as notifiable";

/** `version`: only for a row revised after the all-states compilation (default: V_US_STATES). */
export type TStateRow = Omit<TRule, "version" | "region"> & { version?: string };

/** Completes a state's rows with the state's region and the compilation version of the US-states reference. */
export function stateRows(state: TUsState, rows: TStateRow[]): TRule[] {
  return rows.map((row) => ({ ...row, region: `US-${state}`, version: row.version ?? V_US_STATES }));
}
