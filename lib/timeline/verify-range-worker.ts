/**
 * Worker thread entry (lib/timeline/parallel-verify.ts): verifies ranges of a timeline's hash chain, each on
 * its own database connection, and posts back each segment's result. Reading and hashing are the whole cost of
 * verification, so a long timeline split across workers uses every core, and the request thread stays free.
 * Imports nothing that needs the Next.js server environment.
 */
import { parentPort } from "node:worker_threads";
import pg from "pg";
import { fastTypes } from "@/lib/db/timestamptz";
import { CHAIN_PAGE_SQL, type TVerifyRangeJob, verifyPages } from "@/lib/timeline/chain-range";
import type { TVerifyRangeReply } from "@/lib/timeline/parallel-verify";
import { ChainVerifier, type TChainRow } from "@/lib/timeline/verify-chain";

async function verifyRange({ databaseUrl, incidentId, afterSequence, throughSequence }: TVerifyRangeJob) {
  const client = new pg.Client({
    connectionString: databaseUrl,
    application_name: "breachdesk-verify",
    options: "-c TimeZone=UTC",
    types: fastTypes,
  });
  await client.connect();
  try {
    const verifier = ChainVerifier.segment();
    const fetchPage = async (after: number, limit: number) =>
      (await client.query<TChainRow>(CHAIN_PAGE_SQL, [incidentId, after, throughSequence, limit])).rows;
    await verifyPages(fetchPage, verifier, afterSequence);
    return verifier.result();
  } finally {
    await client.end();
  }
}

parentPort!.on("message", ({ jobId, job }: { jobId: number; job: TVerifyRangeJob }) => {
  const reply = (message: TVerifyRangeReply) => parentPort!.postMessage(message);
  verifyRange(job).then(
    (result) => reply({ jobId, result }),
    (error: unknown) => reply({ jobId, error: error instanceof Error ? error.message : String(error) }),
  );
});
