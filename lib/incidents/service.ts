import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/http/app-error";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { findIncident, findIncidents, findTimeline } from "@/lib/incidents/queries";
import {
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
    if (!commander || !commander.active || !commander.roles.some((r) => COMMANDER_ROLES.includes(r as never))) {
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
  return findIncidents(ZIncidentListQuery.parse(query));
}

export async function getIncident(actor: TActor, id: string) {
  assertCan(actor, "incident.read");
  const incident = await findIncident(id);
  if (!incident) throw AppError.notFound("The incident");
  return incident;
}

export async function getTimeline(actor: TActor, incidentId: string, page: { cursor?: number; limit?: number } = {}) {
  await getIncident(actor, incidentId);
  return findTimeline(incidentId, { cursor: page.cursor, limit: page.limit ?? 100 });
}

/** Users who may be named commander of an incident. */
export async function listCommanderCandidates(actor: TActor) {
  assertCan(actor, "incident.declare");
  return prisma.user.findMany({
    where: { active: true, roles: { hasSome: [...COMMANDER_ROLES] } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}
