import "server-only";
import type { TActor } from "@/lib/auth/policy";
import { readApprovalPolicy } from "@/lib/notices/approval-policy";
import { findContainmentAwaitingApproval } from "@/lib/containment/awaiting-approval";
import { readDecisionNotices } from "@/lib/notices/notice-decisions";
import { findDecisionIncidents } from "@/lib/notices/queries";
import type { TDecisionState } from "@/lib/status/decisions-awaiting";
import { findStatusObligations, type TStoredObligation } from "@/lib/status/queries";

/**
 * The state decisionsAwaiting reads, for those of `incidentIds` the actor may see (the others are left out, as
 * everywhere). `obligations` may be passed when the caller has read them already (the status view has).
 */
export async function loadDecisionStates(actor: TActor, incidentIds: readonly string[], obligations?: readonly TStoredObligation[]): Promise<Map<string, TDecisionState>> {
  if (incidentIds.length === 0) return new Map();
  const [incidents, policy] = await Promise.all([findDecisionIncidents(actor, incidentIds), readApprovalPolicy()]);
  const visible = incidents.map((i) => i.id);
  const [stored, notices, containment] = await Promise.all([
    obligations ? Promise.resolve(obligations) : findStatusObligations(visible),
    readDecisionNotices(actor, incidents, policy),
    findContainmentAwaitingApproval(actor, visible),
  ]);
  return new Map(
    incidents.map((incident) => [
      incident.id,
      { incidentId: incident.id, obligations: stored.filter((o) => o.incidentId === incident.id), notices: notices.get(incident.id) ?? [], containment: containment.get(incident.id) ?? [] },
    ]),
  );
}
