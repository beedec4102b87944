import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CATALOG, RULES_BY_ID, type TRule } from "@/lib/clocks/catalog";
import { evaluate } from "@/lib/clocks/engine";
import { validateFacts } from "@/lib/clocks/validate";
import type { TObligation } from "@/lib/clocks/types";
import { AppError } from "@/lib/errors/app-error";
import { OBLIGATION_OWNER_ROLES } from "@/lib/auth/policy";
import { eligibleUsersWhere } from "@/lib/users/queries";
import { appendTimelineEvent, type TTimelineActor } from "@/lib/timeline/append";
import { refreshNextReminders } from "@/lib/reminder-schedule/refresh";
import { assembleFacts } from "@/lib/obligations/assemble";
import { storeCoverage } from "@/lib/obligations/coverage";
import { dueInstant, isEmptyDiff, planRegister, type TRegisterDiff, type TStoredObligation } from "@/lib/obligations/diff";

/**
 * Re-evaluates an incident's obligation register and stores it, inside the transaction of the fact change that
 * caused it: new (rule, recipient) rows are created, others re-timed or retired, each with an obligation_changes
 * history row, and ONE `obligations.reevaluated` timeline event summarises the difference (none when nothing that
 * matters changed). The evaluation's coverage is stored alongside (lib/obligations/coverage.ts). Facts the contract refuses throw a 400 naming the field, which rolls the fact change back.
 */
export async function syncRegister(
  tx: Prisma.TransactionClient,
  input: { incidentId: string; actor: TTimelineActor; cause: string; now?: Date },
): Promise<TRegisterDiff> {
  const now = input.now ?? new Date();
  // Before the profile is read: any profile whose re-evaluation this settles is committed, so it is the one read.
  await settleReevaluation(tx, input.incidentId);
  const { facts } = await assembleFacts(tx, input.incidentId, now);
  const validation = validateFacts(facts);
  if (!validation.ok) {
    throw AppError.badRequest("These facts are not consistent; nothing was changed.", validation.invalidParams);
  }
  const stored = await tx.obligation.findMany({
    where: { incidentId: input.incidentId },
    select: {
      id: true, ruleId: true, recipient: true, ruleVersion: true, ruleSnapshot: true, applies: true, status: true,
      dueAt: true, metAt: true, retiredAt: true, version: true, evaluation: true,
    },
  });
  const evaluation = evaluate(validation.facts, rulesFor(stored));
  const plan = planRegister(stored as TStoredObligation[], evaluation.obligations);
  await storeCoverage(tx, input.incidentId, evaluation, now);

  const history: Prisma.ObligationChangeCreateManyInput[] = [];
  if (plan.create.length > 0) {
    const ownerId = await defaultOwner(tx, input.incidentId);
    const created = await tx.obligation.createManyAndReturn({
      data: plan.create.map((o) => ({
        incidentId: input.incidentId,
        ruleId: o.ruleId,
        recipient: o.recipient,
        ruleVersion: o.ruleVersion,
        catalogVersion: evaluation.catalogVersion,
        ruleSnapshot: RULES_BY_ID.get(o.ruleId) as unknown as Prisma.InputJsonValue,
        ...columnsOf(o),
        ownerId,
      })),
      select: { id: true, ruleId: true, recipient: true },
    });
    const byKey = new Map(plan.create.map((o) => [`${o.ruleId}|${o.recipient}`, o]));
    for (const row of created) {
      const o = byKey.get(`${row.ruleId}|${row.recipient}`) as TObligation;
      history.push({ obligationId: row.id, change: "created", after: snapshotOf(o, input.cause) });
    }
  }

  const previousEvaluation = new Map(stored.map((row) => [row.id, JSON.stringify(row.evaluation)]));
  for (const item of plan.update) {
    const material = item.retimed || item.appliesChanged || item.revived;
    if (!material && previousEvaluation.get(item.stored.id) === JSON.stringify(item.next)) continue;
    const written = await tx.obligation.updateMany({
      where: { id: item.stored.id, version: item.stored.version, metAt: null },
      data: { ...columnsOf(item.next), retiredAt: null, version: { increment: 1 } },
    });
    if (written.count !== 1) throw AppError.conflict("The obligation register changed meanwhile; try again.");
    if (material) {
      history.push({
        obligationId: item.stored.id,
        change: item.revived ? "revived" : item.retimed ? "retimed" : "applicability",
        before: { applies: item.stored.applies, status: item.stored.status, dueAt: item.stored.dueAt?.toISOString() ?? null },
        after: snapshotOf(item.next, input.cause),
      });
    }
  }

  for (const row of plan.retire) {
    const written = await tx.obligation.updateMany({
      where: { id: row.id, version: row.version, metAt: null, retiredAt: null },
      data: { retiredAt: now, version: { increment: 1 } },
    });
    if (written.count !== 1) throw AppError.conflict("The obligation register changed meanwhile; try again.");
    history.push({
      obligationId: row.id,
      change: "retired",
      before: { applies: row.applies, status: row.status, dueAt: row.dueAt?.toISOString() ?? null },
      after: { retiredAt: now.toISOString(), cause: input.cause },
    });
  }
  if (history.length > 0) await tx.obligationChange.createMany({ data: history });

  await refreshNextReminders(tx, input.incidentId);

  if (!isEmptyDiff(plan.summary)) {
    await appendTimelineEvent(tx, {
      incidentId: input.incidentId,
      kind: "obligations.reevaluated",
      actor: input.actor,
      payload: { cause: input.cause, catalogVersion: evaluation.catalogVersion, ...plan.summary },
    });
  }
  return plan.summary;
}

/**
 * This sync re-evaluates the incident under the current organisation profile, so it settles the incident's items of
 * any profile re-evaluation run (lib/register-reevaluation). SKIP LOCKED: an item the worker holds is the worker's to
 * finish, and a fact save never waits on it.
 */
async function settleReevaluation(tx: Prisma.TransactionClient, incidentId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE register_reevaluation_items SET status = 'done', error = NULL, finished_at = now()
     WHERE (run_id, incident_id) IN (
       SELECT run_id, incident_id FROM register_reevaluation_items
        WHERE incident_id = ${incidentId}::uuid AND status IN ('pending', 'failed')
          FOR UPDATE SKIP LOCKED)`;
}

/** The current catalog, except that a rule an obligation was created under in an older version keeps that version. */
function rulesFor(stored: { ruleId: string; ruleVersion: string; ruleSnapshot: unknown; retiredAt: Date | null }[]): readonly TRule[] {
  const snapshots = new Map<string, TRule>();
  for (const row of stored) {
    const current = RULES_BY_ID.get(row.ruleId as TRule["id"]);
    if (row.retiredAt || !current || current.version === row.ruleVersion) continue;
    snapshots.set(row.ruleId, row.ruleSnapshot as TRule);
  }
  return snapshots.size === 0 ? CATALOG : CATALOG.map((rule) => snapshots.get(rule.id) ?? rule);
}

function columnsOf(o: TObligation) {
  return {
    applies: o.applies,
    status: o.status,
    evaluation: o as unknown as Prisma.InputJsonValue,
    dueAt: dueInstant(o),
  };
}

function snapshotOf(o: TObligation, cause: string): Prisma.InputJsonValue {
  return { applies: o.applies, status: o.status, dueAt: o.dueUtc, ruleVersion: o.ruleVersion, reason: o.reason, cause };
}

/**
 * A new obligation is owned by the incident's legal lead, if it has one who may own obligations (the rule the
 * owner picker and API apply): a legal lead without an owner role is left out, and the obligation has no owner.
 */
async function defaultOwner(tx: Prisma.TransactionClient, incidentId: string): Promise<string | null> {
  const lead = await tx.incidentMember.findFirst({
    where: { incidentId, role: "legal_lead", user: eligibleUsersWhere(OBLIGATION_OWNER_ROLES) },
    orderBy: { addedAt: "asc" },
    select: { userId: true },
  });
  return lead?.userId ?? null;
}
