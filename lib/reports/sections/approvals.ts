import "server-only";
import { prisma } from "@/lib/db";
import { instantText } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";

/** Every approval decision on the incident's notices, with the SHA-256 of the exact content and recipients it approved. */
export const approvalsSection: TReportSection = {
  id: "approvals",
  title: "Approvals",
  async build({ data, zone }) {
    const approvals = await prisma.noticeApproval.findMany({
      where: { notice: { incidentId: data.incident.id } },
      orderBy: { createdAt: "asc" },
      select: {
        decision: true,
        role: true,
        approverLabel: true,
        comment: true,
        contentHash: true,
        createdAt: true,
        voidedAt: true,
        voidedReason: true,
        notice: { select: { title: true } },
        version: { select: { number: true } },
      },
    });
    if (approvals.length === 0) {
      return { blocks: [{ kind: "paragraph", text: "No approvals recorded.", tone: "muted" }], json: [] };
    }
    return {
      blocks: approvals.map((a) => ({
        kind: "entry" as const,
        title: `${a.decision === "approve" ? "Approved" : "Rejected"}: ${a.notice.title}, version ${a.version.number}`,
        lines: [
          { text: `By ${a.approverLabel} as ${a.role}, ${instantText(a.createdAt, zone.zone)}${a.comment ? ` — ${a.comment}` : ""}` },
          { text: `Content SHA-256 ${a.contentHash}`, mono: true },
          ...(a.voidedAt ? [{ text: `Voided ${instantText(a.voidedAt, zone.zone)}: ${a.voidedReason ?? ""}` }] : []),
        ],
      })),
      json: approvals,
    };
  },
};
