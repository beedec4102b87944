import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/policy";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { lockIncident } from "@/lib/timeline/incident-lock";
import { changeFactsIn } from "@/lib/fact-changes/update-facts";
import { ledgerFacts } from "@/lib/affected-people/ledger-facts";
import { countOverrides, ledgerCounts } from "@/lib/affected-people/queries";

/** Merging a million staged rows and re-evaluating the register takes longer than an ordinary request's transaction. */
const APPLY_TX = { timeout: 10 * 60_000, maxWait: 60_000 };

/**
 * Applies a staged import in one transaction: the staged rows merge set-based (hash aggregates and joins on the
 * identifier, no sort of the wide rows) into the ledger (one person per identifier: a
 * later value replaces an earlier one, an empty one keeps it, data categories add up, a resolved jurisdiction is
 * never replaced by an unresolved one), the ledger's counts replace the facts' for the jurisdictions it covers, except
 * where a manual override (lib/affected-people/overrides.ts) gives the count (so thresholds appear or disappear, and the register is re-evaluated with the usual diff on the timeline), the
 * import is marked applied, and its staged rows are deleted.
 */
export async function applyStagedImport(actor: TActor, incidentId: string, importId: string) {
  return prisma.$transaction(async (tx) => {
    await lockIncident(tx, incidentId);
    // The hash aggregates and joins below hold one entry per identifier; with the default 4 MB a million rows spill
    // to disk. For this one transaction they may take memory.
    await tx.$executeRawUnsafe("SET LOCAL work_mem = '256MB'");
    // The staging table's statistics are fresh (importAffectedPeople analyses it before this transaction): the joins
    // below are planned as hash joins over the import's real row count.
    const [merged] = await tx.$queryRaw<{ added: bigint; updated: bigint; unresolved: bigint }[]>`
      WITH identifiers AS MATERIALIZED (
        -- one narrow row per identifier: its last line, and whether it repeats (a hash aggregate, no sort of the
        -- wide sealed rows)
        SELECT identifier_hash, max(line) AS last_line, count(*) > 1 AS repeats
          FROM affected_people_staging
         WHERE import_id = ${importId}::uuid
         GROUP BY identifier_hash
      ), repeated_categories AS (
        -- the union of data categories, only for the few identifiers that repeat; a single row's are already a
        -- sorted set (readPersonRow)
        SELECT s.identifier_hash, array_agg(DISTINCT category ORDER BY category) AS data_categories
          FROM identifiers i
          JOIN affected_people_staging s ON s.import_id = ${importId}::uuid AND s.identifier_hash = i.identifier_hash,
               unnest(s.data_categories) AS category
         WHERE i.repeats
         GROUP BY s.identifier_hash
      ), upserted AS (
        INSERT INTO affected_people AS person (
          id, incident_id, identifier_hash, identifier_sealed, name_sealed, email_sealed, address_sealed, has_email, has_postal_address,
          jurisdiction, jurisdiction_rule, data_categories, first_import_id, last_import_id
        )
        SELECT gen_random_uuid(), ${incidentId}::uuid, s.identifier_hash, s.identifier_sealed, s.name_sealed, s.email_sealed, s.address_sealed,
               s.email_sealed IS NOT NULL, s.address_sealed IS NOT NULL, s.jurisdiction, s.jurisdiction_rule,
               COALESCE(c.data_categories, s.data_categories), ${importId}::uuid, ${importId}::uuid
          FROM identifiers i
          JOIN affected_people_staging s ON s.import_id = ${importId}::uuid AND s.line = i.last_line AND s.identifier_hash = i.identifier_hash
          LEFT JOIN repeated_categories c ON c.identifier_hash = i.identifier_hash
        ON CONFLICT (incident_id, identifier_hash) DO UPDATE SET
          name_sealed = COALESCE(EXCLUDED.name_sealed, person.name_sealed),
          email_sealed = COALESCE(EXCLUDED.email_sealed, person.email_sealed),
          address_sealed = COALESCE(EXCLUDED.address_sealed, person.address_sealed),
          has_email = person.has_email OR EXCLUDED.has_email,
          has_postal_address = person.has_postal_address OR EXCLUDED.has_postal_address,
          jurisdiction = CASE WHEN EXCLUDED.jurisdiction IS NOT NULL OR person.jurisdiction IS NULL THEN EXCLUDED.jurisdiction ELSE person.jurisdiction END,
          jurisdiction_rule = CASE WHEN EXCLUDED.jurisdiction IS NOT NULL OR person.jurisdiction IS NULL THEN EXCLUDED.jurisdiction_rule ELSE person.jurisdiction_rule END,
          data_categories = ARRAY(SELECT DISTINCT unnest(person.data_categories || EXCLUDED.data_categories) ORDER BY 1),
          last_import_id = EXCLUDED.last_import_id,
          updated_at = now()
        RETURNING (xmax = 0) AS inserted, jurisdiction
      )
      SELECT count(*) FILTER (WHERE inserted) AS added, count(*) FILTER (WHERE NOT inserted) AS updated,
             count(*) FILTER (WHERE jurisdiction IS NULL) AS unresolved
        FROM upserted`;
    await tx.$executeRaw`DELETE FROM affected_people_staging WHERE import_id = ${importId}::uuid`;
    const counts = await ledgerCounts(tx, incidentId);
    const overrides = await countOverrides(tx, incidentId);
    const record = await tx.affectedPeopleImport.update({
      where: { id: importId },
      data: { status: "applied", peopleAdded: Number(merged!.added), peopleUpdated: Number(merged!.updated), unresolved: Number(merged!.unresolved), finishedAt: new Date() },
      select: { id: true, fileName: true, contentSha256: true, rowsRead: true, rowsAccepted: true, rowsRejected: true, peopleAdded: true, peopleUpdated: true, unresolved: true },
    });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "people.imported",
      actor,
      payload: {
        importId, fileName: record.fileName, contentSha256: record.contentSha256, rowsRead: record.rowsRead, rowsRejected: record.rowsRejected,
        peopleAdded: record.peopleAdded, peopleUpdated: record.peopleUpdated, unresolved: record.unresolved,
        ledgerTotal: counts.total, byJurisdiction: counts.byJurisdiction.map(({ jurisdiction, people }) => ({ jurisdiction, people })),
      },
    });
    const facts = await changeFactsIn(
      tx, actor, incidentId,
      { expectedVersion: null, reason: `Affected-people ledger: import of “${record.fileName}” (${counts.total.toLocaleString("en-US")} people in the ledger)` },
      (current) => ledgerFacts(current, counts, overrides),
    );
    return { import: record, ledger: counts, facts: { version: facts.version, changes: facts.changes } };
  }, APPLY_TX);
}
