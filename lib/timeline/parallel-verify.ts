import os from "node:os";
import { Worker } from "node:worker_threads";
import type { TVerifyRangeJob } from "@/lib/timeline/chain-range";
import type { TSegmentResult } from "@/lib/timeline/verify-chain";

export type TVerifyRangeReply = { jobId: number } & ({ result: TSegmentResult } | { error: string });

type TPending = { resolve: (result: TSegmentResult) => void; reject: (error: Error) => void };
type TPooledWorker = { worker: Worker; pending: Map<number, TPending> };

/** Splits sequence numbers 1…lastSequence into `parts` contiguous ranges of about equal size. */
export function splitSequences(lastSequence: number, parts: number): { afterSequence: number; throughSequence: number }[] {
  const count = Math.max(1, Math.min(parts, lastSequence));
  return Array.from({ length: count }, (_, i) => ({
    afterSequence: Math.floor((lastSequence * i) / count),
    throughSequence: Math.floor((lastSequence * (i + 1)) / count),
  }));
}

export function verificationThreads(): number {
  return Math.max(2, Math.min(4, os.availableParallelism()));
}

/**
 * Workers are started on first use and kept: starting one (loading pg and the hashing code) costs a few hundred
 * milliseconds, a quarter of verifying 100,000 events. They are unref'd, so an idle pool never keeps a process
 * alive, and a worker that fails is dropped (its jobs rejected) and replaced on the next call.
 */
const pool: TPooledWorker[] = [];
let nextJobId = 1;
let nextWorker = 0;

function startWorker(): TPooledWorker {
  const entry = new URL("./verify-range-worker.ts", import.meta.url);
  // Bundled by Next.js the entry is an asset copied as TypeScript, and from source (tests, scripts) it is
  // TypeScript too: Node runs it through tsx's CommonJS hook (Node 20 does not apply `--import` loaders in
  // workers). tsx is a runtime dependency of the console (its launcher and worker use it).
  const pooled: TPooledWorker = {
    worker: new Worker(entry, { execArgv: entry.pathname.endsWith(".ts") ? ["--require", "tsx/cjs"] : [] }),
    pending: new Map(),
  };
  const fail = (error: Error) => {
    const index = pool.indexOf(pooled);
    if (index >= 0) pool.splice(index, 1);
    for (const { reject } of pooled.pending.values()) reject(error);
    pooled.pending.clear();
  };
  pooled.worker.on("message", (reply: TVerifyRangeReply) => {
    const pending = pooled.pending.get(reply.jobId);
    pooled.pending.delete(reply.jobId);
    if ("result" in reply) pending?.resolve(reply.result);
    else pending?.reject(new Error(reply.error));
    if (pooled.pending.size === 0) pooled.worker.unref();
  });
  pooled.worker.on("error", fail);
  pooled.worker.on("exit", (code) => fail(new Error(`the verification worker exited with code ${code}`)));
  pooled.worker.unref();
  return pooled;
}

function runJob(job: TVerifyRangeJob, threads: number): Promise<TSegmentResult> {
  while (pool.length < threads) pool.push(startWorker());
  const pooled = pool[nextWorker++ % pool.length]!;
  const jobId = nextJobId++;
  return new Promise((resolve, reject) => {
    pooled.pending.set(jobId, { resolve, reject });
    // Referenced while it has work, so a script waiting on a verification is not cut short.
    pooled.worker.ref();
    pooled.worker.postMessage({ jobId, job });
  });
}

/**
 * Verifies sequence numbers 1…lastSequence of an incident's timeline in `threads` worker threads, one range
 * each, and returns their segments in sequence order for `joinSegments`.
 */
export function verifyInWorkers(databaseUrl: string, incidentId: string, lastSequence: number, threads: number): Promise<TSegmentResult[]> {
  return Promise.all(splitSequences(lastSequence, threads).map((range) => runJob({ databaseUrl, incidentId, ...range }, threads)));
}
