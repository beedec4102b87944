import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prismaExecutor, type TSqlExecutor } from "@/lib/db/sql";

/**
 * Locks an incident's row until the transaction ends. Every timeline append takes it, so it orders everything that
 * changes an incident: a use case that reads before it writes (close guards, moment declarations, playbooks) takes
 * it first, in its own statement, so that its reads see what the transaction it waited for committed.
 */
export async function lockIncident(tx: Prisma.TransactionClient, incidentId: string): Promise<void> {
  await lockIncidentWith(prismaExecutor(tx), incidentId);
}

/** The same, in a transaction held as plain SQL. */
export async function lockIncidentWith(sql: TSqlExecutor, incidentId: string): Promise<void> {
  await sql("SELECT id FROM incidents WHERE id = $1::uuid FOR UPDATE", [incidentId]);
}
