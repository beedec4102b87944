import { beforeEach, describe, expect, it } from "vitest";
import { POST as declarePost } from "@/app/api/incidents/[id]/declarations/route";
import { prisma } from "@/lib/db";
import { updateIncidentFacts } from "@/lib/fact-changes/update-facts";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

let token: string;
let id: string;

const declare = (json: Record<string, unknown>) => call(declarePost, "POST", `/api/incidents/${id}/declarations`, { token, params: { id }, json });

/** An incident whose facts make the California residents' notice apply, its clock waiting for Discovered. */
beforeEach(async () => {
  await resetDatabase();
  token = await createToken(["commander"]);
  const commander = await createUser(["commander"], "Casey");
  id = await declareIncidentVia(token, commander.id);
  await updateIncidentFacts(actorOf(commander), id, {
    expectedVersion: 0,
    reason: "Customer table in the bucket",
    incident: { personalData: "yes", dataCategories: ["name", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" } },
    affected: [{ jurisdiction: "US-CA", count: 1200 }],
  });
});

const californiaResidents = () => prisma.obligation.findFirstOrThrow({ where: { incidentId: id, ruleId: "US-CA-1798.82-IND" }, select: { status: true, dueAt: true } });

describe("declaring Discovered at the same time as Aware", () => {
  it("takes Aware's instant, writes its event with the register's in the same transaction, and starts the clock", async () => {
    expect(await californiaResidents()).toMatchObject({ status: "awaiting_trigger", dueAt: null });
    const aware = await declare({ moment: "aware", at: "2026-11-20T10:02:33Z", reason: "Exfiltration confirmed in CloudTrail" });
    expect(aware.status).toBe(201);
    const before = await prisma.timelineEvent.count({ where: { incidentId: id } });

    const same = await declare({ moment: "discovered", sameAs: "aware", reason: "Discovered when we became aware." });
    expect(same.status, JSON.stringify(same.body)).toBe(201);
    const discovered = await prisma.incidentDeclaration.findFirstOrThrow({ where: { incidentId: id, moment: "discovered" } });
    expect(discovered.at.toISOString()).toBe("2026-11-20T10:02:33.000Z");

    const events = await prisma.timelineEvent.findMany({ where: { incidentId: id, sequence: { gt: before } }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["moment.declared", "obligations.reevaluated"]);
    expect(events[0]!.payload).toMatchObject({
      moment: "discovered",
      at: "2026-11-20T10:02:33Z",
      sameAs: { moment: "aware", declarationId: (aware.body?.declaration as { id: string }).id },
    });
    const residents = await californiaResidents();
    expect(residents.status).not.toBe("awaiting_trigger");
    expect(residents.dueAt).not.toBeNull();
  });

  it("takes the corrected instant once Aware has been corrected", async () => {
    const first = await declare({ moment: "aware", at: "2026-11-20T10:00:00Z", reason: "First read of the logs" });
    await declare({ moment: "aware", at: "2026-11-20T09:15:00Z", reason: "Earlier access found", supersedesId: (first.body?.declaration as { id: string }).id });
    expect((await declare({ moment: "discovered", sameAs: "aware", reason: "Same time" })).status).toBe(201);
    const discovered = await prisma.incidentDeclaration.findFirstOrThrow({ where: { incidentId: id, moment: "discovered" } });
    expect(discovered.at.toISOString()).toBe("2026-11-20T09:15:00.000Z");
  });

  it("refuses, naming the field and writing nothing, when the other moment is not declared or the request is ambiguous", async () => {
    const undeclared = await declare({ moment: "discovered", sameAs: "aware", reason: "Same time" });
    expect(undeclared.status).toBe(400);
    expect(undeclared.body?.invalid_params).toEqual([expect.objectContaining({ name: "sameAs" })]);

    const neither = await declare({ moment: "discovered", reason: "Same time" });
    expect(neither.status).toBe(400);
    expect(neither.body?.invalid_params).toEqual([expect.objectContaining({ name: "at", reason: "is required" })]);

    const both = await declare({ moment: "discovered", at: "2026-11-20T10:00:00Z", sameAs: "aware", reason: "Same time" });
    expect(both.status).toBe(400);
    expect(both.body?.invalid_params).toEqual([expect.objectContaining({ name: "sameAs" })]);

    const itself = await declare({ moment: "aware", sameAs: "aware", reason: "Same time" });
    expect(itself.status).toBe(400);

    expect(await prisma.incidentDeclaration.count({ where: { incidentId: id } })).toBe(0);
    expect(await prisma.timelineEvent.count({ where: { incidentId: id, kind: "moment.declared" } })).toBe(0);
  });
});
