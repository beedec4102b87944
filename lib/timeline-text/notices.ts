import { APPROVER_ROLE_LABELS } from "@/lib/auth/roles";
import { at, count, quote } from "@/lib/timeline-text/parts";
import type { TDescribers } from "@/lib/timeline-text/types";

const approver = (role: string) => APPROVER_ROLE_LABELS[role] ?? role;
const CHANNELS: Record<string, string> = { email: "e-mail", bulk_email: "bulk e-mail", portal: "portal", sandbox: "the exercise sandbox" };

export const noticeDescribers: TDescribers = {
  "notice.drafted": (p, e) => [`${e.actor} drafted the notice ${quote(p.title)}.`],
  "notice.version-saved": (p, e) => [
    `${e.actor} saved version ${p.version} of ${quote(p.title)} for ${count(p.recipients, "recipient")}${p.voidedApprovals ? `; this voided ${count(p.voidedApprovals, "earlier approval")}` : ""}.`,
  ],
  "notice.approved": (p, e) => [
    `${e.actor} approved version ${p.version} of ${quote(p.title)} for ${approver(p.role)}${p.fullyApproved ? "; it has every approval it needs" : ""}.`,
  ],
  "notice.rejected": (p, e) => [`${e.actor} rejected version ${p.version} of ${quote(p.title)} for ${approver(p.role)}: ${p.comment}`],
  "notice.sent": (p, e) => [
    `${e.actor} sent version ${p.version} of ${quote(p.title)} by ${CHANNELS[p.channel] ?? p.channel.replace(/_/g, " ")} to ${count(p.recipients, "recipient")}${p.sandbox ? " (exercise: the sandbox mailbox only)" : ""}${p.followUp ? ", confirmed as a follow-up" : ""}.`,
  ],
  "notice.submission-recorded": (p, e) => [
    `${e.actor} recorded that version ${p.version} of ${quote(p.title)} was submitted through ${p.portal}, reference ${p.reference}.`,
  ],
  "notice.bulk-completed": (p) => [`Bulk delivery of ${quote(p.title)} finished: ${count(p.sent, "message")} sent, ${p.failed} failed.`],
  "notice.delivery-completed": (p) => [`Delivery of ${quote(p.title)} finished: ${count(p.sent, "message")} sent, ${p.failed} failed.`],
  "notice.recipients-bounced": (p) => [
    `The mail provider reported ${count(p.bounced, "message")} of ${quote(p.title)} undeliverable (${p.bounceType}) after the mail server had accepted ${p.bounced === 1 ? "it" : "them"}: ${p.bounced === 1 ? "that recipient was" : "those recipients were"} not reached (reported `,
    at(p.reportedAt),
    ").",
  ],
  "notice.obligation-already-met": (p) => [
    `${quote(p.title)} was delivered after its obligation had already been met (at `, at(p.obligationMetAt), ")",
    p.followUp ? "; the sender confirmed it as a follow-up." : ".",
  ],
};
