import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { confirmPassword } from "@/lib/auth/reauth";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { readApprovalPolicy } from "@/lib/notices/approval-policy";
import { approvalState, approverStanding } from "@/lib/notices/approval-state";
import { findVersionApprovals, findVersionOfNotice, insertApproval, lockNotice } from "@/lib/notices/queries";
import { signedInRecently } from "@/lib/notices/reauth";
import { requiredApprovals } from "@/lib/notices/required-approvals";
import { ZDecisionInput, type TDecisionInput } from "@/lib/notices/schemas";
import { NOTICE_TX } from "@/lib/notices/transaction";

async function assertReauthenticated(actor: TActor, password: string | undefined, now: Date) {
  if (actor.kind !== "user") throw AppError.forbidden("Notices are approved by people: API tokens cannot approve.");
  if (password) return confirmPassword(actor.id, password, now);
  if (signedInRecently(actor, now)) return;
  throw new AppError("forbidden", "Confirm your password to approve.", [{ name: "password", reason: "is required to confirm it is you" }], { reauth: true });
}

/**
 * Approves or rejects the latest version of a notice as one of the roles its kind requires. Bound to the content hash
 * the approver saw; conditional (inside the notice's lock) on that version still being the latest and the notice
 * not sent. The drafter of a version cannot decide on it.
 */
export async function decideNotice(actor: TActor, incidentId: string, noticeId: string, input: TDecisionInput, now = new Date()) {
  assertCan(actor, "notice.approve");
  const data = ZDecisionInput.parse(input);
  await assertReauthenticated(actor, data.password, now);
  if (actor.kind !== "user") throw AppError.forbidden();
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const notice = await lockNotice(tx, noticeId, incidentId);
    if (!notice) throw AppError.notFound("The notice");
    if (notice.sentVersionId) throw AppError.conflict("This notice has already been sent.");
    const version = await findVersionOfNotice(tx, noticeId, data.versionId);
    if (!version) throw AppError.notFound("The notice version");
    if (version.number !== notice.latestVersion) {
      throw AppError.conflict(`Version ${version.number} is no longer the latest (version ${notice.latestVersion} was saved); review the new text.`, { current: { version: notice.latestVersion } });
    }
    if (version.contentHash !== data.contentHash) throw AppError.conflict("The text you reviewed is not this version's text; reload it.");
    const required = requiredApprovals(await readApprovalPolicy(tx), notice);
    const existing = await findVersionApprovals(tx, version.id);
    const { state: before, roles: open, refusal } = approverStanding(actor, required, version, existing);
    if (refusal === "drafter") throw AppError.forbidden("You drafted this version (yourself or through your API token), so someone else must approve it.");
    if (refusal === "ownerless_token_drafter") {
      throw AppError.forbidden("This version was saved through an API token with no recorded owner, which any administrator could have created: someone who is not an administrator must approve it.");
    }
    if (refusal === "already_decided") throw AppError.conflict("You have already decided on this version.");
    if (refusal === "rejected") throw AppError.conflict("This version was rejected; it needs a new version before approval.");
    const role = data.role ?? open[0];
    if (!role || !open.includes(role)) {
      throw AppError.forbidden(
        before.missing.length
          ? `This ${notice.kind.replace("_", " ")} notice still needs approval from: ${before.missing.join(", ")}. You cannot give it.`
          : "This version already has every approval it needs.",
      );
    }
    await insertApproval(tx, {
      noticeId, versionId: version.id, approverId: actor.id, approverLabel: actor.name, role, decision: data.decision, comment: data.comment, contentHash: version.contentHash,
    });
    const after = approvalState(required, version.contentHash, [...existing, { role, decision: data.decision, contentHash: version.contentHash, voidedAt: null, approverId: actor.id }]);
    if (data.decision === "approve") {
      await appendTimelineEvent(tx, { incidentId, kind: "notice.approved", actor, payload: { noticeId, title: notice.title, version: version.number, role, contentHash: version.contentHash, fullyApproved: after.fullyApproved } });
    } else {
      await appendTimelineEvent(tx, { incidentId, kind: "notice.rejected", actor, payload: { noticeId, title: notice.title, version: version.number, role, contentHash: version.contentHash, comment: data.comment } });
    }
    return { decision: data.decision, role, state: after };
  }, NOTICE_TX);
}
