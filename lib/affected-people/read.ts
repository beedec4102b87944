import "server-only";
import { prisma } from "@/lib/db";
import { dataKey } from "@/lib/env";
import { assertCan } from "@/lib/auth/assert";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { unseal } from "@/lib/crypto/field-encryption";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { ledgerCounts, listCountOverrides } from "@/lib/affected-people/queries";
import { MAX_PROBLEMS_KEPT } from "@/lib/affected-people/import";
import { ZReviewInput, type TReviewInput } from "@/lib/affected-people/schemas";

/** The ledger in numbers, the counts overridden by hand (with why), and its imports: no person's data, so anyone who may read the incident's facts may read it. */
export async function getLedgerSummary(actor: TActor, incidentId: string) {
  assertCan(actor, "incident.facts.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const [counts, overrides, imports] = await Promise.all([
    ledgerCounts(prisma, incidentId),
    listCountOverrides(prisma, incidentId),
    prisma.affectedPeopleImport.findMany({
      where: { incidentId },
      orderBy: { startedAt: "desc" },
      take: 50,
      select: {
        id: true, fileName: true, format: true, contentSha256: true, status: true, failure: true, rowsRead: true, rowsAccepted: true, rowsRejected: true,
        peopleAdded: true, peopleUpdated: true, unresolved: true, importedByLabel: true, startedAt: true, finishedAt: true,
      },
    }),
  ]);
  return { counts, overrides, imports, keyConfigured: dataKey() !== undefined };
}

/** An import's refused rows: line, field and reason (the first MAX_PROBLEMS_KEPT). */
export async function getImportProblems(actor: TActor, incidentId: string, importId: string) {
  assertCan(actor, "ledger.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const found = await prisma.affectedPeopleImport.findFirst({ where: { id: importId, incidentId }, select: { id: true, rowsRejected: true } });
  if (!found) throw AppError.notFound("The import");
  const problems = await prisma.affectedPeopleImportProblem.findMany({ where: { importId }, orderBy: { line: "asc" }, select: { line: true, field: true, reason: true } });
  return { rowsRejected: found.rowsRejected, problems, truncated: found.rowsRejected > problems.length, keptAtMost: MAX_PROBLEMS_KEPT };
}

/**
 * People whose jurisdiction could not be told, with what identifies them, for review: decrypted here, and the view is
 * recorded on the timeline (who, how many, why) in the same transaction.
 */
export async function reviewUnresolvedPeople(actor: TActor, incidentId: string, input: TReviewInput) {
  assertCan(actor, "ledger.read");
  const data = ZReviewInput.parse(input);
  const key = dataKey();
  if (!key) throw AppError.conflict("This console has no BREACHDESK_DATA_KEY, so the ledger's contact data cannot be read.");
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const rows = await tx.affectedPerson.findMany({
      where: { incidentId, jurisdiction: null },
      orderBy: { createdAt: "asc" },
      take: data.limit,
      select: { id: true, identifierSealed: true, nameSealed: true, jurisdictionRule: true, hasEmail: true, hasPostalAddress: true, dataCategories: true },
    });
    const people = rows.map((row) => ({
      id: row.id,
      identifier: unseal(key, row.identifierSealed),
      name: row.nameSealed ? unseal(key, row.nameSealed) : null,
      why: row.jurisdictionRule,
      hasEmail: row.hasEmail,
      hasPostalAddress: row.hasPostalAddress,
      dataCategories: row.dataCategories,
    }));
    await appendTimelineEvent(tx, { incidentId, kind: "people.viewed", actor, payload: { what: `the identifiers and names (unresolved jurisdiction; reason: ${data.reason})`, people: people.length } });
    return { people };
  });
}
