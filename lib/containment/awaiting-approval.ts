import "server-only";
import { prisma } from "@/lib/db";
import { isIncidentLead } from "@/lib/auth/incident-access";
import { can, type TActor } from "@/lib/auth/policy";
import { findAction } from "@/lib/containment/catalog";
import { containmentApproverStanding } from "@/lib/containment/approval-rule";
import { approvalNeedUnder } from "@/lib/containment/approval-policy-rules";
import { readContainmentApprovalPolicy } from "@/lib/containment/approval-policy";

/** A containment request that waits for this person's approval (the same standing the approve path decides). */
export type TDecisionContainment = { id: string; title: string; target: string; missing: string | null };

/**
 * The containment requests, on these incidents (already filtered to those the actor may see), that the actor could
 * approve now under the policy in force: not their own, not one they approved, in a role the policy allows, and for
 * the commander's approval only this incident's lead. Keyed by incident id, for the decisions awaiting.
 */
export async function findContainmentAwaitingApproval(actor: TActor, incidentIds: readonly string[]): Promise<Map<string, TDecisionContainment[]>> {
  const byIncident = new Map<string, TDecisionContainment[]>();
  if (incidentIds.length === 0 || actor.kind !== "user" || !can(actor, "containment.approve")) return byIncident;
  const [requests, stored, incidents] = await Promise.all([
    prisma.containmentRequest.findMany({
      where: { incidentId: { in: [...incidentIds] }, status: "awaiting_approval" },
      select: {
        id: true, incidentId: true, actionId: true, target: true, requestHash: true, requestedById: true,
        approvals: { select: { approverId: true, role: true, requestHash: true, voidedAt: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    readContainmentApprovalPolicy(),
    prisma.incident.findMany({ where: { id: { in: [...incidentIds] } }, select: { id: true, commanderId: true } }),
  ]);
  for (const request of requests) {
    const action = findAction(request.actionId);
    const incident = incidents.find((i) => i.id === request.incidentId);
    if (!action || !incident) continue;
    const standing = containmentApproverStanding(actor, approvalNeedUnder(stored.policy, action), request, request.approvals, isIncidentLead(actor, incident));
    if (standing.refusal !== null) continue;
    const list = byIncident.get(request.incidentId) ?? [];
    list.push({ id: request.id, title: action.title, target: request.target, missing: standing.state.missing });
    byIncident.set(request.incidentId, list);
  }
  return byIncident;
}
