import type { TApplies, TObligation } from "@/lib/clocks/types";

/**
 * Pure: compares the stored register of an incident with a fresh evaluation and says what to write. Keyed by
 * (rule, recipient). An obligation already met (metAt set) is never touched: not re-timed, not retired, not
 * re-evaluated — what was met stays met.
 */

export type TStoredObligation = {
  id: string;
  ruleId: string;
  recipient: string;
  ruleVersion: string;
  applies: TApplies;
  status: string;
  dueAt: Date | null;
  metAt: Date | null;
  retiredAt: Date | null;
  version: number;
};

export type TRegisterPlan = {
  create: TObligation[];
  /** Rows to overwrite with the new evaluation; `revived` = it had been retired and the facts touch it again. */
  update: { stored: TStoredObligation; next: TObligation; retimed: boolean; appliesChanged: boolean; revived: boolean }[];
  retire: TStoredObligation[];
  summary: TRegisterDiff;
};

export type TDiffRow = { ruleId: string; recipient: string };
export type TRegisterDiff = {
  added: (TDiffRow & { applies: TApplies; dueAt: string | null })[];
  retired: TDiffRow[];
  retimed: (TDiffRow & { from: string | null; to: string | null })[];
  applicability: (TDiffRow & { from: TApplies; to: TApplies })[];
};

export const keyOf = (row: { ruleId: string; recipient: string }) => `${row.ruleId}\u0000${row.recipient}`;

export function dueInstant(obligation: TObligation): Date | null {
  return obligation.dueUtc ? new Date(obligation.dueUtc) : null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function planRegister(stored: TStoredObligation[], next: TObligation[]): TRegisterPlan {
  const byKey = new Map(stored.map((row) => [keyOf(row), row]));
  const seen = new Set<string>();
  const plan: TRegisterPlan = { create: [], update: [], retire: [], summary: { added: [], retired: [], retimed: [], applicability: [] } };

  for (const obligation of next) {
    const key = keyOf(obligation);
    seen.add(key);
    const row = byKey.get(key);
    const due = dueInstant(obligation);
    const ref = { ruleId: obligation.ruleId, recipient: obligation.recipient };
    if (!row) {
      plan.create.push(obligation);
      plan.summary.added.push({ ...ref, applies: obligation.applies, dueAt: iso(due) });
      continue;
    }
    if (row.metAt) continue;
    const revived = row.retiredAt !== null;
    const retimed = !revived && iso(row.dueAt) !== iso(due);
    const appliesChanged = !revived && row.applies !== obligation.applies;
    plan.update.push({ stored: row, next: obligation, retimed, appliesChanged, revived });
    if (revived) plan.summary.added.push({ ...ref, applies: obligation.applies, dueAt: iso(due) });
    if (retimed) plan.summary.retimed.push({ ...ref, from: iso(row.dueAt), to: iso(due) });
    if (appliesChanged) plan.summary.applicability.push({ ...ref, from: row.applies, to: obligation.applies });
  }

  for (const row of stored) {
    if (seen.has(keyOf(row)) || row.metAt || row.retiredAt) continue;
    plan.retire.push(row);
    plan.summary.retired.push({ ruleId: row.ruleId, recipient: row.recipient });
  }
  return plan;
}

export function isEmptyDiff(diff: TRegisterDiff): boolean {
  return diff.added.length + diff.retired.length + diff.retimed.length + diff.applicability.length === 0;
}
