import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TCountOverride, TLedgerCounts } from "@/lib/affected-people/ledger-facts";

/** The ledger counted per jurisdiction (with the union of its people's data categories), in one statement. */
export async function ledgerCounts(db: Prisma.TransactionClient, incidentId: string): Promise<TLedgerCounts> {
  const rows = await db.$queryRaw<{ jurisdiction: string | null; people: bigint; data_categories: string[] | null }[]>`
    SELECT jurisdiction, count(*) AS people,
           (SELECT array_agg(DISTINCT category ORDER BY category)
              FROM affected_people inner_person, unnest(inner_person.data_categories) AS category
             WHERE inner_person.incident_id = ${incidentId}::uuid AND inner_person.jurisdiction IS NOT DISTINCT FROM person.jurisdiction) AS data_categories
      FROM affected_people person
     WHERE incident_id = ${incidentId}::uuid
     GROUP BY jurisdiction
     ORDER BY jurisdiction`;
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
