/** One line of text for a notice event on the timeline (rendered as text by the timeline list). */
export function describeNoticeEvent(kind: string, payload: Record<string, unknown>): string | null {
  const title = `“${String(payload.title)}”`;
  switch (kind) {
    case "notice.drafted":
      return `${title} drafted (${String(payload.templateId)}).`;
    case "notice.version-saved": {
      const voided = Number(payload.voidedApprovals ?? 0);
      return `${title} saved as version ${String(payload.version)}${voided ? `; ${voided} earlier approval(s) voided` : ""}.`;
    }
    case "notice.approved":
      return `${title} version ${String(payload.version)} approved as ${String(payload.role)}${payload.fullyApproved ? "; fully approved" : ""}.`;
    case "notice.rejected":
      return `${title} version ${String(payload.version)} rejected as ${String(payload.role)}: ${String(payload.comment)}`;
    case "notice.sent":
      return `${title} version ${String(payload.version)} sent by ${String(payload.channel).replace("_", " ")} to ${String(payload.recipients)} recipient(s)${payload.sandbox ? " (exercise: sandbox mailbox only)" : ""}${payload.followUp ? ", confirmed as a follow-up" : ""}.`;
    case "notice.submission-recorded":
      return `${title} version ${String(payload.version)} submitted via ${String(payload.portal)}, reference ${String(payload.reference)}.`;
    case "notice.bulk-completed":
      return `${title}: bulk delivery finished, ${String(payload.sent)} sent, ${String(payload.failed)} failed.`;
    case "notice.delivery-completed":
      return `${title}: delivery finished, ${String(payload.sent)} sent, ${String(payload.failed)} failed.`;
    case "notice.obligation-already-met":
      return `${title} delivered after its obligation was already met (${String(payload.obligationMetAt)})${payload.followUp ? "; confirmed as a follow-up" : ""}.`;
    default:
      return null;
  }
}
