import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as notesRoute } from "@/app/api/incidents/[id]/notes/route";
import { GET as timelineRoute } from "@/app/api/incidents/[id]/timeline/route";
import { GET as verifyRoute } from "@/app/api/incidents/[id]/timeline/verify/route";
import { prisma } from "@/lib/db";
import { databaseUrl } from "@/lib/env";
import { verifyInWorkers } from "@/lib/timeline/parallel-verify";
import { addNote, verifyTimeline } from "@/lib/incidents/service";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { testDatabaseUrl } from "./database-url";

let commanderToken: string;
let legalToken: string;
let commander: Awaited<ReturnType<typeof createUser>>;
let commanderId: string;
let id: string;

beforeEach(async () => {
  await resetDatabase();
  commander = await createUser(["commander"], "Casey");
  commanderId = commander.id;
  commanderToken = await createToken(["commander"]);
  legalToken = await createToken(["legal"]);
  id = await declareIncidentVia(commanderToken, commanderId, "Leaked IAM key");
});

const note = (token: string, json: unknown) => call(notesRoute, "POST", `/api/incidents/${id}/notes`, { token, params: { id }, json });
const timeline = (token: string, query = "") =>
  call(timelineRoute, "GET", `/api/incidents/${id}/timeline`, { token, params: { id }, query });
const verify = (token: string) => call(verifyRoute, "GET", `/api/incidents/${id}/timeline/verify`, { token, params: { id } });
/** What an attacker with the database superuser can do: switch the insert-only trigger off for one statement. */
async function asSuperuserWithoutTrigger(statement: string) {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query("ALTER TABLE timeline_events DISABLE TRIGGER timeline_events_insert_only");
    await client.query(statement, [id]);
  } finally {
    await client.query("ALTER TABLE timeline_events ENABLE TRIGGER timeline_events_insert_only");
    await client.end();
  }
}
const count = () => prisma.timelineEvent.count({ where: { incidentId: id } });

describe("notes and decisions", () => {
  it("records a note and a decision (owner and rationale) as one event each", async () => {
    const legalUser = await createUser(["legal"], "Lee Legal");
    expect((await note(legalToken, { text: "Key used from 203.0.113.7" })).status).toBe(201);
    const decision = await note(legalToken, {
      text: "We are not notifying the ICO",
      decision: { ownerId: legalUser.id, rationale: "The data were encrypted and the key was not compromised." },
    });
    expect(decision.status).toBe(201);
    const events = await prisma.timelineEvent.findMany({ where: { incidentId: id }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["incident.declared", "note.added", "decision.recorded"]);
    expect(events[2]!.payload).toMatchObject({
      owner: { id: legalUser.id, name: "Lee Legal" },
      rationale: "The data were encrypted and the key was not compromised.",
    });
  });

  it("requires a reason for a back-dated entry and keeps both instants", async () => {
    const occurredAt = "2026-01-05T08:30:00.000Z";
    const missing = await note(commanderToken, { text: "Bucket made public", occurredAt });
    expect(missing.status).toBe(400);
    expect((missing.body?.invalid_params as { name: string }[])[0]?.name).toBe("backdateReason");
    expect(await count()).toBe(1);

    const ok = await note(commanderToken, { text: "Bucket made public", occurredAt, backdateReason: "Found in CloudTrail" });
    expect(ok.status).toBe(201);
    const event = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId: id, kind: "note.added" } });
    expect(event.occurredAt.toISOString()).toBe(occurredAt);
    expect(event.recordedAt.getTime()).toBeGreaterThan(Date.parse(occurredAt));
    expect(event.payload).toMatchObject({ backdateReason: "Found in CloudTrail" });
  });

  it("corrects an event with a new one pointing at it, never by editing; an unknown target is refused", async () => {
    expect((await note(commanderToken, { text: "Attacker IP 203.0.113.7" })).status).toBe(201);
    expect((await note(commanderToken, { text: "IP was 203.0.113.8", corrects: 2 })).status).toBe(201);
    const original = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId: id, sequence: 2 } });
    expect(original.payload).toMatchObject({ text: "Attacker IP 203.0.113.7" });
    const correction = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId: id, sequence: 3 } });
    expect(correction.payload).toMatchObject({ corrects: 2 });

    const bad = await note(commanderToken, { text: "x", corrects: 99 });
    expect(bad.status).toBe(400);
    expect(await count()).toBe(3);
  });

  it("refuses notes from executives and on an incident that does not exist", async () => {
    expect((await note(await createToken(["exec"]), { text: "hi" })).status).toBe(403);
    const missing = "00000000-0000-4000-8000-000000000000";
    const response = await call(notesRoute, "POST", `/api/incidents/${missing}/notes`, {
      token: commanderToken,
      params: { id: missing },
      json: { text: "hi" },
    });
    expect(response.status).toBe(404);
    expect(await count()).toBe(1);
  });
});

describe("timeline filters and sorting", () => {
  it("filters by kind and by the actor's role, and sorts by occurred or recorded time", async () => {
    const legalUser = await createUser(["legal"], "Lee");
    await note(commanderToken, { text: "recorded second, happened first", occurredAt: "2026-01-01T00:00:00Z", backdateReason: "late" });
    await note(legalToken, { text: "legal note" });
    const kinds = await timeline(commanderToken, "?kind=note.added");
    expect((kinds.body?.items as { kind: string }[]).map((e) => e.kind)).toEqual(["note.added", "note.added"]);

    // Role filter: events whose actor is a user holding the role (the declaring token is not a user).
    await addNote(actorOf(legalUser), id, { text: "by Lee" });
    const byLegal = await timeline(commanderToken, "?role=legal");
    expect((byLegal.body?.items as { actorLabel: string }[]).map((e) => e.actorLabel)).toEqual(["Lee"]);

    const recorded = await timeline(commanderToken, "?sort=recorded");
    expect((recorded.body?.items as { sequence: number }[]).map((e) => e.sequence)).toEqual([4, 3, 2, 1]);
    const occurred = await timeline(commanderToken, "?sort=occurred&limit=2");
    expect((occurred.body?.items as { sequence: number }[]).map((e) => e.sequence)).toEqual([4, 3]);
    const next = await timeline(commanderToken, `?sort=occurred&limit=2&cursor=${String(occurred.body?.nextCursor)}`);
    expect((next.body?.items as { sequence: number }[]).map((e) => e.sequence)).toEqual([1, 2]);
    expect(await prisma.timelineEvent.count()).toBe(4);
  });
});

describe("GET /api/incidents/{id}/timeline/verify", () => {
  it("reports an intact chain", async () => {
    for (let i = 0; i < 3; i++) await note(commanderToken, { text: `note ${i}` });
    const response = await verify(legalToken);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ok: true, checked: 4, firstBroken: null });
  });

  it("catches a row tampered with by a superuser (trigger disabled) at the right position", async () => {
    for (let i = 0; i < 5; i++) await note(commanderToken, { text: `note ${i}` });
    // The insert-only trigger stops an ordinary UPDATE…
    await expect(
      prisma.$executeRawUnsafe(`UPDATE timeline_events SET payload = '{"text":"rewritten"}' WHERE incident_id = $1::uuid AND sequence = 4`, id),
    ).rejects.toThrow(/timeline_events is insert-only: UPDATE refused/);
    // …so the attacker, as superuser, switches it off for the rewrite.
    await asSuperuserWithoutTrigger(
      `UPDATE timeline_events SET payload = jsonb_set(payload, '{text}', '"nothing happened"') WHERE incident_id = $1 AND sequence = 4`,
    );
    const response = await verify(commanderToken);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ok: false, checked: 3, firstBroken: { sequence: 4, reason: "hash-mismatch" } });
  });

  describe("a long timeline, verified in worker threads", () => {
    // Six events cut into two ranges, 1–3 and 4–6: tampering at the cut is what the join must catch.
    const inWorkers = () => verifyTimeline(actorOf(commander), id, { parallelFromEvents: 1 });
    beforeEach(async () => {
      for (let i = 0; i < 5; i++) await note(commanderToken, { text: `note ${i}` });
    });

    it("accepts the intact chain, each worker having checked its own range", async () => {
      expect(await inWorkers()).toMatchObject({ ok: true, checked: 6, firstBroken: null });
      const segments = await verifyInWorkers(databaseUrl(), id, 6, 2);
      expect(segments.map(({ checked, first, last }) => ({ checked, from: first?.sequence, to: last?.sequence }))).toEqual([
        { checked: 3, from: 1, to: 3 },
        { checked: 3, from: 4, to: 6 },
      ]);
    });

    it("names a changed event at the start of a range", async () => {
      await asSuperuserWithoutTrigger(`UPDATE timeline_events SET actor_label = 'Mallory' WHERE incident_id = $1 AND sequence = 4`);
      expect(await inWorkers()).toMatchObject({ ok: false, checked: 3, firstBroken: { sequence: 4, reason: "hash-mismatch" } });
    });

    it("names the gap left by an event removed at the end of a range", async () => {
      await asSuperuserWithoutTrigger(`DELETE FROM timeline_events WHERE incident_id = $1 AND sequence = 3`);
      expect(await inWorkers()).toMatchObject({ ok: false, checked: 2, firstBroken: { sequence: 4, reason: "sequence-gap" } });
    });

    it("names an event at the start of a range that no longer points at the one before it", async () => {
      await asSuperuserWithoutTrigger(`UPDATE timeline_events SET prev_hash = repeat('a', 64) WHERE incident_id = $1 AND sequence = 4`);
      expect(await inWorkers()).toMatchObject({ ok: false, checked: 3, firstBroken: { sequence: 4, reason: "prev-hash-mismatch" } });
    });

    it("gives the same verdict as verifying in order", async () => {
      await asSuperuserWithoutTrigger(`UPDATE timeline_events SET payload = '{"text":"nothing"}' WHERE incident_id = $1 AND sequence = 5`);
      const inOrder = await verifyTimeline(actorOf(commander), id);
      const parallel = await inWorkers();
      expect({ ...parallel, verifiedAt: null }).toEqual({ ...inOrder, verifiedAt: null });
      expect(parallel.firstBroken).toMatchObject({ sequence: 5, reason: "hash-mismatch" });
    });
  });

  it("answers 404 for an incident that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const response = await call(verifyRoute, "GET", `/api/incidents/${missing}/timeline/verify`, {
      token: legalToken,
      params: { id: missing },
    });
    expect(response.status).toBe(404);
  });
});
