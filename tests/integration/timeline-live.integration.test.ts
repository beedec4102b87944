import { beforeEach, describe, expect, it } from "vitest";
import { GET as eventsRoute } from "@/app/api/incidents/[id]/events/route";
import type { TActor } from "@/lib/auth/policy";
import { addNote } from "@/lib/incidents/service";
import { setIncidentRestricted } from "@/lib/membership/service";
import { subscribeToTimeline, timelineGeneration } from "@/lib/live/timeline-listener";
import { readSse } from "@/tests/support/sse-reader";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

let commander: Awaited<ReturnType<typeof createUser>>;
let commanderActor: TActor;
let adminToken: string;
let id: string;

beforeEach(async () => {
  await resetDatabase();
  commander = await createUser(["commander"], "Casey");
  commanderActor = actorOf(commander);
  adminToken = await createToken(["admin"]);
  id = await declareIncidentVia(adminToken, commander.id, "Leaked key");
});

/** Opens the SSE stream through the real route handler and collects the events as they arrive. */
async function openStream(token: string, headers: Record<string, string> = {}, query = "") {
  const abort = new AbortController();
  const request = new Request(`http://localhost/api/incidents/${id}/events${query}`, {
    headers: { host: "localhost", authorization: `Bearer ${token}`, ...headers },
    signal: abort.signal,
  });
  const stream = readSse(await eventsRoute(request, { params: Promise.resolve({ id }) }), abort);
  return {
    response: stream.response,
    until: stream.until,
    close: stream.close,
    get ids() {
      return stream.ids();
    },
    get kinds() {
      return stream.events.filter((e) => e.id !== null).map((e) => (e.data as { kind: string }).kind);
    },
  };
}

describe("GET /api/incidents/{id}/events (server-sent events)", () => {
  it("sends the history, then a new event within a second of its commit", async () => {
    const token = await createToken(["legal"]);
    const stream = await openStream(token);
    try {
      expect(stream.response.headers.get("content-type")).toContain("text/event-stream");
      await stream.until(() => stream.ids.length >= 1);
      expect(stream.ids).toEqual([1]);
      const started = Date.now();
      await addNote(commanderActor, id, { text: "Key deactivated" });
      await stream.until(() => stream.ids.length >= 2);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(stream.ids).toEqual([1, 2]);
      expect(stream.kinds).toEqual(["incident.declared", "note.added"]);
    } finally {
      await stream.close();
    }
  });

  it("resumes after Last-Event-ID on a reconnect, skipping what the browser already has", async () => {
    await addNote(commanderActor, id, { text: "two" });
    await addNote(commanderActor, id, { text: "three" });
    const stream = await openStream(await createToken(["legal"]), { "last-event-id": "2" });
    try {
      await stream.until(() => stream.ids.length >= 1);
      expect(stream.ids).toEqual([3]);
    } finally {
      await stream.close();
    }
  });

  it("answers a non-member of a need-to-know incident with the same 404 as a missing incident", async () => {
    await setIncidentRestricted(commanderActor, id, { restricted: true, reason: "insider" });
    const response = await call(eventsRoute, "GET", `/api/incidents/${id}/events`, {
      token: await createToken(["legal"]),
      params: { id },
    });
    expect(response.status).toBe(404);
    const admin = await openStream(adminToken);
    try {
      await admin.until(() => admin.ids.length >= 2);
      expect(admin.kinds).toEqual(["incident.declared", "incident.restriction-changed"]);
    } finally {
      await admin.close();
    }
  });

  it("stops streaming to someone once the incident becomes need-to-know for them", async () => {
    const stream = await openStream(await createToken(["legal"]));
    await stream.until(() => stream.ids.length >= 1);
    await setIncidentRestricted(commanderActor, id, { restricted: true, reason: "insider" });
    await addNote(commanderActor, id, { text: "secret" });
    // The stream ends without delivering the restricted events.
    await stream.until(() => false, 1500).catch(() => undefined);
    expect(stream.ids).toEqual([1]);
    await stream.close();
  });

  it("delivers every event exactly once and in order to many streams of one incident, writes arriving back to back", async () => {
    // The streams share their reads (lib/live/shared-reads.ts): a mix of viewers (two visibility keys) and writes
    // racing the shared reads must still give each stream every event once, in order.
    const legal = await createToken(["legal"]);
    const streams = await Promise.all(Array.from({ length: 12 }, (_, i) => openStream(i % 2 ? legal : adminToken)));
    try {
      await Promise.all(streams.map((stream) => stream.until(() => stream.ids.length >= 1)));
      for (let round = 0; round < 3; round += 1) {
        await Promise.all([addNote(commanderActor, id, { text: `a${round}` }), addNote(commanderActor, id, { text: `b${round}` })]);
      }
      await Promise.all(streams.map((stream) => stream.until(() => stream.ids.length >= 7)));
      for (const stream of streams) expect(stream.ids).toEqual([1, 2, 3, 4, 5, 6, 7]);
    } finally {
      await Promise.all(streams.map((stream) => stream.close()));
    }
  });

  it("moves the listener's generation on before any stream hears of a notice, so no stream joins an older read", async () => {
    // lib/live/shared-reads.ts keys shared reads by this generation: a stream woken by a notice must find it moved.
    const seen: { sequence: number; generationBefore: number; generationWhenHeard: number }[] = [];
    let generationBefore = timelineGeneration();
    const unsubscribe = await subscribeToTimeline(id, (notice) => {
      seen.push({ sequence: notice.sequence, generationBefore, generationWhenHeard: timelineGeneration() });
      generationBefore = timelineGeneration();
    }, () => undefined);
    try {
      await addNote(commanderActor, id, { text: "first" });
      await addNote(commanderActor, id, { text: "second" });
      // The declaration's own notice (sequence 1) may still be on its way when the test subscribes.
      const ours = () => seen.map((s) => s.sequence).filter((sequence) => sequence > 1);
      const deadline = Date.now() + 3000;
      while (ours().length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(ours()).toEqual([2, 3]);
    } finally {
      unsubscribe();
    }
    for (const notice of seen) expect(notice.generationWhenHeard).toBeGreaterThan(notice.generationBefore);
  });
});
