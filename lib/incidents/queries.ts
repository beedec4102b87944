import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";
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

/** Events in sequence order with everything the hash covers, for integrity verification in pages. */
export async function findChainPage(incidentId: string, afterSequence: number, limit: number) {
  // Plain SQL on the pg pool selecting only the hashed columns: several times faster than findMany (and than
  // Prisma's $queryRaw) for 10,000s of rows. Types match what findMany returned (uuid as text, timestamptz as
  // Date, jsonb parsed).
  return sqlRows<TChainRow>(
    `SELECT incident_id AS "incidentId", sequence, kind, occurred_at AS "occurredAt", recorded_at AS "recordedAt",
            actor_user_id AS "actorUserId", actor_token_id AS "actorTokenId", actor_label AS "actorLabel",
            payload, prev_hash AS "prevHash", hash
       FROM timeline_events
      WHERE incident_id = $1::uuid AND sequence > $2::int
      ORDER BY sequence ASC
      LIMIT $3::int`,
    [incidentId, afterSequence, limit],
  );
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
