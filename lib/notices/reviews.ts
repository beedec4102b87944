import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { visibleIncidentsWhere } from "@/lib/auth/incident-access";
import { readApprovalPolicy } from "@/lib/notices/approval-policy";
import { approverStanding } from "@/lib/notices/approval-state";
import { comparableText, type TNoticeContent, type TNoticeRecipient } from "@/lib/notices/content";
import { textDiff } from "@/lib/notices/diff";
import { requiredApprovals } from "@/lib/notices/required-approvals";

/**
 * The reviewer's queue: every unsent notice, on incidents the reviewer may see, whose latest version still needs a
 * role the reviewer holds, that they did not draft and have not decided on; soonest obligation deadline first. Each
 * comes with the diff against the newest earlier version that received an approval (or against nothing).
 */
export async function reviewQueue(actor: TActor) {
  assertCan(actor, "notice.review.list");
  if (actor.kind !== "user") return [];
  const policy = await readApprovalPolicy();
  const notices = await prisma.notice.findMany({
    where: { sentVersionId: null, latestVersion: { gt: 0 }, incident: visibleIncidentsWhere(actor) },
    include: {
      incident: { select: { id: true, reference: true, title: true, exercise: true } },
      obligation: { select: { id: true, ruleId: true, recipient: true, dueAt: true } },
      versions: { orderBy: { number: "desc" }, select: { id: true, number: true, content: true, recipients: true, contentHash: true, authorId: true, authorTokenId: true, authorLabel: true, createdAt: true } },
      approvals: { select: { versionId: true, role: true, decision: true, contentHash: true, voidedAt: true, approverId: true } },
    },
  });
  const queue = [];
  for (const notice of notices) {
    const latest = notice.versions[0];
    if (!latest) continue;
    const ofLatest = notice.approvals.filter((a) => a.versionId === latest.id);
    const { state, roles } = approverStanding(actor, requiredApprovals(policy, notice), latest, ofLatest);
    if (roles.length === 0) continue;
    const approvedBefore = notice.versions.find((v) => v.number < latest.number && notice.approvals.some((a) => a.versionId === v.id && a.decision === "approve"));
    const text = (v: { content: unknown; recipients: unknown }) => comparableText(v.content as TNoticeContent, v.recipients as TNoticeRecipient[]);
    queue.push({
      noticeId: notice.id,
      title: notice.title,
      kind: notice.kind,
      incident: notice.incident,
      obligation: notice.obligation,
      dueAt: notice.obligation?.dueAt ?? null,
      version: { id: latest.id, number: latest.number, contentHash: latest.contentHash, authorLabel: latest.authorLabel, createdAt: latest.createdAt },
      rolesYouCanGive: roles,
      missing: state.missing,
      comparedWith: approvedBefore ? approvedBefore.number : null,
      diff: textDiff(approvedBefore ? text(approvedBefore) : "", text(latest)),
    });
  }
  // Soonest deadline first; notices without an obligation deadline last, oldest first.
  return queue.sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.version.createdAt.getTime() - b.version.createdAt.getTime());
}
