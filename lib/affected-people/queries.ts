import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TCountOverride, TLedgerCounts } from "@/lib/affected-people/ledger-facts";

/**
 * The ledger counted per jurisdiction (with the union of its people's data categories), in one statement: two passes
 * over the incident's people, one counting and one collecting categories, joined per jurisdiction (a correlated
 * subquery per jurisdiction read every person again for each of them: 8 s for 100,000 people in 71 places).
 */
export async function ledgerCounts(db: Prisma.TransactionClient, incidentId: string): Promise<TLedgerCounts> {
  const rows = await db.$queryRaw<{ jurisdiction: string | null; people: bigint; data_categories: string[] | null }[]>`
    SELECT counted.jurisdiction, counted.people, categories.data_categories
      FROM (SELECT jurisdiction, count(*) AS people
              FROM affected_people
             WHERE incident_id = ${incidentId}::uuid
             GROUP BY jurisdiction) AS counted
      LEFT JOIN (SELECT jurisdiction, array_agg(category ORDER BY category) AS data_categories
                   FROM (SELECT DISTINCT person.jurisdiction, category
                           FROM affected_people person, unnest(person.data_categories) AS category
                          WHERE person.incident_id = ${incidentId}::uuid) AS distinct_categories
                  GROUP BY jurisdiction) AS categories
        ON categories.jurisdiction IS NOT DISTINCT FROM counted.jurisdiction
     ORDER BY counted.jurisdiction`;
  const placed = rows.filter((row): row is typeof row & { jurisdiction: string } => row.jurisdiction !== null);
  return {
    total: rows.reduce((sum, row) => sum + Number(row.people), 0),
    unresolved: Number(rows.find((row) => row.jurisdiction === null)?.people ?? 0),
    byJurisdiction: placed.map((row) => ({ jurisdiction: row.jurisdiction, people: Number(row.people), dataCategories: row.data_categories ?? [] })),
    dataCategories: [...new Set(rows.flatMap((row) => row.data_categories ?? []))].sort(),
  };
}

/** The incident's count overrides, as ledgerFacts takes them. */
export async function countOverrides(db: Prisma.TransactionClient, incidentId: string): Promise<TCountOverride[]> {
  return db.affectedCountOverride.findMany({ where: { incidentId }, orderBy: { jurisdiction: "asc" }, select: { jurisdiction: true, count: true } });
}

export const OVERRIDE_SELECT = { jurisdiction: true, count: true, reason: true, setByLabel: true, setAt: true } as const;

/** The overrides with who set them, when and why (no person's data). */
export async function listCountOverrides(db: Prisma.TransactionClient, incidentId: string) {
  return db.affectedCountOverride.findMany({ where: { incidentId }, orderBy: { jurisdiction: "asc" }, select: OVERRIDE_SELECT });
}
