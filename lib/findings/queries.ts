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

/** The triage queue: new and updated findings not linked to an incident, most severe and most recent first. */
export function findTriageQueue(filters: TFindingListQuery, db: TDbClient = prisma) {
  const where: Prisma.FindingWhereInput = { triage: { in: ["new", "updated"] }, incidentId: null };
  if (filters.severity?.length) where.severityLabel = { in: filters.severity.map((s) => s.toUpperCase()) };
  if (filters.product) where.productName = { contains: filters.product, mode: "insensitive" };
  if (filters.type) where.types = { has: filters.type };
  if (filters.account) where.awsAccountId = filters.account;
  if (filters.region) where.region = filters.region;
  if (filters.resource) where.resourceIds = { has: filters.resource };
  if (filters.since) where.sourceUpdatedAt = { gte: new Date(filters.since) };
  return db.finding.findMany({
    where,
    orderBy: [{ severityRank: "desc" }, { sourceUpdatedAt: "desc" }, { id: "asc" }],
    take: filters.limit,
    select: findingSummarySelect,
  });
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
