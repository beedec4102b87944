import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TTimelineActor } from "@/lib/timeline/append";

export type TStartedRun = { runId: string; total: number };

/**
 * Opens a re-evaluation run in the transaction that saved the organisation profile: one pending item per open
 * incident, written with the profile so that neither exists without the other. An unfinished older run is superseded:
 * this one covers every open incident under the newer profile.
 */
export async function startReevaluationRun(tx: Prisma.TransactionClient, input: { actor: TTimelineActor; cause: string }): Promise<TStartedRun> {
  await tx.registerReevaluationRun.updateMany({ where: { finishedAt: null, supersededAt: null }, data: { supersededAt: new Date() } });
  const run = await tx.registerReevaluationRun.create({
    data: {
      cause: input.cause,
      actorKind: input.actor.kind,
      actorId: input.actor.kind === "system" ? null : input.actor.id,
      actorName: input.actor.name,
      total: 0,
    },
    select: { id: true },
  });
  const total = await tx.$executeRaw`
    INSERT INTO register_reevaluation_items (run_id, incident_id)
    SELECT ${run.id}::uuid, id FROM incidents WHERE status <> 'closed'`;
  await tx.registerReevaluationRun.update({
    where: { id: run.id },
    data: { total, ...(total === 0 ? { finishedAt: new Date() } : {}) },
  });
  return { runId: run.id, total };
}
