import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma, type TDbClient } from "@/lib/db";
import { CATALOG, CATALOG_VERSION } from "@/lib/clocks/catalog";
import { evaluate } from "@/lib/clocks/engine";
import type { TCoverage, TEvaluation } from "@/lib/clocks/types";
import { validateFacts } from "@/lib/clocks/validate";
import { factsOf } from "@/lib/obligations/assemble";

/**
 * Coverage of an incident's register (contract §3a). It is stored with the register, from the same evaluation and in
 * the same transaction (syncRegister), rather than recomputed when a page is read: after a catalog change a
 * recomputation would already count the new rules while the stored obligations beside it do not have them yet, and
 * the page would call a jurisdiction covered that has no row. Stored, the gaps always describe the register shown.
 */

export type TIncidentCoverage = { catalogVersion: string; coverage: TCoverage[] };

const NONE: TIncidentCoverage = { catalogVersion: CATALOG_VERSION, coverage: [] };

/** Writes the coverage of the evaluation the register was just planned from (inside syncRegister's transaction). */
export async function storeCoverage(tx: Prisma.TransactionClient, incidentId: string, evaluation: TEvaluation, now: Date) {
  const data = {
    catalogVersion: evaluation.catalogVersion,
    coverage: evaluation.coverage as unknown as Prisma.InputJsonValue,
    evaluatedAt: now,
  };
  await tx.incidentCoverage.upsert({ where: { incidentId }, create: { incidentId, ...data }, update: data });
}

/**
 * The stored coverage of each incident. An incident whose register was last evaluated before coverage was stored
 * has no row: its coverage is computed from its facts and the organisation profile with the current catalog (what
 * coverage depends on; moments and notices change no row's presence), so no page shows it as silently complete.
 * Two queries whatever the number of incidents, for the portfolio.
 */
export async function findCoverage(incidentIds: readonly string[], db: TDbClient = prisma, now = new Date()) {
  const result = new Map<string, TIncidentCoverage>();
  if (incidentIds.length === 0) return result;
  const rows = await db.incidentCoverage.findMany({
    where: { incidentId: { in: [...incidentIds] } },
    select: { incidentId: true, catalogVersion: true, coverage: true },
  });
  for (const row of rows) {
    result.set(row.incidentId, { catalogVersion: row.catalogVersion, coverage: row.coverage as unknown as TCoverage[] });
  }
  const missing = incidentIds.filter((incidentId) => !result.has(incidentId));
  if (missing.length > 0) {
    // One after another: `db` may be a transaction (one connection, no queries side by side).
    const profile = await db.organisationProfile.findUnique({ where: { id: "default" }, select: { profile: true } });
    const stored = await db.incidentFacts.findMany({ where: { incidentId: { in: missing } }, select: { incidentId: true, facts: true } });
    const factsById = new Map(stored.map((row) => [row.incidentId, row.facts]));
    for (const incidentId of missing) {
      const facts = factsOf({ profile: profile?.profile, stored: factsById.get(incidentId), asOf: now, moments: {}, notices: [] });
      result.set(incidentId, computeCoverage(facts));
    }
  }
  return result;
}

export async function findIncidentCoverage(incidentId: string, db: TDbClient = prisma): Promise<TIncidentCoverage> {
  return (await findCoverage([incidentId], db)).get(incidentId) ?? NONE;
}

function computeCoverage(facts: unknown): TIncidentCoverage {
  const validation = validateFacts(facts);
  if (!validation.ok) return NONE;
  const evaluation = evaluate(validation.facts, CATALOG);
  return { catalogVersion: evaluation.catalogVersion, coverage: evaluation.coverage };
}
