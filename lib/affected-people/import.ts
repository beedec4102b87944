import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { prisma } from "@/lib/db";
import { withSqlTransaction } from "@/lib/db/sql";
import { dataKey } from "@/lib/env";
import { assertCan } from "@/lib/auth/assert";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { blindIndex, seal } from "@/lib/crypto/field-encryption";
import { actorLabel } from "@/lib/timeline/append";
import { copyLine } from "@/lib/affected-people/copy-text";
import { guessMapping, missingColumns, ZLedgerMapping, type TLedgerMapping } from "@/lib/affected-people/mapping";
import { readPersonRow, type TDeriveJurisdiction, type TRowProblem } from "@/lib/affected-people/person-row";
import { readLedgerRecords, type TLedgerFormat } from "@/lib/affected-people/read-records";
import { applyStagedImport } from "@/lib/affected-people/apply-import";
import { deriveJurisdiction } from "@/lib/affected-people/jurisdiction/derive";

/**
 * Imports an extract of affected people into an incident's ledger, in two steps so that nothing of a bad import is
 * half-applied and no transaction is held while the client uploads:
 *
 *   stage   the file streams through, row by row: each row is read (readPersonRow), its contact data sealed with
 *           BREACHDESK_DATA_KEY, and COPYed into affected_people_staging under the import's id, in one transaction
 *           (a file that breaks — not UTF-8, a broken CSV quote, too large — rolls it all back); a refused row is
 *           recorded with its line and reason and the rest goes on
 *   apply   one transaction merges the staged rows into the ledger (duplicates by identifier), feeds the counts to
 *           the incident's facts, which re-evaluates the obligations, and writes the timeline (applyStagedImport)
 */

/** Problems kept per import; the import counts every one. */
export const MAX_PROBLEMS_KEPT = 10_000;
const COPY_CHUNK_CHARS = 64 * 1024;

export type TImportInput = { body: AsyncIterable<Uint8Array>; format: TLedgerFormat; fileName: string; mapping?: unknown };

function requireKey(): Buffer {
  const key = dataKey();
  if (!key) {
    throw AppError.conflict("The affected-people ledger stores contact data encrypted, and this console has no key: set BREACHDESK_DATA_KEY (32 random bytes in base64, `openssl rand -base64 32`) and restart it.");
  }
  return key;
}

/** The mapping to use: the one given, else the incident's last import's, else one guessed from the column names. */
async function mappingFor(incidentId: string, given: unknown): Promise<TLedgerMapping | null> {
  if (given !== undefined) {
    const parsed = ZLedgerMapping.safeParse(given);
    if (!parsed.success) {
      throw AppError.badRequest("The column mapping is not valid.", parsed.error.issues.map((issue) => ({ name: ["mapping", ...issue.path].join("."), reason: issue.message })));
    }
    return parsed.data;
  }
  const last = await prisma.affectedPeopleImport.findFirst({ where: { incidentId, status: "applied" }, orderBy: { startedAt: "desc" }, select: { mapping: true } });
  const reused = last ? ZLedgerMapping.safeParse(last.mapping) : null;
  return reused?.success ? reused.data : null;
}

export async function importAffectedPeople(actor: TActor, incidentId: string, input: TImportInput, derive: TDeriveJurisdiction = deriveJurisdiction) {
  assertCan(actor, "ledger.import");
  const key = requireKey();
  await requireVisibleIncident(prisma, actor, incidentId);
  let mapping = await mappingFor(incidentId, input.mapping);

  const created = await prisma.affectedPeopleImport.create({
    data: {
      incidentId, fileName: input.fileName, format: input.format, mapping: mapping ?? {},
      importedById: actor.kind === "user" ? actor.id : null, importedByLabel: actorLabel(actor),
    },
    select: { id: true },
  });
  const importId = created.id;
  const problems: (TRowProblem & { line: number })[] = [];
  let rowsRead = 0;
  let rowsRejected = 0;
  const digest: { sha256?: string } = {};
  const refuse = (line: number, problem: TRowProblem) => {
    rowsRejected += 1;
    if (problems.length < MAX_PROBLEMS_KEPT) problems.push({ line, ...problem });
  };

  try {
    await withSqlTransaction(async (client) => {
      const copy = client.query(copyFrom(
        "COPY affected_people_staging (import_id, line, identifier_hash, identifier_sealed, name_sealed, email_sealed, address_sealed, jurisdiction, jurisdiction_rule, data_categories) FROM STDIN",
      ));
      const onColumns = (columns: string[]) => {
        mapping ??= guessMapping(columns);
        if (!mapping) {
          throw AppError.badRequest("No column of the file looks like an identifier; send a column mapping naming it.", [{ name: "mapping.identifier", reason: "is required: no column is named like an identifier (id, customer_id…)" }]);
        }
        const missing = missingColumns(mapping, columns);
        if (missing.length > 0) {
          throw AppError.badRequest("The file lacks columns the mapping names; nothing was imported.", missing.map(({ field, column }) => ({ name: `mapping.${field}`, reason: `names the column “${column.slice(0, 60)}”, which the file does not have` })));
        }
      };
      // Rows go to the COPY in chunks of about 64 KiB: one socket write per row cost more than parsing the row.
      async function* lines(): AsyncGenerator<string> {
        let chunk = "";
        for await (const item of readLedgerRecords(input.body, input.format, onColumns, digest)) {
          rowsRead += 1;
          if ("problem" in item) {
            refuse(item.line, { field: null, reason: item.problem });
            continue;
          }
          const read = readPersonRow(item.record, mapping!, derive);
          if (!read.ok) {
            refuse(item.line, read.problem);
            continue;
          }
          const p = read.person;
          chunk += copyLine([
            importId, item.line, blindIndex(key, p.identifier), seal(key, p.identifier),
            p.name === null ? null : seal(key, p.name), p.email === null ? null : seal(key, p.email), p.address === null ? null : seal(key, p.address),
            p.jurisdiction, p.jurisdictionRule, p.dataCategories,
          ]);
          if (chunk.length >= COPY_CHUNK_CHARS) {
            yield chunk;
            chunk = "";
          }
        }
        if (chunk) yield chunk;
      }
      await pipeline(Readable.from(lines()), copy);
    });
  } catch (error) {
    await markFailed(importId, error);
    throw error;
  }

  await prisma.affectedPeopleImport.update({
    where: { id: importId },
    data: { mapping: mapping ?? {}, contentSha256: digest.sha256 ?? null, rowsRead, rowsRejected, rowsAccepted: rowsRead - rowsRejected },
  });
  if (problems.length > 0) {
    for (let start = 0; start < problems.length; start += 1_000) {
      await prisma.affectedPeopleImportProblem.createMany({
        data: problems.slice(start, start + 1_000).map((p) => ({ importId, line: p.line, field: p.field, reason: p.reason.slice(0, 500) })),
      });
    }
  }
  try {
    // Fresh statistics for the merge: the staging table was just filled by COPY and autovacuum has not seen it, so the
    // planner took the import's rows for a handful and chose nested loops (at 1,000,000 rows the merge never
    // finished). Outside the apply transaction, whose lock would otherwise queue other imports' merges behind it.
    await prisma.$executeRawUnsafe("ANALYZE affected_people_staging");
    return await applyStagedImport(actor, incidentId, importId);
  } catch (error) {
    await markFailed(importId, error);
    throw error;
  }
}

async function markFailed(importId: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await prisma.$executeRaw`DELETE FROM affected_people_staging WHERE import_id = ${importId}::uuid`;
  await prisma.affectedPeopleImport.update({ where: { id: importId }, data: { status: "failed", failure: message.slice(0, 2_000), finishedAt: new Date() } });
}
