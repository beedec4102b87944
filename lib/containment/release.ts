import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { findAction } from "@/lib/containment/catalog";
import { releaseParameters } from "@/lib/containment/release-parameters";
import { containmentRoleFor } from "@/lib/containment/accounts";
import { releaseRefusal } from "@/lib/containment/lifecycle";
import { containmentRequestHash } from "@/lib/containment/request-hash";
import { lockRequest } from "@/lib/containment/queries";
import { requester } from "@/lib/containment/service";

const TX = { timeout: 30_000, maxWait: 15_000 };

/**
 * Requests the release (roll back) of a succeeded reversible action: a new request of kind "release", linked to the
 * original, with its own hash, awaiting approval under the same rules as the action itself (approval-rule.ts, through
 * the ordinary approve route: the person who asks for the release cannot approve it), then run by the same worker.
 */
export async function requestRelease(actor: TActor, incidentId: string, requestId: string) {
  assertCan(actor, "containment.request");
  return prisma.$transaction(async (tx) => {
    const incident = await requireVisibleIncident(tx, actor, incidentId);
    const original = await lockRequest(tx, requestId, incidentId);
    if (!original) throw AppError.notFound("The containment request");
    const action = findAction(original.actionId);
    const existing = await tx.containmentRequest.findFirst({ where: { releasesRequestId: original.id, incidentId }, select: { id: true } });
    const refusal = releaseRefusal(action, { ...original, approvals: [] }, existing?.id ?? null);
    if (refusal || !action?.release) throw AppError.conflict(refusal ?? "This action has no release runbook.", existing ? { current: { releasedBy: existing.id } } : undefined);
    const roleArn = await containmentRoleFor(tx, original.accountId);
    if (!roleArn) throw AppError.conflict(`Account ${original.accountId} no longer has a configured source, so there is no role to run the release as.`);
    const parameters = releaseParameters(action, original.parameters as Record<string, string>, roleArn);
    const runbook = action.release.document;
    const requestHash = containmentRequestHash({ runbook, version: action.version, parameters, account: original.accountId, region: original.region, role: roleArn });
    const created = await tx.containmentRequest.create({
      data: {
        incidentId, findingId: original.findingId, actionId: action.id, actionVersion: action.version, runbook, target: original.target,
        accountId: original.accountId, region: original.region, roleArn, parameters, dryRun: false, requestHash, exercise: incident.exercise,
        kind: "release", releasesRequestId: original.id, ...(await requester(tx, actor)),
      },
    });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "containment.requested",
      actor,
      payload: {
        requestId: created.id, actionId: action.id, title: action.title, target: original.target, runbook, accountId: original.accountId, region: original.region,
        roleArn, parameters, requestHash, exercise: incident.exercise, releasesRequestId: original.id,
      },
    });
    return { id: created.id, requestHash, version: created.version, status: created.status, releasesRequestId: original.id };
  }, TX);
}
