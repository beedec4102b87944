import "server-only";
import type { TActor } from "@/lib/auth/policy";
import type { TRole } from "@/lib/auth/roles";
import { SqlParams, sqlRows } from "@/lib/db/sql";
import type { TIncidentListQuery, TIncidentRole, TIncidentStatus, TSeverity } from "@/lib/incidents/schemas";
import { visibleIncidentsSql } from "@/lib/auth/incident-access";

/**
 * The console's hot reads, one SQL statement each, visibility filter included (lib/incidents/visibility.ts).
 * They return exactly what the earlier Prisma queries returned (same fields, same types, same order), at a
 * fraction of the Node CPU per request: these are the reads 50 concurrent clients hammer in `npm run bench:api`.
 */

type TPersonRef = { id: string; name: string };

export type TIncidentSummary = {
  id: string;
  reference: number;
  title: string;
  severity: TSeverity;
  status: TIncidentStatus;
  declaredAt: Date;
  updatedAt: Date;
  commander: TPersonRef;
};

const SUMMARY_COLUMNS = `i.id, i.reference, i.title, i.severity, i.status, i.declared_at AS "declaredAt",
       i.updated_at AS "updatedAt", json_build_object('id', c.id, 'name', c.name) AS commander`;

/** Kinds of timeline event whose text is searched (notes and decisions). */
const SEARCHED_EVENT_KINDS = ["note.added", "decision.recorded"];
const NOTE_MATCH_LIMIT = 1_000;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The search condition: the text in the title or summary (case-insensitive), the reference ("INC-0042" or "42"),
 * or in the text or rationale of a note or decision (at most 1,000 matching incidents). Always ANDed with the
 * caller's visibility filter, so a search never reveals a need-to-know incident.
 */
function searchSql(q: string, params: SqlParams): string {
  const pattern = params.add(likePattern(q));
  const or = [`i.title ILIKE ${pattern}`, `i.summary ILIKE ${pattern}`];
  const reference = /^(?:inc-?)?0*(\d{1,9})$/i.exec(q);
  if (reference) or.push(`i.reference = ${params.add(Number(reference[1]))}::int`);
  or.push(`i.id IN (SELECT DISTINCT incident_id FROM timeline_events
                     WHERE kind = ANY(${params.add(SEARCHED_EVENT_KINDS)}::text[])
                       AND (payload->>'text' ILIKE ${pattern} OR payload->>'rationale' ILIKE ${pattern})
                     LIMIT ${NOTE_MATCH_LIMIT})`);
  return `(${or.join(" OR ")})`;
}

/** A page of the incident list, newest declared first; the cursor is the id of the last incident of the previous page. */
export async function findIncidents(filters: TIncidentListQuery, actor: TActor) {
  const params = new SqlParams();
  const where = [visibleIncidentsSql(actor, "i", params)];
  if (filters.status?.length) where.push(`i.status = ANY(${params.add(filters.status)}::"IncidentStatus"[])`);
  if (filters.severity?.length) where.push(`i.severity = ANY(${params.add(filters.severity)}::"Severity"[])`);
  if (filters.q) where.push(searchSql(filters.q, params));
  if (filters.cursor) {
    // Both keys descending, so "after the cursor" is one row comparison; an unknown cursor gives an empty page.
    where.push(`(i.declared_at, i.id) < (SELECT declared_at, id FROM incidents WHERE id = ${params.add(filters.cursor)}::uuid)`);
  }
  const rows = await sqlRows<TIncidentSummary>(
    `SELECT ${SUMMARY_COLUMNS}
       FROM incidents i JOIN users c ON c.id = i.commander_id
      WHERE ${where.join(" AND ")}
      ORDER BY i.declared_at DESC, i.id DESC
      LIMIT ${params.add(filters.limit + 1)}`,
    params.values,
  );
  const hasMore = rows.length > filters.limit;
  const items = hasMore ? rows.slice(0, filters.limit) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

export type TIncidentRecord = TIncidentSummary & {
  summary: string;
  version: number;
  restricted: boolean;
  /** A tabletop drill: its notices go to the sandbox mailbox only (every page shows a banner). */
  exercise: boolean;
  members: { role: TIncidentRole; user: TPersonRef }[];
  createdAt: Date;
  declaredBy: TPersonRef | null;
  lastSequence: number;
};

/**
 * One incident with its commander, members, declarer and last timeline sequence, if it exists and the actor may
 * see it; null otherwise (the same answer for both).
 */
export async function findIncidentRecord(id: string, actor: TActor): Promise<TIncidentRecord | null> {
  const params = new SqlParams();
  const incidentId = params.add(id);
  const rows = await sqlRows<TIncidentRecord>(
    `SELECT ${SUMMARY_COLUMNS}, i.summary, i.version, i.restricted, i.exercise,
            COALESCE((SELECT json_agg(json_build_object('role', m.role, 'user', json_build_object('id', u.id, 'name', u.name))
                                      ORDER BY m.added_at)
                        FROM incident_members m JOIN users u ON u.id = m.user_id
                       WHERE m.incident_id = i.id), '[]'::json) AS members,
            i.created_at AS "createdAt",
            CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('id', d.id, 'name', d.name) END AS "declaredBy",
            COALESCE((SELECT max(t.sequence) FROM timeline_events t WHERE t.incident_id = i.id), 0) AS "lastSequence"
       FROM incidents i
       JOIN users c ON c.id = i.commander_id
       LEFT JOIN users d ON d.id = i.declared_by_id
      WHERE i.id = ${incidentId}::uuid AND ${visibleIncidentsSql(actor, "i", params)}`,
    params.values,
  );
  return rows[0] ?? null;
}

/** Whether the incident exists and the actor may see it (what live streams re-check before sending). */
export async function isIncidentVisible(id: string, actor: TActor): Promise<boolean> {
  const params = new SqlParams();
  const incidentId = params.add(id);
  const rows = await sqlRows(`SELECT 1 FROM incidents i WHERE i.id = ${incidentId}::uuid AND ${visibleIncidentsSql(actor, "i", params)}`, params.values);
  return rows.length > 0;
}

export type TTimelinePage = {
  cursor?: number;
  limit: number;
  kind?: string[];
  role?: TRole;
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

/**
 * A page of an incident's timeline, newest first, by when it was recorded (the sequence) or by when it happened;
 * paged by the sequence number of the last event of the previous page. The role filter matches events whose actor
 * holds that role. Null when the incident does not exist or the actor may not see it: the visibility check and
 * the page are one statement (a LEFT JOIN LATERAL, so a visible incident with no matching events gives one row
 * of NULLs rather than none).
 */
export async function findTimelinePage(incidentId: string, page: TTimelinePage, actor: TActor) {
  const params = new SqlParams();
  const id = params.add(incidentId);
  const visible = visibleIncidentsSql(actor, "i", params);
  const where = ["e.incident_id = v.id"];
  if (page.kind?.length) where.push(`e.kind = ANY(${params.add(page.kind)}::text[])`);
  if (page.role) {
    where.push(`EXISTS (SELECT 1 FROM users au WHERE au.id = e.actor_user_id AND ${params.add(page.role)}::"Role" = ANY(au.roles))`);
  }
  const byOccurred = page.sort === "occurred";
  if (page.cursor) {
    const cursor = params.add(page.cursor);
    if (byOccurred) {
      // As before: a cursor naming no event of this incident does not filter at all.
      const last = `SELECT occurred_at, sequence FROM timeline_events WHERE incident_id = v.id AND sequence = ${cursor}::int`;
      where.push(`(NOT EXISTS (${last}) OR (e.occurred_at, e.sequence) < (${last}))`);
    } else {
      where.push(`e.sequence < ${cursor}::int`);
    }
  }
  const rows = await sqlRows<TTimelineItem & { visibleId: string }>(
    `SELECT v.id AS "visibleId", e.*
       FROM (SELECT i.id FROM incidents i WHERE i.id = ${id}::uuid AND ${visible}) v
       LEFT JOIN LATERAL (
         SELECT e.id, e.sequence, e.kind, e.occurred_at AS "occurredAt", e.recorded_at AS "recordedAt",
                e.actor_label AS "actorLabel", e.actor_user_id AS "actorUserId", e.actor_token_id AS "actorTokenId",
                e.payload, e.hash
           FROM timeline_events e
          WHERE ${where.join(" AND ")}
          ORDER BY ${byOccurred ? "e.occurred_at DESC, e.sequence DESC" : "e.sequence DESC"}
          LIMIT ${params.add(page.limit + 1)}
       ) e ON TRUE`,
    params.values,
  );
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
