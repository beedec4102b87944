import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { actorLabel, appendTimelineEvent } from "@/lib/timeline/append";
import { lockIncident } from "@/lib/timeline/incident-lock";
import { changeFactsIn } from "@/lib/fact-changes/update-facts";
import { ledgerFacts } from "@/lib/affected-people/ledger-facts";
import { countOverrides, ledgerCounts, OVERRIDE_SELECT } from "@/lib/affected-people/queries";
import { ZRemoveOverrideInput, ZSetOverrideInput, type TRemoveOverrideInput, type TSetOverrideInput } from "@/lib/affected-people/schemas";

/**
 * A manual override of the ledger's count for one jurisdiction of an incident, with a reason: it wins over the
 * ledger's count whenever the ledger feeds the facts (here, and after every import), until it is removed.
 *
 * Permission: `incident.facts.update`, not `ledger.import`. An override is a count typed by hand, the same act as
 * editing the facts' numbers (which this replaces for jurisdictions the ledger covers); it reads and writes no
 * person's contact data, which is what the ledger permissions guard. Whoever may type the facts may type this one.
 *
 * Setting or removing one writes its own event (the count, the ledger's, the reason) and feeds the facts in the same
 * transaction through changeFactsIn, so the register is re-evaluated and the timeline shows old → new with the reason.
 */

export async function setCountOverride(actor: TActor, incidentId: string, jurisdiction: string, input: TSetOverrideInput) {
  assertCan(actor, "incident.facts.update");
  const data = ZSetOverrideInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    await lockIncident(tx, incidentId);
    const counts = await ledgerCounts(tx, incidentId);
    const ledgerCount = counts.byJurisdiction.find((entry) => entry.jurisdiction === jurisdiction)?.people ?? 0;
    const previous = await tx.affectedCountOverride.findUnique({ where: { incidentId_jurisdiction: { incidentId, jurisdiction } }, select: { count: true } });
    if (!previous && ledgerCount === 0) {
      throw AppError.badRequest("The ledger has nobody in this jurisdiction, so there is no ledger count to override; type its count in the incident's facts instead.", [
        { name: "jurisdiction", reason: "has nobody in the affected-people ledger" },
      ]);
    }
    const who = { setById: actor.kind === "user" ? actor.id : null, setByLabel: actorLabel(actor), setAt: new Date() };
    const override = await tx.affectedCountOverride.upsert({
      where: { incidentId_jurisdiction: { incidentId, jurisdiction } },
      create: { incidentId, jurisdiction, count: data.count, reason: data.reason, ...who },
      update: { count: data.count, reason: data.reason, ...who },
      select: OVERRIDE_SELECT,
    });
    await appendTimelineEvent(tx, {
      incidentId, kind: "people.count-overridden", actor,
      payload: { jurisdiction, count: data.count, previous: previous?.count ?? null, ledgerCount, reason: data.reason },
    });
    const overrides = await countOverrides(tx, incidentId);
    const facts = await changeFactsIn(
      tx, actor, incidentId,
      { expectedVersion: null, reason: `Count for ${jurisdiction} set by hand to ${data.count.toLocaleString("en-US")} (the ledger has ${ledgerCount.toLocaleString("en-US")}): ${data.reason}` },
      (current) => ledgerFacts(current, counts, overrides),
    );
    return { override: { ...override, ledgerCount }, facts: { version: facts.version, changes: facts.changes } };
  });
}

export async function removeCountOverride(actor: TActor, incidentId: string, jurisdiction: string, input: TRemoveOverrideInput) {
  assertCan(actor, "incident.facts.update");
  const data = ZRemoveOverrideInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    await lockIncident(tx, incidentId);
    const removed = await tx.affectedCountOverride.findUnique({ where: { incidentId_jurisdiction: { incidentId, jurisdiction } }, select: { id: true, count: true } });
    if (!removed) throw AppError.notFound("The override");
    await tx.affectedCountOverride.delete({ where: { id: removed.id } });
    const counts = await ledgerCounts(tx, incidentId);
    const ledgerCount = counts.byJurisdiction.find((entry) => entry.jurisdiction === jurisdiction)?.people ?? 0;
    await appendTimelineEvent(tx, {
      incidentId, kind: "people.count-overridden", actor,
      payload: { jurisdiction, count: null, previous: removed.count, ledgerCount, reason: data.reason },
    });
    const overrides = await countOverrides(tx, incidentId);
    const facts = await changeFactsIn(
      tx, actor, incidentId,
      { expectedVersion: null, reason: `Override of the count for ${jurisdiction} removed (back to the ledger's ${ledgerCount.toLocaleString("en-US")}): ${data.reason}` },
      // The ledger's count again; when the ledger has nobody there any more, its entry goes with the override.
      (current) => ledgerFacts(ledgerCount > 0 ? current : { ...current, affected: current.affected.filter((entry) => entry.jurisdiction !== jurisdiction) }, counts, overrides),
    );
    return { removed: { jurisdiction, count: removed.count }, ledgerCount, facts: { version: facts.version, changes: facts.changes } };
  });
}
