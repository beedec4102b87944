import { beforeEach, describe, expect, it } from "vitest";
import { POST as statusRoute } from "@/app/api/incidents/[id]/status/route";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { changeIncidentStatus } from "@/lib/open-work/change-status";
import { hashTimelineEvent } from "@/lib/timeline/hash-chain";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

function move(token: string, id: string, json: unknown) {
  return call(statusRoute, "POST", `/api/incidents/${id}/status`, { token, params: { id }, json });
}

async function eventKinds(incidentId: string) {
  const events = await prisma.timelineEvent.findMany({ where: { incidentId }, orderBy: { sequence: "asc" } });
  return events.map((e) => e.kind);
}

describe("POST /api/incidents/{id}/status", () => {
  let commanderToken: string;
  let commanderId: string;
  let id: string;

  beforeEach(async () => {
    await resetDatabase();
    commanderId = (await createUser(["commander"], "Casey")).id;
    commanderToken = await createToken(["commander"]);
    id = await declareIncidentVia(commanderToken, commanderId);
  });

  it("moves the phase, bumps the version and writes exactly one chained event in the same transaction", async () => {
    const response = await move(commanderToken, id, { to: "investigating", expectedVersion: 1, reason: "Confirmed public ACL" });
    expect(response.status).toBe(200);
    expect(response.body?.incident).toMatchObject({ status: "investigating", version: 2 });
    expect(await prisma.incident.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "investigating", version: 2 });

    const events = await prisma.timelineEvent.findMany({ where: { incidentId: id }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["incident.declared", "incident.status-changed"]);
    const event = events[1]!;
    expect(event.payload).toEqual({ from: "triage", to: "investigating", reason: "Confirmed public ACL", version: 2 });
    expect(event.prevHash).toBe(events[0]!.hash);
    expect(event.hash).toBe(hashTimelineEvent(event));
  });

  it("lets exactly one of two simultaneous changes win; the loser gets 409 with the current state", async () => {
    const [a, b] = await Promise.all([
      move(commanderToken, id, { to: "investigating", expectedVersion: 1 }),
      move(commanderToken, id, { to: "closed", expectedVersion: 1, reason: "False positive" }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? a : b;
    const winnerStatus = (winner.body?.incident as { status: string }).status;
    expect(loser.body?.current).toEqual({ status: winnerStatus, version: 2 });
    expect(await eventKinds(id)).toEqual(["incident.declared", "incident.status-changed"]);
  });

  it("sees a task committed while the close waited: closing refuses it instead of slipping past the guard", async () => {
    let releaseTaskWriter!: () => void;
    const writerHoldsLock = new Promise<void>((ready) => {
      void prisma.$transaction(async (tx) => {
        // As every work-changing transaction does through the timeline: lock the incident, then add the work.
        await tx.$queryRaw`SELECT id FROM incidents WHERE id = ${id}::uuid FOR UPDATE`;
        await tx.task.create({ data: { incidentId: id, title: "Rotate the leaked key", role: "engineering" } });
        ready();
        await new Promise<void>((commit) => (releaseTaskWriter = commit));
      });
    });
    await writerHoldsLock;
    const closing = move(commanderToken, id, { to: "closed", expectedVersion: 1, reason: "Contained" });
    await new Promise((wait) => setTimeout(wait, 300));
    releaseTaskWriter();
    const closed = await closing;
    expect(closed.status).toBe(409);
    expect(closed.body?.blockers).toEqual(["1 task is still open: “Rotate the leaked key”."]);
    expect(await prisma.incident.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "triage", version: 1 });
  });

  it("answers 409 with the current state to a stale version, and writes nothing", async () => {
    expect((await move(commanderToken, id, { to: "investigating", expectedVersion: 1 })).status).toBe(200);
    const stale = await move(commanderToken, id, { to: "closed", expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body?.current).toEqual({ status: "investigating", version: 2 });
    expect(await eventKinds(id)).toEqual(["incident.declared", "incident.status-changed"]);
  });

  it("refuses a transition the table does not allow, naming the field, and writes nothing", async () => {
    const response = await move(commanderToken, id, { to: "recovered", expectedVersion: 1 });
    expect(response.status).toBe(400);
    expect((response.body?.invalid_params as { name: string }[])[0]?.name).toBe("to");
    expect(await eventKinds(id)).toEqual(["incident.declared"]);
  });

  it("reopens only for the incident's own commander and only with a reason", async () => {
    const casey = await prisma.user.findUniqueOrThrow({ where: { id: commanderId } });
    expect(casey.name).toBe("Casey");
    expect((await move(commanderToken, id, { to: "closed", expectedVersion: 1, reason: "False positive" })).status).toBe(200);

    // Another commander (a token is not the incident's commander either) is refused.
    const other = await move(commanderToken, id, { to: "investigating", expectedVersion: 2, reason: "New evidence" });
    expect(other.status).toBe(403);
    expect(other.body?.title).toBe("Only this incident's commander can reopen it.");
    expect(await eventKinds(id)).toEqual(["incident.declared", "incident.status-changed"]);

    // The commander, signed in as themselves: a reason is required, then the reopen is recorded.
    const actor = actorOf(casey);
    const noReason = await changeIncidentStatus(actor, id, { to: "investigating", expectedVersion: 2 }).catch((e: unknown) => e);
    expect(noReason).toBeInstanceOf(AppError);
    expect((noReason as AppError).invalidParams[0]?.name).toBe("reason");
    const reopened = await changeIncidentStatus(actor, id, { to: "investigating", expectedVersion: 2, reason: "Attacker still active" });
    expect(reopened).toEqual({ id, status: "investigating", version: 3 });
    expect(await eventKinds(id)).toEqual(["incident.declared", "incident.status-changed", "incident.status-changed"]);
  });

  it("refuses writes from roles that may only read (exec, legal)", async () => {
    for (const role of ["exec", "legal"] as const) {
      const token = await createToken([role]);
      const response = await move(token, id, { to: "investigating", expectedVersion: 1 });
      expect(response.status).toBe(403);
    }
    expect(await eventKinds(id)).toEqual(["incident.declared"]);
  });

  it("answers 404 for an incident that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const response = await move(commanderToken, missing, { to: "investigating", expectedVersion: 1 });
    expect(response.status).toBe(404);
  });
});
