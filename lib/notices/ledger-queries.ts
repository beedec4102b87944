import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type TTx = Prisma.TransactionClient;

/** The ids and e-mail presence of the ledger's people of one jurisdiction (no contact data: nothing is unsealed). */
export function ledgerPeopleOf(tx: TTx, incidentId: string, jurisdiction: string) {
  return tx.affectedPerson.findMany({ where: { incidentId, jurisdiction }, orderBy: { id: "asc" }, select: { id: true, hasEmail: true } });
}

/** The incident's latest applied import: the ledger state a selection was taken from. */
export async function latestAppliedImportId(tx: TTx, incidentId: string): Promise<string | null> {
  const found = await tx.affectedPeopleImport.findFirst({ where: { incidentId, status: "applied" }, orderBy: { startedAt: "desc" }, select: { id: true } });
  return found?.id ?? null;
}

export function findLedgerSelection(tx: TTx, noticeId: string) {
  return tx.noticeLedgerSelection.findUnique({ where: { noticeId } });
}
