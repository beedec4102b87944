import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { TIncidentListQuery } from "@/lib/incidents/schemas";

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

export async function findIncidents(filters: TIncidentListQuery, db: TDbClient = prisma) {
  const rows = await db.incident.findMany({
    where: {
      ...(filters.status?.length ? { status: { in: filters.status } } : {}),
      ...(filters.severity?.length ? { severity: { in: filters.severity } } : {}),
    },
    orderBy: [{ declaredAt: "desc" }, { id: "desc" }],
    take: filters.limit + 1,
    ...(filters.cursor ? { cursor: { id: filters.cursor }, skip: 1 } : {}),
    select: incidentSummarySelect,
  });
  const hasMore = rows.length > filters.limit;
  const items = hasMore ? rows.slice(0, filters.limit) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

export function findIncident(id: string, db: TDbClient = prisma) {
  return db.incident.findUnique({
    where: { id },
    select: {
      ...incidentSummarySelect,
      summary: true,
      version: true,
      createdAt: true,
      declaredBy: { select: { id: true, name: true } },
    },
  });
}

/** Newest first, paged by sequence number. */
export async function findTimeline(
  incidentId: string,
  page: { cursor?: number; limit: number },
  db: TDbClient = prisma,
) {
  const rows = await db.timelineEvent.findMany({
    where: { incidentId, ...(page.cursor ? { sequence: { lt: page.cursor } } : {}) },
    orderBy: { sequence: "desc" },
    take: page.limit + 1,
    select: {
      id: true,
      sequence: true,
      kind: true,
      occurredAt: true,
      recordedAt: true,
      actorLabel: true,
      actorUserId: true,
      actorTokenId: true,
      payload: true,
      hash: true,
    },
  });
  const hasMore = rows.length > page.limit;
  const items = hasMore ? rows.slice(0, page.limit) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.sequence ?? null) : null };
}
