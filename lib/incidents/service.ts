import "server-only";
import { prisma } from "@/lib/db";
import type { SqlParams } from "@/lib/db/sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import { DECISION_OWNER_ROLES, type TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { lockIncident } from "@/lib/timeline/incident-lock";
import { type TVerifyOptions, verifyIncidentChain } from "@/lib/timeline/verify-timeline";
import { isIncidentCommander, isIncidentLead, requireVisibleIncident, visibleIncidentsSql, visibleIncidentsWhere } from "@/lib/auth/incident-access";
import { listAssignees, requireAssignee } from "@/lib/incidents/assignees";
import { findActiveIncidents } from "@/lib/incidents/queries";
import { findIncidentRecord, findIncidents, isIncidentVisible } from "@/lib/incidents/read-queries";
import { findTimelinePage, type TTimelinePage } from "@/lib/timeline/queries";
import { canTransition, closeBlockers, isReopen, nextStatuses, STATUS_LABELS } from "@/lib/incidents/lifecycle";
import { collectOpenWork, collectOpenWorkByIncident } from "@/lib/incidents/close-guards";
import { handOverWorkOfThoseWhoCannotSee } from "@/lib/incidents/stranded-work";
import { ROLES } from "@/lib/auth/roles";
import { ineligibility } from "@/lib/users/eligibility";
import { findEligibleUsers } from "@/lib/users/queries";
import {
  BACKDATE_GRACE_MS,
  ZAddNoteInput,
  ZChangeStatusInput,
  ZSetMemberInput,
  ZSetRestrictedInput,
  type TSetMemberInput,
  type TSetRestrictedInput,
  type TAddNoteInput,
  type TChangeStatusInput,
  type TIncidentStatus,
  ZDeclareIncidentInput,
  ZIncidentListQuery,
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

/** Users who may be named commander of an incident. */
export async function listCommanderCandidates(actor: TActor) {
  assertCan(actor, "incident.declare");
  return findEligibleUsers(COMMANDER_ROLES, { id: true, name: true, email: true });
}

// --- Incident record and timeline ---

/**
 * Moves an incident to another phase. Optimistic concurrency: the caller names the version it saw and the
 * write is conditional on it, so of two simultaneous changes one wins and the other gets 409 with the current
 * state. Closing is refused while work is open (reasons listed); reopening needs the incident's commander and
 * a reason. The timeline event is written in the same transaction.
 */
export async function changeIncidentStatus(actor: TActor, incidentId: string, input: TChangeStatusInput) {
  assertCan(actor, "incident.change-status");
  const data = ZChangeStatusInput.parse(input);

  return prisma.$transaction(async (tx) => {
    // Every change of an incident's work appends to its timeline, which locks this row: taking the lock before the
    // close guards read means work committed by a concurrent change is seen here, never slipped past the check.
    await lockIncident(tx, incidentId);
    const current = await tx.incident.findFirst({
      where: { AND: [{ id: incidentId }, visibleIncidentsWhere(actor)] },
      select: { id: true, status: true, version: true, commanderId: true },
    });
    if (!current) throw AppError.notFound("The incident");
    const stale = () =>
      AppError.conflict(
        `Someone else changed this incident meanwhile: it is now ${STATUS_LABELS[current.status]} (version ${current.version}). Review the current state and try again.`,
        { current: { status: current.status, version: current.version } },
      );
    if (current.version !== data.expectedVersion) throw stale();

    const from = current.status as TIncidentStatus;
    if (!canTransition(from, data.to)) {
      const allowed = nextStatuses(from).map((s) => STATUS_LABELS[s]).join(" or ");
      throw AppError.badRequest(`An incident in ${STATUS_LABELS[from]} can move to ${allowed}, not to ${STATUS_LABELS[data.to]}.`, [
        { name: "to", reason: `must be one of ${nextStatuses(from).join(", ")}` },
      ]);
    }
    if (isReopen(from, data.to)) {
      if (!isIncidentCommander(actor, current)) {
        throw AppError.forbidden("Only this incident's commander can reopen it.");
      }
      if (!data.reason) {
        throw AppError.badRequest("Reopening needs a reason.", [{ name: "reason", reason: "is required to reopen an incident" }]);
      }
    }
    if (data.to === "closed") {
      const blockers = closeBlockers(await collectOpenWork(tx, incidentId));
      if (blockers.length > 0) {
        throw new AppError("conflict", `The incident cannot be closed yet: ${blockers.join(" ")}`, [], { blockers });
      }
    }

    const written = await tx.incident.updateMany({
      where: { id: incidentId, version: data.expectedVersion, status: from },
      data: { status: data.to, version: { increment: 1 } },
    });
    if (written.count !== 1) {
      const now = await tx.incident.findUnique({ where: { id: incidentId }, select: { status: true, version: true } });
      throw AppError.conflict("Someone else changed this incident meanwhile. Review the current state and try again.", {
        current: now,
      });
    }
    const version = data.expectedVersion + 1;
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "incident.status-changed",
      actor,
      payload: { from, to: data.to, reason: data.reason, version },
    });
    return { id: incidentId, status: data.to, version };
  });
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

/** Loads a visible incident for a membership change, which needs its commander or an administrator. */
async function lockForMembership(tx: Prisma.TransactionClient, actor: TActor, incidentId: string) {
  assertCan(actor, "incident.members.manage");
  const incident = await tx.incident.findFirst({
    where: { AND: [{ id: incidentId }, visibleIncidentsWhere(actor)] },
    select: { id: true, commanderId: true, restricted: true },
  });
  if (!incident) throw AppError.notFound("The incident");
  if (!isIncidentLead(actor, incident)) {
    throw AppError.forbidden("Only this incident's commander or an administrator can change who works on it.");
  }
  return incident;
}

/** Gives a user a role on the incident (legal lead, comms lead, engineering lead or participant). */
export async function setIncidentMember(actor: TActor, incidentId: string, input: TSetMemberInput) {
  const data = ZSetMemberInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await lockForMembership(tx, actor, incidentId);
    const user = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, name: true, active: true } });
    if (!user || !user.active) {
      throw AppError.badRequest("The member must be an active user.", [{ name: "userId", reason: "must be an active user" }]);
    }
    const previous = await tx.incidentMember.findUnique({
      where: { incidentId_userId: { incidentId, userId: user.id } },
      select: { role: true },
    });
    if (previous?.role === data.role) return { userId: user.id, role: data.role, changed: false };
    await tx.incidentMember.upsert({
      where: { incidentId_userId: { incidentId, userId: user.id } },
      create: { incidentId, userId: user.id, role: data.role },
      update: { role: data.role },
    });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "member.assigned",
      actor,
      payload: { user: { id: user.id, name: user.name }, role: data.role, previousRole: previous?.role ?? null },
    });
    return { userId: user.id, role: data.role, changed: true };
  });
}

export async function removeIncidentMember(actor: TActor, incidentId: string, userId: string) {
  return prisma.$transaction(async (tx) => {
    await lockForMembership(tx, actor, incidentId);
    const member = await tx.incidentMember.findUnique({
      where: { incidentId_userId: { incidentId, userId } },
      select: { role: true, user: { select: { id: true, name: true } } },
    });
    if (!member) throw AppError.notFound("The member");
    await tx.incidentMember.delete({ where: { incidentId_userId: { incidentId, userId } } });
    await appendTimelineEvent(tx, { incidentId, kind: "member.removed", actor, payload: { user: member.user, role: member.role } });
    await handOverWorkOfThoseWhoCannotSee(tx, incidentId, actor);
    return { removed: true };
  });
}

/** Marks an incident need-to-know (visible only to its commander, members and administrators), or lifts it. */
export async function setIncidentRestricted(actor: TActor, incidentId: string, input: TSetRestrictedInput) {
  const data = ZSetRestrictedInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const incident = await lockForMembership(tx, actor, incidentId);
    if (incident.restricted === data.restricted) return { restricted: data.restricted, changed: false };
    const written = await tx.incident.updateMany({
      where: { id: incidentId, restricted: incident.restricted },
      data: { restricted: data.restricted, version: { increment: 1 } },
    });
    if (written.count !== 1) throw AppError.conflict("Someone else changed this incident meanwhile. Reload and try again.");
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "incident.restriction-changed",
      actor,
      payload: { restricted: data.restricted, reason: data.reason },
    });
    await handOverWorkOfThoseWhoCannotSee(tx, incidentId, actor);
    return { restricted: data.restricted, changed: true };
  });
}

/** Active users who can be given a role on an incident. */
export async function listMemberCandidates(actor: TActor) {
  assertCan(actor, "incident.members.manage");
  return findEligibleUsers(ROLES, { id: true, name: true, email: true });
}

/** The commander's dashboard: active incidents with their open work (tasks, obligations, notices awaiting a decision). */
export async function listActiveIncidents(actor: TActor) {
  assertCan(actor, "incident.read");
  const incidents = await findActiveIncidents(visibleIncidentsWhere(actor));
  const openWork = await collectOpenWorkByIncident(prisma, incidents.map((incident) => incident.id));
  return incidents.map((incident) => ({ ...incident, openWork: openWork.get(incident.id)! }));
}
