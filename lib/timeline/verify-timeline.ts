import "server-only";
import { sqlRows } from "@/lib/db/sql";
import { databaseUrl } from "@/lib/env";
import { log } from "@/lib/log";
import { findChainPage } from "@/lib/timeline/queries";
import { verifyPages } from "@/lib/timeline/chain-range";
import { verificationThreads, verifyInWorkers } from "@/lib/timeline/parallel-verify";
import { ChainVerifier, joinSegments, type TChainVerdict } from "@/lib/timeline/verify-chain";

/** Below this many events, starting worker threads costs more than it saves. */
const PARALLEL_FROM_EVENTS = 20_000;

export type TVerifyOptions = { parallelFromEvents?: number };

async function lastSequenceOf(incidentId: string): Promise<number> {
  const [row] = await sqlRows<{ last: number | null }>(
    "SELECT max(sequence) AS last FROM timeline_events WHERE incident_id = $1::uuid",
    [incidentId],
  );
  return row?.last ?? 0;
}

async function verifyHere(incidentId: string): Promise<TChainVerdict> {
  const verifier = new ChainVerifier();
  await verifyPages((after, limit) => findChainPage(incidentId, after, limit), verifier);
  return { ok: verifier.broken === null, checked: verifier.checked, broken: verifier.broken };
}

/**
 * Recomputes an incident's hash chain from the first event and names the first broken link: a changed event,
 * one that no longer points at its predecessor, or a gap left by a removed one. A long timeline is cut into
 * ranges verified in worker threads at once and joined into the verdict one pass in order would give; if the
 * workers cannot run, the same check runs here, in order. No permission check: callers check first.
 */
export async function verifyIncidentChain(incidentId: string, options: TVerifyOptions = {}): Promise<TChainVerdict> {
  const lastSequence = await lastSequenceOf(incidentId);
  if (lastSequence < (options.parallelFromEvents ?? PARALLEL_FROM_EVENTS)) return verifyHere(incidentId);
  try {
    return joinSegments(await verifyInWorkers(databaseUrl(), incidentId, lastSequence, verificationThreads()));
  } catch (error) {
    log.warn("timeline verification workers failed; verifying in the request thread", {
      error: error instanceof Error ? error.message : String(error),
    });
    return verifyHere(incidentId);
  }
}
