import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { findAction } from "@/lib/containment/catalog";
import { containmentClock, DEFAULT_CONTAINMENT_TARGET_HOURS, type TClockRequest, type TContainmentClock } from "@/lib/containment/containment-clock";

const SUCCEEDED = new Set(["Success", "CompletedWithSuccess"]);

/** The organisation's containment target in hours (the profile's setting, else the default of 4). */
export async function findContainmentTargetHours(db: TDbClient = prisma): Promise<number> {
  const row = await db.organisationProfile.findUnique({ where: { id: "default" }, select: { containmentTargetHours: true } });
  return row?.containmentTargetHours ?? DEFAULT_CONTAINMENT_TARGET_HOURS;
}

/**
 * A request that releases (rolls back) an earlier containment: of kind "release" (lib/containment/release.ts), or, for
 * a request made before releases had their own kind, one whose parameters are the catalog's release parameters.
 */
function isRelease(kind: string, actionId: string, parameters: unknown): boolean {
  if (kind === "release") return true;
  const release = findAction(actionId)?.release;
  if (!release || typeof parameters !== "object" || parameters === null) return false;
  const given = parameters as Record<string, unknown>;
  return Object.entries(release.parameters).every(([name, value]) => given[name] === value);
}

/** The incidents' requests as the clock reads them, by incident: a succeeded request's success is its latest succeeded execution's end. */
export async function findClockRequests(db: TDbClient, incidentIds: readonly string[]): Promise<Map<string, TClockRequest[]>> {
  const requests = await db.containmentRequest.findMany({
    where: { incidentId: { in: [...incidentIds] } },
    select: { incidentId: true, status: true, dryRun: true, kind: true, actionId: true, parameters: true, updatedAt: true, executions: { select: { status: true, endedAt: true } } },
  });
  const byIncident = new Map<string, TClockRequest[]>(incidentIds.map((id) => [id, []]));
  for (const request of requests) {
    const ends = request.executions.filter((e) => SUCCEEDED.has(e.status) && e.endedAt).map((e) => e.endedAt!.getTime());
    const succeededAt = request.status !== "succeeded" ? null : ends.length > 0 ? new Date(Math.max(...ends)) : request.updatedAt;
    byIncident.get(request.incidentId)?.push({ status: request.status, dryRun: request.dryRun, release: isRelease(request.kind, request.actionId, request.parameters), succeededAt });
  }
  return byIncident;
}

/** The clocks of incidents already checked visible by the caller (the status views, the report), by incident id. */
export async function loadContainmentClocks(db: TDbClient, incidents: readonly { id: string; declaredAt: Date }[], now: Date): Promise<Map<string, TContainmentClock>> {
  const ids = incidents.map((i) => i.id);
  // One after another: `db` may be a transaction (one connection, no queries side by side).
  const requests = await findClockRequests(db, ids);
  const targetHours = await findContainmentTargetHours(db);
  const closed = await findClosedAt(db, ids);
  return new Map(incidents.map((incident) => [
    incident.id,
    containmentClock({ declaredAt: incident.declaredAt, targetHours, requests: requests.get(incident.id) ?? [], now, closedAt: closed.get(incident.id) ?? null }),
  ]));
}

/** When each closed incident was (last) closed, from its timeline: incidents that are open again have no entry. */
async function findClosedAt(db: TDbClient, incidentIds: readonly string[]): Promise<Map<string, Date>> {
  if (incidentIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ incident_id: string; closed_at: Date }[]>`
    SELECT e.incident_id::text AS incident_id, max(e.occurred_at) AS closed_at
      FROM timeline_events e JOIN incidents i ON i.id = e.incident_id
     WHERE e.incident_id = ANY(${[...incidentIds]}::uuid[]) AND i.status = 'closed'
       AND e.kind = 'incident.status-changed' AND e.payload->>'to' = 'closed'
     GROUP BY e.incident_id`;
  return new Map(rows.map((row) => [row.incident_id, row.closed_at]));
}

/** One incident's clock (visibility checked by the caller). */
export async function loadContainmentClock(db: TDbClient, incident: { id: string; declaredAt: Date }, now: Date): Promise<TContainmentClock> {
  return (await loadContainmentClocks(db, [incident], now)).get(incident.id)!;
}

/** The incident's containment clock, for anyone who may see the incident (404 otherwise). */
export async function getContainmentClock(actor: TActor, incidentId: string, now = new Date()): Promise<TContainmentClock> {
  assertCan(actor, "containment.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const incident = await prisma.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { id: true, declaredAt: true } });
  return loadContainmentClock(prisma, incident, now);
}
