import "server-only";
import { prisma } from "@/lib/db";
import { RULES_BY_ID } from "@/lib/clocks/catalog";
import type { TObligation } from "@/lib/clocks/types";
import { assertCan } from "@/lib/auth/assert";
import { OBLIGATION_OWNER_ROLES, type TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { listAssignees, requireAssignee } from "@/lib/incidents/assignees";
import { findIncidentCoverage } from "@/lib/obligations/coverage";
import { writeObligationOwner } from "@/lib/obligations/owners";
import { findLatestReviews } from "@/lib/rules/queries";
import { reviewKey, type TCounselReview } from "@/lib/rules/review";
import { ZSetOwnerInput, type TSetOwnerInput } from "@/lib/obligations/schemas";

export type TRegisterRow = {
  id: string;
  ruleId: string;
  recipient: string;
  ruleVersion: string;
  /** The catalog's current version of the rule when it is newer than the one this obligation runs under. */
  newerRuleVersion: string | null;
  applies: "yes" | "no" | "undetermined";
  status: string;
  dueAt: string | null;
  metAt: string | null;
  retiredAt: string | null;
  owner: { id: string; name: string } | null;
  evaluation: TObligation;
  /** Counsel's review of the rule at the version this obligation runs under (a review of another version does not count). */
  counselReview: TCounselReview | null;
};

/** The stored register of an incident and its coverage (gaps included), as the Obligations page and the API show it. */
export async function getRegister(actor: TActor, incidentId: string) {
  assertCan(actor, "obligation.list");
  await requireVisibleIncident(prisma, actor, incidentId);
  const [rows, profile, coverage] = await Promise.all([
    prisma.obligation.findMany({
      where: { incidentId },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { ruleId: "asc" }],
      select: {
        id: true, ruleId: true, recipient: true, ruleVersion: true, applies: true, status: true, dueAt: true, metAt: true,
        retiredAt: true, evaluation: true, owner: { select: { id: true, name: true } },
      },
    }),
    prisma.organisationProfile.findUnique({ where: { id: "default" }, select: { id: true } }),
    findIncidentCoverage(incidentId),
  ]);
  const reviews = await findLatestReviews(rows.map((row) => row.ruleId));
  const obligations: TRegisterRow[] = rows.map((row) => {
    const current = RULES_BY_ID.get(row.ruleId as TObligation["ruleId"]);
    return {
      ...row,
      dueAt: row.dueAt?.toISOString() ?? null,
      metAt: row.metAt?.toISOString() ?? null,
      retiredAt: row.retiredAt?.toISOString() ?? null,
      newerRuleVersion: current && current.version !== row.ruleVersion && !row.retiredAt ? current.version : null,
      evaluation: row.evaluation as TObligation,
      counselReview: reviews.get(reviewKey(row.ruleId, row.ruleVersion)) ?? null,
    };
  });
  return { obligations, organisationProfileSet: Boolean(profile), coverage };
}

/** People who may own an obligation of this incident (on a need-to-know incident, only those who may see it). */
export async function listObligationOwners(actor: TActor, incidentId: string) {
  assertCan(actor, "obligation.assign");
  const incident = await requireVisibleIncident(prisma, actor, incidentId);
  return listAssignees(incident, OBLIGATION_OWNER_ROLES, { id: true, name: true });
}

/** Assigns (or clears) an obligation's owner, who gets its reminders; the timeline records who changed it. */
export async function setObligationOwner(actor: TActor, incidentId: string, obligationId: string, input: TSetOwnerInput) {
  assertCan(actor, "obligation.assign");
  const data = ZSetOwnerInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const incident = await requireVisibleIncident(tx, actor, incidentId);
    const obligation = await tx.obligation.findFirst({
      where: { id: obligationId, incidentId },
      select: { id: true, ruleId: true, recipient: true, version: true, owner: { select: { id: true, name: true } } },
    });
    if (!obligation) throw AppError.notFound("The obligation");
    const owner = data.ownerId ? await requireAssignee(tx, incident, data.ownerId, { field: "ownerId", roles: OBLIGATION_OWNER_ROLES }) : null;
    if ((obligation.owner?.id ?? null) === (owner?.id ?? null)) return { owner };
    await writeObligationOwner(tx, actor, incidentId, obligation, owner);
    return { owner };
  });
}

/** Open obligations (applies yes, not met, not retired) of these incidents: they keep an incident from closing. */
export function openObligationsWhere(incidentIds: readonly string[]) {
  return { incidentId: { in: [...incidentIds] }, applies: "yes" as const, metAt: null, retiredAt: null };
}
