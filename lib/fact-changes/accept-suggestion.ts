import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { mergeEncryption, mergeStore } from "@/lib/incident-facts/changes";
import { ZAcceptSuggestionInput, type TAcceptSuggestionInput } from "@/lib/incident-facts/schemas";
import { findSuggestions } from "@/lib/fact-changes/read-facts";
import { updateIncidentFacts } from "@/lib/fact-changes/update-facts";

/** Accepts a data-inventory suggestion: the finding's store's categories and residents join the incident's facts. */
export async function acceptSuggestion(actor: TActor, incidentId: string, input: TAcceptSuggestionInput) {
  assertCan(actor, "incident.facts.update");
  const data = ZAcceptSuggestionInput.parse(input);
  await requireVisibleIncident(prisma, actor, incidentId);
  const suggestions = await findSuggestions(incidentId);
  const match = suggestions.find((s) => s.finding.id === data.findingId && s.store.id === data.storeId);
  if (!match) {
    throw AppError.badRequest("That finding is not linked to this incident on that data store.", [
      { name: "findingId", reason: "must be a finding of this incident on the named store" },
    ]);
  }
  return updateIncidentFacts(
    actor,
    incidentId,
    { expectedVersion: data.expectedVersion, reason: `Accepted suggestion: finding “${match.finding.title}” is on data store ${match.store.name} (${match.store.arn})` },
    { finding: { id: match.finding.id, title: match.finding.title }, store: { id: match.store.id, arn: match.store.arn } },
    // Every store the incident's findings touch decides the encryption fact, not only the accepted one.
    (facts) => mergeEncryption(mergeStore(facts, { dataCategories: match.store.dataCategories, residency: match.store.residency }), touchedStores(suggestions)),
  );
}

/** The distinct stores the incident's linked findings are on. */
function touchedStores(suggestions: Awaited<ReturnType<typeof findSuggestions>>) {
  return [...new Map(suggestions.map((s) => [s.store.id, { name: s.store.name, encrypted: s.store.encrypted }])).values()];
}
