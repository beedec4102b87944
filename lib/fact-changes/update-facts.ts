import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import { validateFacts } from "@/lib/clocks/validate";
import { AppError } from "@/lib/errors/app-error";
import { factChanges } from "@/lib/incident-facts/changes";
import { ZUpdateFactsInput, type TStoredFacts, type TUpdateFactsInput } from "@/lib/incident-facts/schemas";
import { EMPTY_FACTS } from "@/lib/obligations/assemble";
import { syncRegister } from "@/lib/obligations/register";
import { appendTimelineEvent } from "@/lib/timeline/append";

/**
 * Changes of an incident's clock facts (its facts and declared moments). Every change writes its timeline event
 * (old → new, who, why) and re-evaluates the stored obligation register in the same transaction.
 */

/**
 * Changes the incident's facts. Optimistic: `expectedVersion` is the version the user saw (0 before the first
 * save); a stale one gets 409 with the current version. Fields not given keep their value; `affected` replaces
 * the list when given. No change at all writes nothing.
 */
export async function updateIncidentFacts(
  actor: TActor,
  incidentId: string,
  input: TUpdateFactsInput,
  suggestion: { finding: { id: string; title: string }; store: { id: string; arn: string } } | null = null,
  merge?: (facts: TStoredFacts) => TStoredFacts,
) {
  assertCan(actor, "incident.facts.update");
  const data = ZUpdateFactsInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    return changeFactsIn(tx, actor, incidentId, { expectedVersion: data.expectedVersion, reason: data.reason, suggestion }, (before) => {
      const after: TStoredFacts = {
        incident: { ...before.incident, ...(data.incident ?? {}) },
        affected: data.affected ?? before.affected,
        ...(data.riskReasoning !== undefined || before.riskReasoning !== undefined
          ? { riskReasoning: data.riskReasoning ?? before.riskReasoning }
          : {}),
      };
      return merge ? merge(after) : after;
    });
  });
}

/**
 * The change itself, inside the caller's transaction (which has checked permission and visibility): `change` maps the
 * current facts to the new ones; the old → new diff goes on the timeline and the register is re-evaluated. With
 * `expectedVersion` null the caller has decided on the current facts under the incident's lock (a ledger import).
 */
export async function changeFactsIn(
  tx: Prisma.TransactionClient,
  actor: TActor,
  incidentId: string,
  options: { expectedVersion: number | null; reason: string; suggestion?: { finding: { id: string; title: string }; store: { id: string; arn: string } } | null },
  change: (facts: TStoredFacts) => TStoredFacts,
) {
  const row = await tx.incidentFacts.findUnique({ where: { incidentId }, select: { facts: true, version: true } });
  const version = row?.version ?? 0;
  if (options.expectedVersion !== null && version !== options.expectedVersion) {
    throw AppError.conflict(`Someone else changed these facts meanwhile (now version ${version}). Review them and try again.`, {
      current: { version },
    });
  }
  const before = (row?.facts as TStoredFacts | undefined) ?? EMPTY_FACTS;
  const after = change(before);
  const changes = factChanges(before, after);
  if (changes.length === 0) return { version, changes, register: null };
  checkContract(after);

  const next = version + 1;
  if (row) {
    const written = await tx.incidentFacts.updateMany({
      where: { incidentId, version },
      data: { facts: after as unknown as Prisma.InputJsonValue, version: next },
    });
    if (written.count !== 1) throw AppError.conflict("Someone else changed these facts meanwhile. Review them and try again.");
  } else {
    // A concurrent first save hits the primary key: 409 through the unique-violation mapping.
    await tx.incidentFacts.create({ data: { incidentId, facts: after as unknown as Prisma.InputJsonValue, version: next } });
  }
  await appendTimelineEvent(tx, {
    incidentId,
    kind: "facts.changed",
    actor,
    payload: { reason: options.reason, version: next, changes: changes as never, suggestion: options.suggestion ?? null },
  });
  const register = await syncRegister(tx, { incidentId, actor, cause: `facts changed: ${changes.map((c) => c.field).join(", ")}` });
  return { version: next, changes, register };
}

/** The contract's own validation of the incident part (organisation and moments are checked by the register). */
function checkContract(facts: TStoredFacts) {
  const probe = validateFacts({
    asOf: "2000-01-01T00:00:00Z",
    organisation: { timeZone: "UTC", establishments: [], dataRole: "controller" },
    incident: { personalData: "unknown", dataCategories: [], ...facts.incident },
    affected: facts.affected,
    moments: {},
  });
  if (!probe.ok) {
    throw AppError.badRequest("These facts are not consistent; nothing was changed.", probe.invalidParams.map((p) => ({
      name: p.name.replace(/^\//, "").replaceAll("/", "."),
      reason: p.reason,
    })));
  }
}
