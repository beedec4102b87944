import type { TBusinessCalendar, TDeadlineSpec, TGate, TStatePi, TTriggerSpec, TZoneRef } from "@/lib/clocks/catalog/model";
import type { TBooleanFlag, TMoment, TRuleId, TSector } from "@/lib/clocks/types";

/** Building blocks shared by many catalog rows (every file of the catalog may import them). */

export const V1 = "2026-11-22.1";
/** Rows added or revised in catalog 2026-12-02.2: statute-based holiday calendars, Hawaii. */
export const V2 = "2026-12-02.2";
/** Rows revised in catalog 2026-12-02.3: business days on more states' statute holiday calendars. */
export const V3 = "2026-12-02.3";
export const LA = { kind: "fixed", zone: "America/Los_Angeles" } as const;
export const NYC = { kind: "fixed", zone: "America/New_York" } as const;
export const ORG = { kind: "organisation" } as const;
export const EUZ = { kind: "eu-authority" } as const;
export const zone = (name: string): TZoneRef => ({ kind: "fixed", zone: name });

export const at = (moment: TMoment): TTriggerSpec => ({ kind: "moment", moment });
export const after = (ruleId: TRuleId, pick: "earliest" | "latest" = "earliest"): TTriggerSpec => ({ kind: "notice", ruleId, pick });
export const hours = (n: number): TDeadlineSpec => ({ kind: "hours", hours: n });
export const days = (n: number): TDeadlineSpec => ({ kind: "calendarDays", days: n });
export const businessDays = (
  n: number, calendar: TBusinessCalendar, time: "23:59:59" | "17:30:00" = "23:59:59",
): TDeadlineSpec => ({ kind: "businessDays", days: n, calendar, time });
export const NONE: TDeadlineSpec = { kind: "none" };

export const PD: TGate = { kind: "personalData" };
export const CONTROLLER: TGate = { kind: "role", role: "controller" };
export const PROCESSOR: TGate = { kind: "role", role: "processor" };
export const ENC: TGate = { kind: "encryption", label: "encryption safe harbour" };
export const RESIDENTS: TGate = { kind: "residents" };
export const ACQUIRED: TGate = { kind: "compromise", any: ["acquisition"], label: "acquired" };
export const ACCESSED: TGate = { kind: "compromise", any: ["access", "acquisition", "disclosure"], label: "accessed or acquired" };
export const misuse = (onUnknown: "applies" | "undetermined"): TGate => ({ kind: "harm", need: "risk", onUnknown, label: "risk of harm or misuse" });
export const HIGH: TGate = { kind: "harm", need: "high", onUnknown: "undetermined", label: "high risk" };
export const count = (op: ">" | ">=" | "<", n: number, scope: "state" | "all" | "anyState" = "state"): TGate => ({ kind: "count", op, n, scope });
export const pi = (definition: TStatePi): TGate => ({ kind: "statePi", pi: definition });
export const flag = (f: TBooleanFlag, reason: string): TGate => ({ kind: "flag", flag: f, reason });
export const sector = (name: TSector, label: string, home?: true): TGate =>
  home ? { kind: "sector", sector: name, home, label } : { kind: "sector", sector: name, label };
export const employees = (op: ">" | ">=" | "<", n: number): TGate => ({ kind: "employees", op, n });
export const anyOf = (label: string, ...options: TGate[][]): TGate => ({ kind: "anyOf", label, options });

/** Gates of a US state resident notice: the owner of the data, personal data, residents, definition, encryption. */
export function stateResidentGates(definition: TStatePi, extra: TGate[] = [], role: TGate = CONTROLLER): TGate[] {
  return [role, PD, RESIDENTS, pi(definition), ENC, ...extra];
}
