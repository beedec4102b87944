import "server-only";
import { prisma } from "@/lib/db";
import { incidentReference } from "@/lib/incidents/reference";
import { assertCan } from "@/lib/auth/assert";
import { requireVisibleIncident, visibleIncidentsWhere } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import type { TIncidentReevaluation, TReevaluationProgress } from "@/lib/register-reevaluation/types";

const FAILURES_SHOWN = 20;

export async function latestReevaluation(actor: TActor): Promise<TReevaluationProgress | null> {
  assertCan(actor, "organisation.read");
  const run = await prisma.registerReevaluationRun.findFirst({ orderBy: { createdAt: "desc" } });
  if (!run) return null;
  const [counts, last, failures] = await Promise.all([
    prisma.registerReevaluationItem.groupBy({ by: ["status"], where: { runId: run.id }, _count: { _all: true } }),
    prisma.registerReevaluationItem.aggregate({ where: { runId: run.id }, _max: { finishedAt: true } }),
    prisma.registerReevaluationItem.findMany({
      where: { runId: run.id, status: "failed" },
      orderBy: { finishedAt: "asc" },
      take: FAILURES_SHOWN,
      select: { incidentId: true, error: true, incident: { select: { reference: true, title: true } } },
    }),
  ]);
  const visible = new Set(
    (await prisma.incident.findMany({ where: { AND: [{ id: { in: failures.map((f) => f.incidentId) } }, visibleIncidentsWhere(actor)] }, select: { id: true } })).map((i) => i.id),
  );
  const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  return {
    runId: run.id,
    cause: run.cause,
    startedBy: run.actorName,
    startedAt: run.createdAt.toISOString(),
    total: run.total,
    done: count("done"),
    failed: count("failed"),
    pending: count("pending"),
    state: run.supersededAt ? "superseded" : run.finishedAt ? "finished" : "running",
    finishedAt: run.finishedAt?.toISOString() ?? null,
    lastProgressAt: last._max.finishedAt?.toISOString() ?? null,
    failures: failures.map((f) => ({
      incidentId: f.incidentId,
      reference: incidentReference(f.incident.reference),
      title: visible.has(f.incidentId) ? f.incident.title : null,
      reason: f.error ?? "",
    })),
  };
}

export async function incidentReevaluation(incidentId: string): Promise<TIncidentReevaluation> {
  const item = await prisma.registerReevaluationItem.findFirst({
    where: { incidentId, OR: [{ status: "failed" }, { status: "pending", run: { supersededAt: null } }] },
    orderBy: { run: { createdAt: "desc" } },
    select: { status: true, error: true, run: { select: { createdAt: true } } },
  });
  if (!item) return null;
  return { state: item.status as "pending" | "failed", since: item.run.createdAt.toISOString(), reason: item.error };
}

/** The same, for a reader of the incident's register (404 for an incident they may not see). */
export async function incidentReevaluationFor(actor: TActor, incidentId: string): Promise<TIncidentReevaluation> {
  assertCan(actor, "obligation.list");
  await requireVisibleIncident(prisma, actor, incidentId);
  return incidentReevaluation(incidentId);
}

/** A run still going: how many open incidents' clocks wait for it (the dashboard says so; no titles). */
export async function runningReevaluation(): Promise<{ total: number; pending: number; startedAt: string } | null> {
  const run = await prisma.registerReevaluationRun.findFirst({ where: { finishedAt: null, supersededAt: null }, orderBy: { createdAt: "desc" } });
  if (!run) return null;
  const pending = await prisma.registerReevaluationItem.count({ where: { runId: run.id, status: "pending" } });
  return pending === 0 ? null : { total: run.total, pending, startedAt: run.createdAt.toISOString() };
}

/** Of these (already visible) incidents, those whose clocks wait for or could not follow the profile change. */
export async function reevaluationStates(incidentIds: string[]): Promise<Map<string, "pending" | "failed">> {
  if (incidentIds.length === 0) return new Map();
  const items = await prisma.registerReevaluationItem.findMany({
    where: { incidentId: { in: incidentIds }, OR: [{ status: "failed" }, { status: "pending", run: { supersededAt: null } }] },
    select: { incidentId: true, status: true },
  });
  const states = new Map<string, "pending" | "failed">();
  for (const item of items) if (states.get(item.incidentId) !== "pending") states.set(item.incidentId, item.status as "pending" | "failed");
  return states;
}
