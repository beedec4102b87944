import "server-only";
import { prisma } from "@/lib/db";
import { instantText } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";

/** The evidence register: every item with its SHA-256 (and whether the server computed or someone declared it) and its chain of custody. */
export const evidenceSection: TReportSection = {
  id: "evidence",
  title: "Evidence register",
  async build({ data, zone }) {
    const items = await prisma.evidence.findMany({
      where: { incidentId: data.incident.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        name: true,
        description: true,
        sha256: true,
        hashSource: true,
        sizeBytes: true,
        uri: true,
        custodianLabel: true,
        legalHold: true,
        legalHoldReason: true,
        deletedAt: true,
        createdAt: true,
        custody: {
          orderBy: { at: "asc" },
          select: { action: true, actorLabel: true, reason: true, detail: true, at: true },
        },
      },
    });
    if (items.length === 0) {
      return { blocks: [{ kind: "paragraph", text: "No evidence recorded.", tone: "muted" }], json: [] };
    }
    return {
      blocks: items.map((item) => ({
        kind: "entry" as const,
        title: `${item.name} (${item.kind === "file" ? "stored file" : "held elsewhere"})`,
        lines: [
          { text: `SHA-256 ${item.sha256 ?? "none"}${item.hashSource ? ` (${item.hashSource})` : ""}`, mono: true },
          {
            text:
              `Registered ${instantText(item.createdAt, zone.zone)} · custodian ${item.custodianLabel}` +
              (item.sizeBytes !== null ? ` · ${item.sizeBytes} bytes` : "") +
              (item.uri ? ` · ${item.uri}` : "") +
              (item.legalHold ? ` · legal hold: ${item.legalHoldReason ?? ""}` : "") +
              (item.deletedAt ? ` · deleted ${instantText(item.deletedAt, zone.zone)}` : ""),
          },
          ...item.custody.map((entry) => ({ text: `Custody ${instantText(entry.at, zone.zone)}: ${entry.action} by ${entry.actorLabel} — ${entry.reason}` })),
        ],
      })),
      json: items,
    };
  },
};
