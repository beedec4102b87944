import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
import { CHAIN_PAGE_SQL, LAST_SEQUENCE } from "@/lib/timeline/chain-range";
import type { TChainRow } from "@/lib/timeline/verify-chain";

const incidentSummarySelect = {
  id: true,
  reference: true,
  title: true,
  severity: true,
  status: true,
  declaredAt: true,
  updatedAt: true,
  commander: { select: { id: true, name: true } },
} as const;

/** Events after a sequence number, oldest first: what a live stream has not sent yet. */
export function findTimelineAfter(incidentId: string, afterSequence: number, limit: number, db: TDbClient = prisma) {
  return db.timelineEvent.findMany({
    where: { incidentId, sequence: { gt: afterSequence } },
    orderBy: { sequence: "asc" },
    take: limit,
    select: { id: true, sequence: true, kind: true, occurredAt: true, recordedAt: true, actorLabel: true, payload: true },
  });
}

/** Events in sequence order with everything the hash covers, for integrity checks in pages. */
export function findChainPage(incidentId: string, afterSequence: number, limit: number) {
  return sqlRows<TChainRow>(CHAIN_PAGE_SQL, [incidentId, afterSequence, LAST_SEQUENCE, limit]);
}

const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/** Every incident not yet closed that the caller may see, most severe first, then most recently declared. */
export async function findActiveIncidents(visible: Prisma.IncidentWhereInput, db: TDbClient = prisma) {
  const rows = await db.incident.findMany({
    where: { AND: [visible, { status: { not: "closed" } }] },
    orderBy: [{ declaredAt: "desc" }, { id: "desc" }],
    take: 500,
    select: { ...incidentSummarySelect, restricted: true },
  });
  return rows.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
