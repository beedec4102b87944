import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TObligationTrigger } from "@/lib/status/decisions-awaiting";
import type { TStatusObligation } from "@/lib/status/status";

/** Callers pass only incident ids they have already checked against visibleIncidentsWhere. */
export async function findStatusObligations(incidentIds: readonly string[], db: TDbClient = prisma) {
  if (incidentIds.length === 0) return [];
  const rows = await db.obligation.findMany({
    where: { incidentId: { in: [...incidentIds] } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { ruleId: "asc" }],
    select: {
      id: true,
      incidentId: true,
      ruleId: true,
      recipient: true,
      ruleVersion: true,
      ruleSnapshot: true,
      applies: true,
      status: true,
      evaluation: true,
      dueAt: true,
      metAt: true,
      retiredAt: true,
      owner: { select: { id: true, name: true } },
    },
  });
  return rows.map((row) => toStatusObligation(row));
}

type TObligationRow = {
  id: string;
  incidentId: string;
  ruleId: string;
  recipient: string;
  ruleVersion: string;
  ruleSnapshot: Prisma.JsonValue;
  applies: string;
  status: string;
  evaluation: Prisma.JsonValue;
  dueAt: Date | null;
  metAt: Date | null;
  retiredAt: Date | null;
  owner: { id: string; name: string } | null;
};

export type TStoredObligation = TStatusObligation & { incidentId: string; ruleVersion: string; reason: string; trigger: TObligationTrigger | null; owesNotice: boolean };

function toStatusObligation(row: TObligationRow): TStoredObligation {
  const snapshot = (row.ruleSnapshot ?? {}) as { region?: unknown; citation?: unknown; trigger?: { kind?: unknown } };
  const evaluation = (row.evaluation ?? {}) as { citation?: unknown; reason?: unknown; trigger?: unknown };
  const citation = typeof evaluation.citation === "string" ? evaluation.citation : typeof snapshot.citation === "string" ? snapshot.citation : "";
  return {
    id: row.id,
    incidentId: row.incidentId,
    ruleId: row.ruleId,
    ruleVersion: row.ruleVersion,
    recipient: row.recipient,
    region: typeof snapshot.region === "string" ? snapshot.region : null,
    applies: row.applies,
    status: row.status,
    dueAt: row.dueAt,
    metAt: row.metAt,
    retiredAt: row.retiredAt,
    citation,
    reason: typeof evaluation.reason === "string" ? evaluation.reason : "",
    trigger: triggerOf(evaluation.trigger),
    // A rule that starts from nothing owes no notice (an exposure flag): context for the register, not a decision.
    owesNotice: snapshot.trigger?.kind !== "none",
    owner: row.owner,
  };
}

/** The engine's `trigger` of an evaluation row: `{ moment, ruleId?, at }`, or null when absent or malformed. */
function triggerOf(value: unknown): TObligationTrigger | null {
  const trigger = value as { moment?: unknown; ruleId?: unknown; at?: unknown } | null | undefined;
  if (!trigger || typeof trigger.moment !== "string") return null;
  return {
    moment: trigger.moment,
    ...(typeof trigger.ruleId === "string" ? { ruleId: trigger.ruleId } : {}),
    at: typeof trigger.at === "string" ? trigger.at : null,
  };
}

export function findIncidentFacts(incidentId: string, db: TDbClient = prisma) {
  return db.incidentFacts.findUnique({ where: { incidentId }, select: { facts: true, version: true, updatedAt: true } });
}

/** Declared moments, current and superseded, oldest first (the report shows both, with who declared them). */
export function findDeclarations(incidentId: string, db: TDbClient = prisma) {
  return db.incidentDeclaration.findMany({
    where: { incidentId },
    orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
    select: { id: true, moment: true, at: true, reason: true, declaredByLabel: true, supersedesId: true, recordedAt: true, supersededBy: { select: { id: true } } },
  });
}

export function findIncidentFindings(incidentId: string, db: TDbClient = prisma) {
  return db.finding.findMany({
    where: { incidentId },
    orderBy: [{ firstObservedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      awsId: true,
      title: true,
      severityLabel: true,
      productName: true,
      awsAccountId: true,
      region: true,
      resourceIds: true,
      firstObservedAt: true,
      sourceCreatedAt: true,
      sourceUpdatedAt: true,
      recordState: true,
      workflowStatus: true,
      currentHash: true,
    },
  });
}

export function findDecisions(incidentId: string, db: TDbClient = prisma) {
  return db.timelineEvent.findMany({
    where: { incidentId, kind: "decision.recorded" },
    orderBy: { sequence: "desc" },
    take: 20,
    select: { id: true, sequence: true, occurredAt: true, actorLabel: true, payload: true },
  });
}
