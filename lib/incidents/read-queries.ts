import "server-only";
import type { TActor } from "@/lib/auth/policy";
import { SqlParams, sqlJsonText, sqlRows } from "@/lib/db/sql";
import { isoSql, jsonPageSql } from "@/lib/db/json-page";
import type { TIncidentListQuery, TIncidentRole, TIncidentStatus, TSeverity } from "@/lib/incidents/schemas";
import { visibleIncidentsSql } from "@/lib/auth/incident-access";

/**
 * The console's hot reads, one SQL statement each, visibility filter included (lib/auth/incident-access.ts).
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

/**
 * Kinds of timeline event whose text is searched (notes and decisions). Written into the SQL as literals, not a
 * parameter: the trigram indexes on note text are partial on exactly this list, and PostgreSQL uses a partial index
 * only when it can prove the query's condition implies the index's (migration 20261203104500_flat_reads).
 */
const SEARCHED_EVENT_KINDS_SQL = `kind IN ('note.added', 'decision.recorded')`;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The search condition: the text in the title or summary (case-insensitive), the reference ("INC-0042" or "42"),
 * or in the text or rationale of a note or decision. Each alternative is its own branch of one UNION so that each
 * uses its own index (trigram GIN on title, summary and note text; the reference's unique index): the cost follows
 * the number of matches, not the size of the incident or timeline tables. Always ANDed with the caller's visibility
 * filter in the same WHERE, before the LIMIT, so a page is never short and never reveals a need-to-know incident.
 */
function searchSql(q: string, params: SqlParams): string {
  const pattern = params.add(likePattern(q));
  const branches = [
    `SELECT id FROM incidents WHERE title ILIKE ${pattern}`,
    `SELECT id FROM incidents WHERE summary ILIKE ${pattern}`,
    `SELECT incident_id FROM timeline_events WHERE ${SEARCHED_EVENT_KINDS_SQL} AND payload->>'text' ILIKE ${pattern}`,
    `SELECT incident_id FROM timeline_events WHERE ${SEARCHED_EVENT_KINDS_SQL} AND payload->>'rationale' ILIKE ${pattern}`,
  ];
  const reference = /^(?:inc-?)?0*(\d{1,9})$/i.exec(q);
  if (reference) branches.push(`SELECT id FROM incidents WHERE reference = ${params.add(Number(reference[1]))}::int`);
  return `i.id IN (${branches.join(" UNION ")})`;
}

/** A page of the incident list, newest declared first; the cursor is the id of the last incident of the previous page. */
export async function findIncidents(filters: TIncidentListQuery, actor: TActor) {
  const { text, values } = incidentListSql(filters, actor);
  const rows = await sqlRows<TIncidentSummary>(text, values);
  const hasMore = rows.length > filters.limit;
  const items = hasMore ? rows.slice(0, filters.limit) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

/** The same page as findIncidents, as the API's JSON text written by PostgreSQL (the API route's hot path). */
export async function findIncidentsJson(filters: TIncidentListQuery, actor: TActor): Promise<string> {
  const { text, values } = incidentListSql(filters, actor);
  const json = jsonPageSql({
    pageSql: text,
    order: `q."declaredAt" DESC, q.id DESC`,
    columns: `p.id, p.reference, p.title, p.severity, p.status, ${isoSql(`p."declaredAt"`)} AS "declaredAt", ${isoSql(`p."updatedAt"`)} AS "updatedAt", p.commander`,
    cursor: "p.id",
    limit: filters.limit,
  });
  return (await sqlJsonText(json, values)) as string;
}

/** The list statement itself, one more row than the page; exported so a test can EXPLAIN exactly what runs. */
export function incidentListSql(filters: TIncidentListQuery, actor: TActor): { text: string; values: unknown[] } {
  const params = new SqlParams();
  const where = [visibleIncidentsSql(actor, "i", params)];
  if (filters.status?.length) where.push(`i.status = ANY(${params.add(filters.status)}::"IncidentStatus"[])`);
  if (filters.severity?.length) where.push(`i.severity = ANY(${params.add(filters.severity)}::"Severity"[])`);
  if (filters.q) where.push(searchSql(filters.q, params));
  if (filters.cursor) {
    // Both keys descending, so "after the cursor" is one row comparison; an unknown cursor gives an empty page.
    where.push(`(i.declared_at, i.id) < (SELECT declared_at, id FROM incidents WHERE id = ${params.add(filters.cursor)}::uuid)`);
  }
  const text = `SELECT ${SUMMARY_COLUMNS}
       FROM incidents i JOIN users c ON c.id = i.commander_id
      WHERE ${where.join(" AND ")}
      ORDER BY i.declared_at DESC, i.id DESC
      LIMIT ${params.add(filters.limit + 1)}`;
  return { text, values: [...params.values] };
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
