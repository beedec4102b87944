import "server-only";
import type { TDbClient } from "@/lib/db";
import type { TMoment } from "@/lib/clocks/types";
import type { TStoredFacts } from "@/lib/incident-facts/schemas";

/** The contract's instant form: seconds, no fraction. */
export function contractInstant(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Used while no administrator has saved the organisation profile; the register says so. */
export const PLACEHOLDER_ORGANISATION = { timeZone: "UTC", establishments: [] as string[], dataRole: "controller", flags: {} };

export const EMPTY_FACTS: TStoredFacts = { incident: {}, affected: [] };

/**
 * Builds the clock engine's input (contract `Facts`, not yet validated) from what is stored for one incident:
 * the organisation profile, the incident's facts, its current declarations (latest non-superseded per moment) and
 * the notices already sent (met obligations), as of `asOf`.
 */
export async function assembleFacts(db: TDbClient, incidentId: string, asOf: Date) {
  // One after another: `db` is often a transaction, whose one connection cannot run queries side by side (node-postgres
  // queues them with a deprecation warning today and refuses them from pg 9).
  const profile = await db.organisationProfile.findUnique({ where: { id: "default" }, select: { profile: true } });
  const stored = await db.incidentFacts.findUnique({ where: { incidentId }, select: { facts: true } });
  const declarations = await currentDeclarations(db, incidentId);
  const met = await db.obligation.findMany({ where: { incidentId, metAt: { not: null } }, select: { ruleId: true, metAt: true } });
  const moments: Partial<Record<TMoment, string>> = {};
  for (const declaration of declarations) moments[declaration.moment as TMoment] = contractInstant(declaration.at);
  return {
    organisationMissing: !profile,
    facts: factsOf({
      profile: profile?.profile,
      stored: stored?.facts,
      asOf,
      moments,
      notices: met.map((row) => ({ ruleId: row.ruleId, sentAt: contractInstant(row.metAt as Date) })),
    }),
  };
}

/** The contract `Facts` (not yet validated) from the stored parts: profile and incident facts as saved. */
export function factsOf(parts: {
  profile: unknown;
  stored: unknown;
  asOf: Date;
  moments: Partial<Record<TMoment, string>>;
  notices: { ruleId: string; sentAt: string }[];
}) {
  const facts = (parts.stored as TStoredFacts | undefined) ?? EMPTY_FACTS;
  return {
    contractVersion: "1",
    asOf: contractInstant(parts.asOf),
    organisation: (parts.profile as object | undefined) ?? PLACEHOLDER_ORGANISATION,
    incident: { personalData: "unknown", dataCategories: [], ...facts.incident },
    affected: facts.affected,
    moments: parts.moments,
    notices: parts.notices,
  };
}

/** The current declarations: per moment, the one no later declaration supersedes. */
export function currentDeclarations(db: TDbClient, incidentId: string) {
  return db.incidentDeclaration.findMany({
    where: { incidentId, supersededBy: { is: null } },
    orderBy: [{ moment: "asc" }, { recordedAt: "desc" }],
    select: { id: true, moment: true, at: true, reason: true, declaredByLabel: true, recordedAt: true },
  });
}
