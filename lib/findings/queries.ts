import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TFindingListQuery } from "@/lib/findings/schemas";

export const findingSummarySelect = {
  id: true,
  title: true,
  severityLabel: true,
  severityRank: true,
  productName: true,
  awsAccountId: true,
  region: true,
  types: true,
  resources: true,
  triage: true,
  sourceUpdatedAt: true,
  firstObservedAt: true,
  recordState: true,
  workflowStatus: true,
} as const;

/** `%` and `_` typed by a user are literal text, not LIKE wildcards. */
function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Queue findings with an element of an array column (types, resource ids) containing `text`, in any case. */
async function queueIdsWithElementContaining(db: TDbClient, column: "types" | "resource_ids", text: string): Promise<string[]> {
  const pattern = likeContaining(text);
  const rows =
    column === "types"
      ? await db.$queryRaw<{ id: string }[]>`SELECT id FROM findings WHERE triage IN ('new', 'updated') AND incident_id IS NULL
          AND EXISTS (SELECT 1 FROM unnest(types) AS element WHERE element ILIKE ${pattern})`
      : await db.$queryRaw<{ id: string }[]>`SELECT id FROM findings WHERE triage IN ('new', 'updated') AND incident_id IS NULL
          AND EXISTS (SELECT 1 FROM unnest(resource_ids) AS element WHERE element ILIKE ${pattern})`;
  return rows.map((row) => row.id);
}

/**
 * The triage queue: new and updated findings not linked to an incident, most severe and most recent first. Text
 * filters match any part of the value in any case (people type "s3" or "publicaccess", not whole type strings).
 */
export async function findTriageQueue(filters: TFindingListQuery, db: TDbClient = prisma) {
  const where: Prisma.FindingWhereInput = { triage: { in: ["new", "updated"] }, incidentId: null };
  const and: Prisma.FindingWhereInput[] = [];
  if (filters.severity?.length) where.severityLabel = { in: filters.severity.map((s) => s.toUpperCase()) };
  if (filters.product) where.productName = { contains: filters.product, mode: "insensitive" };
  if (filters.account) where.awsAccountId = { contains: filters.account, mode: "insensitive" };
  if (filters.region) where.region = { contains: filters.region, mode: "insensitive" };
  if (filters.type) and.push({ id: { in: await queueIdsWithElementContaining(db, "types", filters.type) } });
  if (filters.resource) and.push({ id: { in: await queueIdsWithElementContaining(db, "resource_ids", filters.resource) } });
  if (and.length) where.AND = and;
  if (filters.since) where.sourceUpdatedAt = { gte: new Date(filters.since) };
  return db.finding.findMany({
    where,
    orderBy: [{ severityRank: "desc" }, { sourceUpdatedAt: "desc" }, { id: "asc" }],
    take: filters.limit,
    select: findingSummarySelect,
  });
}

/** How many findings wait for triage, per severity label. */
export async function countTriageQueueBySeverity(db: TDbClient = prisma): Promise<{ severityLabel: string; severityRank: number; count: number }[]> {
  const groups = await db.finding.groupBy({
    by: ["severityLabel", "severityRank"],
    where: { triage: { in: ["new", "updated"] }, incidentId: null },
    _count: { _all: true },
    orderBy: { severityRank: "desc" },
  });
  return groups.map((group) => ({ severityLabel: group.severityLabel, severityRank: group.severityRank, count: group._count._all }));
}

export function findFinding(id: string, db: TDbClient = prisma) {
  return db.finding.findUnique({
    where: { id },
    include: {
      incident: { select: { id: true, reference: true, title: true } },
      versions: { orderBy: { sourceUpdatedAt: "desc" }, take: 50 },
    },
  });
}

/**
 * Median detection latency per pull path over the findings first stored in the last 7 days: provider's first
 * observation → first stored here, keyed by the `via` of each finding's first stored version ("pull:kind:region").
 */
export async function findDetectionLatencyByVia(db: TDbClient = prisma) {
  return db.$queryRaw<{ via: string; p50Ms: number; findings: number }[]>`
    SELECT first.via,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.first_ingested_at - f.first_observed_at)) * 1000)::float8 AS "p50Ms",
           count(*)::int AS findings
      FROM findings f
      CROSS JOIN LATERAL (SELECT v.via FROM finding_versions v WHERE v.finding_id = f.id ORDER BY v.received_at ASC LIMIT 1) first
     WHERE f.first_ingested_at > now() - interval '7 days' AND f.first_observed_at IS NOT NULL
     GROUP BY first.via`;
}
