import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import type { TUnitResult } from "@/lib/inventory/run";

/** What the data stores page shows about discovery: the latest run (per unit, its error if any) and recent changes. */
export async function inventoryOverview(actor: TActor, changesLimit = 20) {
  assertCan(actor, "datastore.list");
  const [lastRun, changes] = await Promise.all([
    prisma.inventoryRun.findFirst({ orderBy: { startedAt: "desc" } }),
    prisma.dataStoreChange.findMany({ orderBy: [{ at: "desc" }, { id: "asc" }], take: changesLimit }),
  ]);
  return {
    lastRun: lastRun ? { ...lastRun, results: lastRun.results as unknown as TUnitResult[] } : null,
    changes: changes.map((c) => ({ ...c, before: c.before as Record<string, unknown> | null, after: c.after as Record<string, unknown> | null })),
  };
}
