import "server-only";
import PgBoss from "pg-boss";
import { BatchUpdateFindingsCommand } from "@aws-sdk/client-securityhub";
import { prisma } from "@/lib/db";
import { securityHubWritebackEnabled } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { securityHubClient } from "@/lib/findings/aws-clients";
import { writebackBatches, writebackNote } from "@/lib/findings/writeback-note";
import { log } from "@/lib/log";

/**
 * Optional write-back (BREACHDESK_SECURITYHUB_WRITEBACK=1): when findings are linked to an incident, Security Hub's
 * copy is marked Workflow NOTIFIED with a note naming the incident (BatchUpdateFindings). The link never waits for
 * AWS: it only enqueues a pg-boss job inside its own transaction (so a rolled-back link sends nothing and a committed
 * one is never forgotten), and the sync worker does the call, retried with backoff.
 */
export const WRITEBACK_QUEUE = "findings-writeback";

export type TWritebackJob = { incidentId: string; findingIds: string[] };

// Only used to build pg-boss's INSERT; every send goes through the caller's transaction (options.db).
let sender: PgBoss | undefined;
function jobSender(): PgBoss {
  sender ??= new PgBoss({
    schema: "pgboss",
    db: { executeSql: () => Promise.reject(new Error("jobs are only sent inside a transaction")) },
  });
  return sender;
}

/**
 * Enqueues the write-back of newly linked findings in the link's transaction. Behind a savepoint: if the queue
 * cannot take it (no worker has created the queue yet, for instance), the link still commits and a warning is logged.
 */
export async function enqueueWriteback(tx: Prisma.TransactionClient, job: TWritebackJob): Promise<void> {
  if (!securityHubWritebackEnabled() || job.findingIds.length === 0) return;
  await tx.$executeRawUnsafe("SAVEPOINT findings_writeback");
  try {
    const db = {
      executeSql: async (text: string, values: unknown[] = []) => ({
        rows: await tx.$queryRawUnsafe<{ id: string }[]>(
          text,
          ...values.map((v) => (v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v)),
        ),
      }),
    };
    const id = await jobSender().send(WRITEBACK_QUEUE, job, { db });
    if (!id) log.warn("Security Hub write-back not queued: the sync worker has not created its queue yet", { incidentId: job.incidentId });
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT findings_writeback");
  } catch (error) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT findings_writeback");
    log.warn("Security Hub write-back not queued", { incidentId: job.incidentId, error: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The job: BatchUpdateFindings per Security Hub region (the region of each ProductArn), at most 100 findings per
 * call, through the credentials of a configured Security Hub source of that region (its role ARN) or the default
 * chain. Throws when AWS refuses or leaves findings unprocessed, so pg-boss retries the job (the update is
 * idempotent: same status, same note). Only findings still linked to this incident are written.
 */
export async function runWriteback(job: TWritebackJob): Promise<{ updated: number }> {
  const incident = await prisma.incident.findUnique({ where: { id: job.incidentId }, select: { reference: true, title: true, restricted: true } });
  if (!incident) return { updated: 0 };
  const findings = await prisma.finding.findMany({
    where: { id: { in: job.findingIds }, incidentId: job.incidentId },
    select: { productArn: true, awsId: true, format: true },
  });
  const note = writebackNote(incident);
  let updated = 0;
  for (const batch of writebackBatches(findings)) {
    const source = await prisma.findingSource.findFirst({
      where: { kind: "securityhub", region: batch.region, enabled: true },
      orderBy: { createdAt: "asc" },
      select: { roleArn: true },
    });
    const client = securityHubClient({ region: batch.region, roleArn: source?.roleArn ?? "" }, 3);
    const result = await client.send(
      new BatchUpdateFindingsCommand({
        FindingIdentifiers: batch.findings.map((f) => ({ Id: f.awsId, ProductArn: f.productArn })),
        Workflow: { Status: "NOTIFIED" },
        Note: { Text: note, UpdatedBy: "Breachdesk" },
      }),
    );
    const unprocessed = result.UnprocessedFindings ?? [];
    if (unprocessed.length > 0) {
      throw new Error(`Security Hub left ${unprocessed.length} finding(s) unprocessed: ${unprocessed[0]?.ErrorCode ?? "unknown"}`);
    }
    updated += batch.findings.length;
  }
  return { updated };
}
