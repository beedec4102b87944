import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import { SqlParams, sqlJsonText, sqlRows } from "@/lib/db/sql";
import { isoSql, jsonPageSql } from "@/lib/db/json-page";
import { CHAIN_PAGE_SQL, LAST_SEQUENCE } from "@/lib/timeline/chain-range";
import type { TChainRow } from "@/lib/timeline/verify-chain";

/** A visibility rule as an SQL condition on the incidents row aliased `alias`, its values added to `params`. */
export type TVisibleIncidentSql = (alias: string, params: SqlParams) => string;

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

export type TTimelinePage = {
  cursor?: number;
  limit: number;
  kind?: string[];
  /** Only events whose actor holds this role. */
  role?: string;
  sort?: "recorded" | "occurred";
};

export type TTimelineItem = {
  id: string;
  sequence: number;
  kind: string;
  occurredAt: Date;
  recordedAt: Date;
  actorLabel: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  payload: unknown;
  hash: string;
};

/** The page statement: the visible incident's row joined to one more event than the page (no row: not visible). */
function timelinePageSql(incidentId: string, page: TTimelinePage, visibleSql: TVisibleIncidentSql): { text: string; values: unknown[] } {
  const params = new SqlParams();
  const id = params.add(incidentId);
  const visible = visibleSql("i", params);
  const where = ["e.incident_id = v.id"];
  if (page.kind?.length) where.push(`e.kind = ANY(${params.add(page.kind)}::text[])`);
  if (page.role) {
    where.push(`EXISTS (SELECT 1 FROM users au WHERE au.id = e.actor_user_id AND ${params.add(page.role)}::"Role" = ANY(au.roles))`);
  }
  if (page.cursor) {
    const cursor = params.add(page.cursor);
    if (page.sort === "occurred") {
      // As before: a cursor naming no event of this incident does not filter at all.
      const last = `SELECT occurred_at, sequence FROM timeline_events WHERE incident_id = v.id AND sequence = ${cursor}::int`;
      where.push(`(NOT EXISTS (${last}) OR (e.occurred_at, e.sequence) < (${last}))`);
    } else {
      where.push(`e.sequence < ${cursor}::int`);
    }
  }
  const text = `SELECT v.id AS "visibleId", e.*
       FROM (SELECT i.id FROM incidents i WHERE i.id = ${id}::uuid AND ${visible}) v
       LEFT JOIN LATERAL (
         SELECT e.id, e.sequence, e.kind, e.occurred_at AS "occurredAt", e.recorded_at AS "recordedAt",
                e.actor_label AS "actorLabel", e.actor_user_id AS "actorUserId", e.actor_token_id AS "actorTokenId",
                e.payload, e.hash
           FROM timeline_events e
          WHERE ${where.join(" AND ")}
          ORDER BY ${page.sort === "occurred" ? "e.occurred_at DESC, e.sequence DESC" : "e.sequence DESC"}
          LIMIT ${params.add(page.limit + 1)}
       ) e ON TRUE`;
  return { text, values: [...params.values] };
}

/** The same page as findTimelinePage, as the API's JSON text written by PostgreSQL; null when not visible. */
export async function findTimelinePageJson(incidentId: string, page: TTimelinePage, visibleSql: TVisibleIncidentSql): Promise<string | null> {
  const { text, values } = timelinePageSql(incidentId, page, visibleSql);
  const json = jsonPageSql({
    pageSql: text,
    order: page.sort === "occurred" ? `q."occurredAt" DESC, q.sequence DESC` : "q.sequence DESC",
    columns: `p.id, p.sequence, p.kind, ${isoSql(`p."occurredAt"`)} AS "occurredAt", ${isoSql(`p."recordedAt"`)} AS "recordedAt",
              p."actorLabel", p."actorUserId", p."actorTokenId", p.payload, p.hash`,
    cursor: "p.sequence",
    limit: page.limit,
    missingWhenEmpty: true,
  });
  return sqlJsonText(json, values);
}

/**
 * A page of an incident's timeline, newest first, by when it was recorded (the sequence) or by when it happened;
 * paged by the sequence number of the last event of the previous page. The role filter matches events whose actor
 * holds that role. Null when the incident does not exist or the caller may not see it (`visibleSql`, the caller's
 * visibility rule as an SQL condition on the incidents row of the alias it is given): the visibility check and
 * the page are one statement (a LEFT JOIN LATERAL, so a visible incident with no matching events gives one row
 * of NULLs rather than none).
 */
export async function findTimelinePage(incidentId: string, page: TTimelinePage, visibleSql: TVisibleIncidentSql) {
  const { text, values } = timelinePageSql(incidentId, page, visibleSql);
  const rows = await sqlRows<TTimelineItem & { visibleId: string }>(text, values);
  if (rows.length === 0) return null;
  const events: TTimelineItem[] = [];
  for (const row of rows) {
    if (row.id === null) continue; // the visible incident's row when no event matched
    const { visibleId, ...event } = row;
    void visibleId;
    events.push(event);
  }
  const hasMore = events.length > page.limit;
  const items = hasMore ? events.slice(0, page.limit) : events;
  return { items, nextCursor: hasMore ? (items.at(-1)?.sequence ?? null) : null };
}
