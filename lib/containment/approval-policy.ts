import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { recordAdminChange } from "@/lib/admin-log/record";
import { appendTimelineEvent, type TTimelineActor } from "@/lib/timeline/append";
import { findAction } from "@/lib/containment/catalog";
import { containmentApprovalState, type TContainmentApprovalState } from "@/lib/containment/approval-rule";
import {
  approvalNeedUnder,
  CONTAINMENT_APPROVAL_DEFAULTS,
  describeNeed,
  ZContainmentApprovalPolicy,
  ZContainmentApprovalPolicyInput,
  type TContainmentApprovalPolicy,
} from "@/lib/containment/approval-policy-rules";

/**
 * The containment approval policy in force, stored like the notice approval policy (instance_settings, one JSON value,
 * every change in the administration log with its reason), with a version number so a request's record says under
 * which policy its need was decided. Changing it re-decides every request not yet claimed by the worker, in the same
 * transaction; the worker decides once more right before starting (recheckBeforeStart).
 */

const SETTING_KEY = "containment.approval-policy";

/** Held by an approval while it decides a request's need: a policy change (which takes it exclusively) waits for it. */
export async function holdPolicyForApproval(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${SETTING_KEY}))`;
}

export type TStoredContainmentPolicy = { version: number; policy: TContainmentApprovalPolicy };

/** The policy in force: the administrator's when valid (floors included), else the safe defaults (version 0). */
export async function readContainmentApprovalPolicy(db: Prisma.TransactionClient = prisma): Promise<TStoredContainmentPolicy> {
  const row = await db.instanceSetting.findUnique({ where: { key: SETTING_KEY } });
  const defaults = { version: 0, policy: structuredClone(CONTAINMENT_APPROVAL_DEFAULTS) };
  if (!row) return defaults;
  let stored: { version?: unknown; policy?: unknown };
  try {
    stored = JSON.parse(row.value) as typeof stored;
  } catch {
    return defaults;
  }
  const parsed = ZContainmentApprovalPolicy.safeParse(stored.policy);
  return parsed.success && typeof stored.version === "number" ? { version: stored.version, policy: parsed.data } : defaults;
}

export async function getContainmentApprovalPolicy(actor: TActor) {
  assertCan(actor, "containment.approval-policy.read");
  return { ...(await readContainmentApprovalPolicy()), defaults: CONTAINMENT_APPROVAL_DEFAULTS };
}

type TOpenRequest = { id: string; incidentId: string; actionId: string; target: string; status: string; requestHash: string };

/** A request's approval state under a policy (an action gone from the catalog is treated as the strictest kind). */
export async function requestStateUnder(db: Prisma.TransactionClient, request: TOpenRequest, policy: TContainmentApprovalPolicy): Promise<TContainmentApprovalState> {
  const action = findAction(request.actionId) ?? { destructive: true, productionAccess: true };
  const approvals = await db.containmentApproval.findMany({ where: { requestId: request.id }, select: { approverId: true, role: true, requestHash: true, voidedAt: true } });
  return containmentApprovalState(approvalNeedUnder(policy, action), request.requestHash, approvals);
}

/**
 * Moves an open request to the status its approvals earn under `stored`: approved ⇄ awaiting approval. The approvals
 * already given stay; only what they add up to is decided again. Writes the incident's timeline event when it moves.
 * `from` narrows which status may move (the worker's check only moves its own claim, elsewhere).
 */
export async function redecideRequest(
  tx: Prisma.TransactionClient,
  request: TOpenRequest,
  stored: TStoredContainmentPolicy,
  how: { cause: "policy-changed" | "checked-before-start"; actor: TTimelineActor; where?: Prisma.ContainmentRequestWhereInput },
): Promise<TContainmentApprovalState> {
  const state = await requestStateUnder(tx, request, stored.policy);
  const status = state.complete ? "approved" : "awaiting_approval";
  // Nothing to move; and the worker's check only ever holds a request back, it never approves its claim.
  if (status === request.status || (how.cause === "checked-before-start" && state.complete)) return state;
  const moved = await tx.containmentRequest.updateMany({
    where: { id: request.id, requestHash: request.requestHash, ...(how.where ?? { status: request.status }) },
    data: { status, claimToken: null },
  });
  if (moved.count !== 1) return state;
  await appendTimelineEvent(tx, {
    incidentId: request.incidentId,
    kind: "containment.approval-redecided",
    actor: how.actor,
    payload: {
      requestId: request.id, title: findAction(request.actionId)?.title ?? request.actionId, target: request.target, status,
      need: describeNeed(state.need), missing: state.missing, policyVersion: stored.version, cause: how.cause,
    },
  });
  return state;
}

/**
 * Administrators set the policy per action class, with a reason; the floors (production access needs the incident's
 * commander, destructive needs two people) are part of its validity, so lowering one is a 400 naming the field.
 */
export async function setContainmentApprovalPolicy(actor: TActor, input: unknown) {
  assertCan(actor, "containment.approval-policy.manage");
  const { policy, reason } = ZContainmentApprovalPolicyInput.parse(input);
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SETTING_KEY}))`;
      const before = await readContainmentApprovalPolicy(tx);
      const stored: TStoredContainmentPolicy = { version: before.version + 1, policy };
      const value = JSON.stringify(stored);
      await tx.instanceSetting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value }, update: { value } });
      await recordAdminChange(tx, actor, {
        action: "containment-approval-policy.changed",
        target: { type: "setting", id: SETTING_KEY, label: "Containment approval policy" },
        before: { version: before.version, ...before.policy },
        after: { version: stored.version, ...policy, reason },
      });
      // Lock the open requests first (approvals and changes lock them too), then decide each again.
      const open = await tx.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM containment_requests WHERE status IN ('awaiting_approval', 'approved') ORDER BY id FOR UPDATE`;
      const requests = await tx.containmentRequest.findMany({
        where: { id: { in: open.map((r) => r.id) } },
        select: { id: true, incidentId: true, actionId: true, target: true, status: true, requestHash: true },
      });
      let changed = 0;
      for (const request of requests) {
        const state = await redecideRequest(tx, request, stored, { cause: "policy-changed", actor });
        if ((state.complete ? "approved" : "awaiting_approval") !== request.status) changed++;
      }
      return { ...stored, redecided: changed };
    },
    { timeout: 30_000, maxWait: 15_000 },
  );
}
