import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { PUT as ownerPut } from "@/app/api/incidents/[id]/obligations/[obligationId]/owner/route";
import { prisma } from "@/lib/db";
import { setIncidentRestricted } from "@/lib/membership/service";
import { insertObligation } from "@/tests/support/obligations";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { testDatabaseUrl } from "./database-url";

const MISSING = "00000000-0000-4000-8000-000000000000";

describe("PUT /api/incidents/{id}/obligations/{obligationId}/owner", () => {
  let token: string;
  let incidentId: string;
  let obligationId: string;
  let commander: Awaited<ReturnType<typeof createUser>>;
  let legal: Awaited<ReturnType<typeof createUser>>;

  beforeEach(async () => {
    await resetDatabase();
    commander = await createUser(["commander"], "Casey Commander");
    legal = await createUser(["legal"], "Lee Legal");
    token = await createToken(["commander"]);
    incidentId = await declareIncidentVia(token, commander.id);
    obligationId = (await insertObligation(incidentId, "EU-GDPR-33-SA", new Date("2030-01-01T00:00:00Z"))).id;
    await prisma.obligation.update({ where: { id: obligationId }, data: { ownerId: commander.id } });
  });

  const put = (ownerId: string | null, options: { id?: string; obligation?: string; as?: string } = {}) =>
    call(ownerPut, "PUT", "/x", { token: options.as ?? token, params: { id: options.id ?? incidentId, obligationId: options.obligation ?? obligationId }, json: { ownerId } });

  const ownerEvents = () => prisma.timelineEvent.findMany({ where: { incidentId, kind: "obligation.owner-changed" }, select: { id: true, payload: true } });

  it("assigns an eligible owner and records old → new on the timeline in the same transaction as the change", async () => {
    const response = await put(legal.id);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ owner: { id: legal.id, name: "Lee Legal" } });

    const stored = await prisma.obligation.findUniqueOrThrow({ where: { id: obligationId }, select: { ownerId: true, version: true } });
    expect(stored.ownerId).toBe(legal.id);
    const events = await ownerEvents();
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({
      obligationId, ruleId: "EU-GDPR-33-SA",
      from: { id: commander.id, name: "Casey Commander" },
      to: { id: legal.id, name: "Lee Legal" },
    });
    // xmin is the id of the transaction that wrote a row version: the same for the obligation and its event.
    const [row] = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM obligations WHERE id = ${obligationId}::uuid`;
    const [event] = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM timeline_events WHERE id = ${events[0]!.id}::uuid`;
    expect(row!.xmin).toBe(event!.xmin);
  });

  it("clears the owner with null, and writes nothing when the owner does not change", async () => {
    expect((await put(commander.id)).status).toBe(200);
    expect(await ownerEvents()).toHaveLength(0);
    expect((await put(null)).body).toEqual({ owner: null });
    expect((await ownerEvents())[0]!.payload).toMatchObject({ from: { id: commander.id }, to: null });
  });

  it("refuses (400, naming ownerId) a user the owner picker would not offer: inactive, or without an owner role", async () => {
    const inactive = await createUser(["legal"], "Ina Inactive");
    await prisma.user.update({ where: { id: inactive.id }, data: { active: false } });
    const engineer = await createUser(["engineer", "comms"], "Eli Engineer");
    for (const [user, reason] of [
      [inactive, "must be an active user"],
      [engineer, "must hold the admin, commander or legal role"],
      [{ id: MISSING }, "must be an active user"],
    ] as const) {
      const response = await put(user.id);
      expect(response.status).toBe(400);
      expect(response.body?.invalid_params).toEqual([{ name: "ownerId", reason }]);
    }
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligationId } })).ownerId).toBe(commander.id);
    expect(await ownerEvents()).toHaveLength(0);
  });

  it("offers in the picker exactly the users the API accepts", async () => {
    const { listObligationOwners } = await import("@/lib/obligations/service");
    await createUser(["engineer"], "Eli Engineer");
    await createUser(["admin"], "Ada Admin");
    const offered = await listObligationOwners(actorOf(commander), incidentId);
    expect(offered.map((u) => u.name)).toEqual(["Ada Admin", "Casey Commander", "Lee Legal"]);
    for (const user of offered) expect((await put(user.id)).status).toBe(200);
  });

  it("answers 404 for an unknown obligation, another incident's obligation, and an incident the caller cannot see", async () => {
    expect((await put(legal.id, { obligation: MISSING })).status).toBe(404);
    const other = await declareIncidentVia(token, commander.id, "Another incident");
    expect((await put(legal.id, { id: other })).status).toBe(404);

    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: true, reason: "Insider suspected" });
    const outsider = await createToken(["legal"]);
    expect((await put(legal.id, { as: outsider })).status).toBe(404);
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligationId } })).ownerId).toBe(commander.id);
  });

  it("answers 409 when the obligation changes between its read and the conditional write", async () => {
    // The route takes no expected version from the client: it reads the row's version and writes on condition of
    // it, inside one transaction. Hold a lock on the row, let the request read and block on its write, change the
    // row meanwhile and release: the write finds a newer version and the request answers 409.
    const blocker = new pg.Client({ connectionString: testDatabaseUrl() });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("SELECT 1 FROM obligations WHERE id = $1 FOR UPDATE", [obligationId]);
      const pending = put(legal.id);
      await waitForLockWaiter(blocker);
      await blocker.query("UPDATE obligations SET version = version + 1 WHERE id = $1", [obligationId]);
      await blocker.query("COMMIT");
      const response = await pending;
      expect(response.status).toBe(409);
    } finally {
      await blocker.end();
    }
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligationId } })).ownerId).toBe(commander.id);
    expect(await ownerEvents()).toHaveLength(0);
  });
});

/** Resolves once some other session waits for a lock (the request's conditional write, blocked by the test). */
async function waitForLockWaiter(client: pg.Client) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rows } = await client.query("SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()");
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the request never waited for the row lock");
}
