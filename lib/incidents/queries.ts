import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TRole } from "@/lib/auth/roles";
import type { TIncidentListQuery } from "@/lib/incidents/schemas";
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

export async function findIncidents(filters: TIncidentListQuery, visible: Prisma.IncidentWhereInput, db: TDbClient = prisma) {
  const rows = await db.incident.findMany({
    where: {
      AND: [
        visible,
        filters.status?.length ? { status: { in: filters.status } } : {},
        filters.severity?.length ? { severity: { in: filters.severity } } : {},
        filters.q ? await searchWhere(filters.q, db) : {},
      ],
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

// ─── Incident search (issue 5) ───

/** Kinds of timeline event whose text is searched (notes and decisions). */
const SEARCHED_EVENT_KINDS = ["note.added", "decision.recorded"];
const NOTE_MATCH_LIMIT = 1_000;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The search part of the list filter: the text in the title or summary (case-insensitive), the reference
 * ("INC-0042" or "42"), or in the text or rationale of a note or decision. Always combined with the caller's
 * visibility filter by findIncidents, so a search never reveals a need-to-know incident.
 */
async function searchWhere(q: string, db: TDbClient): Promise<Prisma.IncidentWhereInput> {
  const or: Prisma.IncidentWhereInput[] = [
    { title: { contains: q, mode: "insensitive" } },
    { summary: { contains: q, mode: "insensitive" } },
  ];
  const reference = /^(?:inc-?)?0*(\d{1,9})$/i.exec(q);
  if (reference) or.push({ reference: Number(reference[1]) });
  const pattern = likePattern(q);
  const noted = await db.$queryRaw<{ incident_id: string }[]>`
    SELECT DISTINCT incident_id FROM timeline_events
     WHERE kind = ANY(${SEARCHED_EVENT_KINDS})
       AND (payload->>'text' ILIKE ${pattern} OR payload->>'rationale' ILIKE ${pattern})
     LIMIT ${NOTE_MATCH_LIMIT}`;
  if (noted.length > 0) or.push({ id: { in: noted.map((row) => row.incident_id) } });
  return { OR: or };
}

/** One incident if it exists and the visibility filter lets the caller see it; null otherwise (same answer). */
export function findIncident(id: string, visible: Prisma.IncidentWhereInput, db: TDbClient = prisma) {
  return db.incident.findFirst({
    where: { AND: [{ id }, visible] },
    select: {
      ...incidentSummarySelect,
      summary: true,
      version: true,
      restricted: true,
      members: { select: { role: true, user: { select: { id: true, name: true } } }, orderBy: { addedAt: "asc" } },
      createdAt: true,
      declaredBy: { select: { id: true, name: true } },
    },
  });
}

export type TTimelinePage = {
  cursor?: number;
  limit: number;
  kind?: string[];
  role?: TRole;
  sort?: "recorded" | "occurred";
};

/**
 * Newest first, by when it was recorded (the sequence) or by when it happened; paged by the sequence number
 * of the last event of the previous page. The role filter matches events whose actor holds that role.
 */
export async function findTimeline(incidentId: string, page: TTimelinePage, db: TDbClient = prisma) {
  const filters: Prisma.TimelineEventWhereInput[] = [{ incidentId }];
  if (page.kind?.length) filters.push({ kind: { in: page.kind } });
  if (page.role) filters.push({ actorUser: { is: { roles: { has: page.role } } } });
  const byOccurred = page.sort === "occurred";
  if (page.cursor) {
    if (byOccurred) {
      const last = await db.timelineEvent.findUnique({
        where: { incidentId_sequence: { incidentId, sequence: page.cursor } },
        select: { occurredAt: true },
      });
      if (last) {
        filters.push({
          OR: [{ occurredAt: { lt: last.occurredAt } }, { occurredAt: last.occurredAt, sequence: { lt: page.cursor } }],
        });
      }
    } else {
      filters.push({ sequence: { lt: page.cursor } });
    }
  }
  const rows = await db.timelineEvent.findMany({
    where: { AND: filters },
    orderBy: byOccurred ? [{ occurredAt: "desc" }, { sequence: "desc" }] : { sequence: "desc" },
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
export async function findChainPage(incidentId: string, afterSequence: number, limit: number, db: TDbClient = prisma) {
  // Raw SQL selecting only the hashed columns: several times faster than findMany for 10,000s of rows.
  // Types match what findMany returned (uuid as text, timestamptz as Date, jsonb parsed).
  return db.$queryRaw<TChainRow[]>`
    SELECT incident_id AS "incidentId", sequence, kind, occurred_at AS "occurredAt", recorded_at AS "recordedAt",
           actor_user_id AS "actorUserId", actor_token_id AS "actorTokenId", actor_label AS "actorLabel",
           payload, prev_hash AS "prevHash", hash
      FROM timeline_events
     WHERE incident_id = ${incidentId}::uuid AND sequence > ${afterSequence}
     ORDER BY sequence ASC
     LIMIT ${limit}`;
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
