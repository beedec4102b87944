import "server-only";
import { prisma } from "@/lib/db";
import { startPassLoop } from "@/lib/db/leased-queue";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log";
import { isDatabaseUnreachable } from "@/lib/db/unreachable";
import { syncRegister } from "@/lib/obligations/register";
import type { TTimelineActor } from "@/lib/timeline/append";
import { lockIncident } from "@/lib/timeline/incident-lock";

export type TReevaluationPass = { processed: number; failed: number };

type TClaimed = { run_id: string; incident_id: string; cause: string; actor_kind: string; actor_id: string | null; actor_name: string };

/**
 * One worker pass: up to `limit` incidents of the current run, each re-evaluated in a transaction of its own that
 * also holds its item's claim (FOR UPDATE SKIP LOCKED). Two workers never take the same incident; a worker that dies
 * mid-incident rolls its claim back with its work, so the incident is taken again; the register diff and the item's
 * "done" commit together, so no incident gets its diff twice. An incident whose facts the rules refuse is marked
 * failed with the reason, and the run goes on.
 */
export async function reevaluatePending(options: { limit?: number } = {}): Promise<TReevaluationPass> {
  const limit = options.limit ?? 50;
  const pass: TReevaluationPass = { processed: 0, failed: 0 };
  while (pass.processed < limit) {
    const outcome = await reevaluateOne();
    if (outcome === "none" || outcome === "busy") break;
    pass.processed += 1;
    if (outcome === "failed") pass.failed += 1;
  }
  await finishRuns();
  return pass;
}

async function reevaluateOne(): Promise<"done" | "failed" | "none" | "busy"> {
  let claimed: TClaimed | undefined;
  try {
    return await prisma.$transaction(
      async (tx) => {
        [claimed] = await tx.$queryRaw<TClaimed[]>`
          SELECT i.run_id, i.incident_id, r.cause, r.actor_kind, r.actor_id, r.actor_name
            FROM register_reevaluation_items i JOIN register_reevaluation_runs r ON r.id = i.run_id
           WHERE i.status = 'pending' AND r.finished_at IS NULL AND r.superseded_at IS NULL
           ORDER BY i.run_id, i.incident_id
           LIMIT 1
             FOR UPDATE OF i SKIP LOCKED`;
        if (!claimed) return "none" as const;
        // A long transaction on the incident (an import, a fact save) is waited for a while, then retried next pass.
        await tx.$executeRaw`SET LOCAL lock_timeout = '5s'`;
        await lockIncident(tx, claimed.incident_id);
        // syncRegister settles this item (and any older one of the same incident) in this transaction.
        await syncRegister(tx, { incidentId: claimed.incident_id, actor: actorOf(claimed), cause: claimed.cause });
        return "done" as const;
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    if (!claimed) throw error;
    // Not the incident's fault: it stays pending and is taken again at the next pass.
    if (isTransient(error)) return "busy";
    await markFailed(claimed, reasonOf(error));
    return "failed";
  }
}

const TRANSIENT_SQLSTATES = new Set(["55P03", "40001", "40P01"]);
const TRANSIENT_MESSAGES = /lock timeout|deadlock detected|could not serialize|Transaction already closed|expired transaction/i;

/** A lock wait that ran out, a deadlock, a transaction timeout or the database going away. */
function isTransient(error: unknown): boolean {
  if (isDatabaseUnreachable(error)) return true;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && (TRANSIENT_SQLSTATES.has(code) || code === "P2028")) return true;
    if (typeof message === "string" && TRANSIENT_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}

function actorOf(run: TClaimed): TTimelineActor {
  if (run.actor_kind === "system" || !run.actor_id) return { kind: "system", name: run.actor_name };
  return { kind: run.actor_kind as "user" | "token", id: run.actor_id, name: run.actor_name };
}

/** What the administrator is told: the rules' own words about the incident's facts, or that something else broke. */
function reasonOf(error: unknown): string {
  if (error instanceof AppError && error.code === "bad_request") {
    const fields = error.invalidParams.map((p) => `${p.name.replace(/^\//, "").replaceAll("/", ".")} ${p.reason}`).join("; ");
    return `The incident's facts cannot be read by the rules${fields ? `: ${fields}` : ""}. Correct its facts; saving them re-evaluates it.`;
  }
  if (error instanceof AppError) return `${error.message} It is tried again at the next save of its facts or of the profile.`;
  log.error("register re-evaluation failed", { error: error instanceof Error ? error.message : String(error) });
  return "An unexpected error stopped this incident's re-evaluation (see the server log). It is tried again at the next save of its facts or of the profile.";
}

/** Only while still pending: a fact save may have settled the item meanwhile, which is the better outcome. */
async function markFailed(item: TClaimed, reason: string): Promise<void> {
  await prisma.$executeRaw`
    UPDATE register_reevaluation_items SET status = 'failed', error = ${reason.slice(0, 2_000)}, finished_at = now()
     WHERE run_id = ${item.run_id}::uuid AND incident_id = ${item.incident_id}::uuid AND status = 'pending'`;
}

async function finishRuns(): Promise<void> {
  await prisma.$executeRaw`
    UPDATE register_reevaluation_runs r SET finished_at = now()
     WHERE r.finished_at IS NULL AND r.superseded_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM register_reevaluation_items i WHERE i.run_id = r.id AND i.status = 'pending')`;
}

/**
 * The worker's loop: every `intervalMs` (2 s) it looks for work, then takes batches of `limit` (50) incidents back to
 * back until the run is through, or 20 batches, so that stopping the worker waits for one batch at most.
 */
export function startReevaluationWorker(options: { intervalMs?: number; limit?: number } = {}): { stop(): Promise<void> } {
  const limit = options.limit ?? 50;
  let stopping = false;
  const loop = startPassLoop(
    "register re-evaluation",
    async () => {
      for (let batch = 0; batch < 20 && !stopping; batch += 1) {
        if ((await reevaluatePending({ limit })).processed < limit) return;
      }
    },
    options.intervalMs ?? 2_000,
  );
  return {
    async stop() {
      stopping = true;
      await loop.stop();
    },
  };
}
