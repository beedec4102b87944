import "server-only";
import { prisma } from "@/lib/db";
import type { SqlParams } from "@/lib/db/sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import { requireVisibleIncident, visibleIncidentsSql, visibleIncidentsWhere } from "@/lib/auth/incident-access";
import { DECISION_OWNER_ROLES, type TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { findTimelinePage, findTimelinePageJson, type TTimelinePage } from "@/lib/timeline/queries";
import { type TVerifyOptions, verifyIncidentChain } from "@/lib/timeline/verify-timeline";
import { listAssignees, requireAssignee } from "@/lib/incidents/assignees";
import { findIncidentRecord, findIncidents, findIncidentsJson, isIncidentVisible } from "@/lib/incidents/read-queries";
import { ineligibility } from "@/lib/users/eligibility";
import { findEligibleUsers } from "@/lib/users/queries";
import {
  BACKDATE_GRACE_MS,
  ZAddNoteInput,
  ZDeclareIncidentInput,
  ZIncidentListQuery,
  type TAddNoteInput,
  type TDeclareIncidentInput,
  type TIncidentListQuery,
} from "@/lib/incidents/schemas";

const COMMANDER_ROLES = ["commander", "admin"] as const;

/**
 * Declares an incident and writes its first timeline event in one transaction (the caller's, when given, so
 * "open an incident from findings" is one transaction).
 */
export async function declareIncident(actor: TActor, input: TDeclareIncidentInput, outerTx?: Prisma.TransactionClient) {
  assertCan(actor, "incident.declare");
  const data = ZDeclareIncidentInput.parse(input);

  const run = async (tx: Prisma.TransactionClient) => {
    const commander = await tx.user.findUnique({
      where: { id: data.commanderId },
      select: { id: true, name: true, active: true, roles: true },
    });
    if (!commander || ineligibility(commander, COMMANDER_ROLES)) {
      throw AppError.badRequest("The commander must be an active user with the commander or admin role.", [
        { name: "commanderId", reason: "must be an active incident commander" },
      ]);
    }
    const incident = await tx.incident.create({
      data: {
        title: data.title,
        severity: data.severity,
        summary: data.summary,
        commanderId: commander.id,
        declaredById: actor.kind === "user" ? actor.id : null,
        exercise: data.exercise,
      },
      select: { id: true, reference: true, declaredAt: true },
    });
    await appendTimelineEvent(tx, {
      incidentId: incident.id,
      kind: "incident.declared",
      actor,
      occurredAt: incident.declaredAt,
      payload: {
        title: data.title,
        severity: data.severity,
        summary: data.summary,
        commander: { id: commander.id, name: commander.name },
      },
    });
    return incident;
  };
  return outerTx ? run(outerTx) : prisma.$transaction(run);
}

export async function listIncidents(actor: TActor, query: Partial<TIncidentListQuery> = {}) {
  assertCan(actor, "incident.read");
  return findIncidents(ZIncidentListQuery.parse(query), actor);
}

/** The API's list page as JSON text written by PostgreSQL: the same content as listIncidents, fewer CPU cycles. */
export async function listIncidentsJson(actor: TActor, query: Partial<TIncidentListQuery> = {}): Promise<string> {
  assertCan(actor, "incident.read");
  return findIncidentsJson(ZIncidentListQuery.parse(query), actor);
}

export async function getIncident(actor: TActor, id: string) {
  assertCan(actor, "incident.read");
  const incident = await findIncidentRecord(id, actor);
  if (!incident) throw AppError.notFound("The incident");
  return incident;
}

export async function getTimeline(actor: TActor, incidentId: string, page: Partial<TTimelinePage> = {}) {
  assertCan(actor, "incident.read");
  const visibleToActor = (alias: string, params: SqlParams) => visibleIncidentsSql(actor, alias, params);
  const timeline = await findTimelinePage(incidentId, { ...page, limit: page.limit ?? 100 }, visibleToActor);
  if (!timeline) throw AppError.notFound("The incident");
  return timeline;
}

/** The API's timeline page as JSON text written by PostgreSQL: the same content as getTimeline. */
export async function getTimelineJson(actor: TActor, incidentId: string, page: Partial<TTimelinePage> = {}): Promise<string> {
  assertCan(actor, "incident.read");
  const visibleToActor = (alias: string, params: SqlParams) => visibleIncidentsSql(actor, alias, params);
  const timeline = await findTimelinePageJson(incidentId, { ...page, limit: page.limit ?? 100 }, visibleToActor);
  if (timeline === null) throw AppError.notFound("The incident");
  return timeline;
}

/** Users who may be named commander of an incident. */
export async function listCommanderCandidates(actor: TActor) {
  assertCan(actor, "incident.declare");
  return findEligibleUsers(COMMANDER_ROLES, { id: true, name: true, email: true });
}

/**
 * Adds a note, or a decision (a note with an owner and a rationale), to the timeline. It may be back-dated
 * (with a reason) and may correct an earlier event, which stays as it was: corrections are new events.
 */
export async function addNote(actor: TActor, incidentId: string, input: TAddNoteInput) {
  assertCan(actor, "incident.note.create");
  const data = ZAddNoteInput.parse(input);
  const now = Date.now();
  const occurredAt = data.occurredAt ? new Date(data.occurredAt) : undefined;
  if (occurredAt && occurredAt.getTime() > now + 60_000) {
    throw AppError.badRequest("A note cannot be dated in the future.", [{ name: "occurredAt", reason: "must not be in the future" }]);
  }
  const backdated = occurredAt !== undefined && now - occurredAt.getTime() > BACKDATE_GRACE_MS;
  if (backdated && !data.backdateReason) {
    throw AppError.badRequest("A back-dated entry needs a reason.", [
      { name: "backdateReason", reason: "is required when the entry is dated in the past" },
    ]);
  }

  return prisma.$transaction(async (tx) => {
    const incident = await tx.incident.findFirst({
      where: { AND: [{ id: incidentId }, visibleIncidentsWhere(actor)] },
      select: { id: true, restricted: true },
    });
    if (!incident) throw AppError.notFound("The incident");
    if (data.corrects !== undefined) {
      const corrected = await tx.timelineEvent.findUnique({
        where: { incidentId_sequence: { incidentId, sequence: data.corrects } },
        select: { id: true },
      });
      if (!corrected) {
        throw AppError.badRequest("There is no such event on this incident's timeline.", [
          { name: "corrects", reason: "must be the number of an event on this timeline" },
        ]);
      }
    }
    const common = {
      text: data.text,
      backdateReason: backdated ? data.backdateReason : null,
      corrects: data.corrects ?? null,
    };
    if (data.decision) {
      const owner = await requireAssignee(tx, incident, data.decision.ownerId, { field: "decision.ownerId", roles: DECISION_OWNER_ROLES });
      return appendTimelineEvent(tx, {
        incidentId,
        kind: "decision.recorded",
        actor,
        occurredAt,
        payload: { ...common, owner: { id: owner.id, name: owner.name }, rationale: data.decision.rationale },
      });
    }
    return appendTimelineEvent(tx, { incidentId, kind: "note.added", actor, occurredAt, payload: common });
  });
}

/** People who can own a decision on this incident (on a need-to-know incident, only those who may see it). */
export async function listDecisionOwners(actor: TActor, incidentId: string) {
  assertCan(actor, "incident.note.create");
  const incident = await requireVisibleIncident(prisma, actor, incidentId);
  return listAssignees(incident, DECISION_OWNER_ROLES, { id: true, name: true });
}

/** Recomputes the incident's hash chain and names the first broken link (lib/timeline/verify-timeline.ts). */
export async function verifyTimeline(actor: TActor, incidentId: string, options: TVerifyOptions = {}) {
  assertCan(actor, "timeline.integrity.read");
  if (!(await isIncidentVisible(incidentId, actor))) throw AppError.notFound("The incident");
  const verdict = await verifyIncidentChain(incidentId, options);
  return { ok: verdict.ok, checked: verdict.checked, firstBroken: verdict.broken, verifiedAt: new Date().toISOString() };
}
