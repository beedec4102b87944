import "server-only";
import { prisma } from "@/lib/db";
import { instantText } from "@/lib/reports/blocks";
import { NOTICE_KIND_LABELS, type TNoticeKind } from "@/lib/notices/kinds";
import type { TReportSection } from "@/lib/reports/section";

/** Notices sent or submitted: which version (and its content hash), how, when, to how many, and the receipt's SHA-256. */
export const noticesSection: TReportSection = {
  id: "notices",
  title: "Notices sent",
  async build({ data, zone }) {
    const sends = await prisma.noticeSend.findMany({
      where: { notice: { incidentId: data.incident.id } },
      orderBy: { createdAt: "asc" },
      select: {
        channel: true,
        sandbox: true,
        sentByLabel: true,
        createdAt: true,
        firstDeliveredAt: true,
        completedAt: true,
        portal: true,
        portalReference: true,
        receiptName: true,
        receiptSha256: true,
        notice: { select: { title: true, kind: true, obligation: { select: { ruleId: true, recipient: true } } } },
        version: { select: { number: true, contentHash: true } },
        _count: { select: { recipients: true } },
      },
    });
    const recipientsSent = await prisma.noticeRecipient.groupBy({
      by: ["sendId", "status"],
      where: { send: { notice: { incidentId: data.incident.id } } },
      _count: { _all: true },
    });
    if (sends.length === 0) {
      return { blocks: [{ kind: "paragraph", text: "No notices recorded.", tone: "muted" }], json: [] };
    }
    return {
      blocks: sends.map((s) => ({
        kind: "entry" as const,
        title: `${s.notice.title} (${(NOTICE_KIND_LABELS[s.notice.kind as TNoticeKind] ?? s.notice.kind).toLowerCase()})${s.sandbox ? " — exercise, sandbox only" : ""}`,
        lines: [
          ...(s.notice.obligation ? [{ text: `Obligation ${s.notice.obligation.ruleId} — ${s.notice.obligation.recipient}` }] : []),
          {
            text:
              `${s.channel === "submission" ? `Submitted via ${s.portal ?? "portal"}${s.portalReference ? ` (reference ${s.portalReference})` : ""}` : `Sent by e-mail to ${s._count.recipients} recipient(s)`}` +
              ` by ${s.sentByLabel}; first delivered ${instantText(s.firstDeliveredAt, zone.zone)}; completed ${instantText(s.completedAt, zone.zone)}`,
          },
          { text: `Version ${s.version.number}, content SHA-256 ${s.version.contentHash}`, mono: true },
          ...(s.receiptSha256 ? [{ text: `Receipt ${s.receiptName ?? ""} SHA-256 ${s.receiptSha256}`, mono: true }] : []),
        ],
      })),
      json: { sends, recipientsByStatus: recipientsSent },
    };
  },
};
