import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { evaluateFacts } from "@/lib/clocks";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { incidentReference } from "@/lib/incidents/reference";
import { listIncidents } from "@/lib/incidents/service";
import { assembleFacts, factsOf } from "@/lib/obligations/assemble";
import { ZWhatIfEvaluateInput, ZWhatIfStartQuery, type TWhatIfEvaluateInput } from "@/lib/what-if/schemas";
import { whatIfResults } from "@/lib/what-if/results";

/**
 * The What-if page: hypothetical facts in, obligations in words out, nothing stored. It starts from the organisation
 * profile, or from an incident the viewer may see (its facts, moments and notices sent, read as the register reads
 * them); what the form then changes lives only in the browser.
 */

const PICKER_SIZE = 100;

/** Incidents the viewer may start from: the most recently declared they are allowed to see. */
export async function listWhatIfIncidents(actor: TActor) {
  assertCan(actor, "clocks.read");
  const { items } = await listIncidents(actor, { limit: PICKER_SIZE });
  return items.map((incident) => ({ id: incident.id, label: `${incidentReference(incident.reference)} · ${incident.title}`, status: incident.status }));
}

/**
 * The facts the form starts from. With an incident id: that incident's facts as of now, or null when it does not
 * exist or the viewer may not see it (the same answer for both). Without: the organisation profile, nothing else.
 */
export async function getWhatIfStart(actor: TActor, incidentId: string | null) {
  assertCan(actor, "clocks.read");
  const now = new Date();
  if (incidentId === null) {
    const profile = await prisma.organisationProfile.findUnique({ where: { id: "default" }, select: { profile: true } });
    return { incident: null, organisationMissing: !profile, facts: factsOf({ profile: profile?.profile, stored: undefined, asOf: now, moments: {}, notices: [] }) };
  }
  assertCan(actor, "incident.facts.read");
  if (!ZWhatIfStartQuery.safeParse(incidentId).success) return null;
  const incident = await requireVisibleIncident(prisma, actor, incidentId).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  });
  if (!incident) return null;
  const [{ organisationMissing, facts }, row] = await Promise.all([
    assembleFacts(prisma, incident.id, now),
    prisma.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { reference: true } }),
  ]);
  return { incident: { id: incident.id, label: `${incidentReference(row.reference)} · ${incident.title}` }, organisationMissing, facts };
}

/** Evaluates the facts and says the result in words in `timeZone`. Bad facts: 400 naming each field (`facts.incident.riskLevel`). */
export function evaluateWhatIf(actor: TActor, input: TWhatIfEvaluateInput) {
  assertCan(actor, "clocks.read");
  const { facts, timeZone } = ZWhatIfEvaluateInput.parse(input);
  const result = evaluateFacts(facts);
  if (!result.ok) {
    throw AppError.badRequest(
      "These facts cannot be evaluated.",
      result.invalidParams.map((problem) => ({ name: `facts${problem.name.replaceAll("/", ".")}`, reason: problem.reason })),
    );
  }
  return whatIfResults(result.evaluation, facts as { affected: { jurisdiction: string }[] }, timeZone);
}
