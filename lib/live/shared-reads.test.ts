import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TActor } from "@/lib/auth/policy";

// The listener's generation, moved by the tests as a notice (or a reconnection) would move it.
let generation = 0;
vi.mock("@/lib/live/timeline-listener", () => ({ timelineGeneration: () => generation }));

type TDeferred<T> = { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void };
function deferred<T>(): TDeferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

// Each database read the module makes is one pending promise the test settles.
const visibilityReads: TDeferred<boolean>[] = [];
const eventReads: TDeferred<{ sequence: number }[]>[] = [];
vi.mock("@/lib/incidents/read-queries", () => ({
  isIncidentVisible: vi.fn(() => {
    const read = deferred<boolean>();
    visibilityReads.push(read);
    return read.promise;
  }),
}));
vi.mock("@/lib/timeline/queries", () => ({
  findTimelineAfter: vi.fn(() => {
    const read = deferred<{ sequence: number }[]>();
    eventReads.push(read);
    return read.promise;
  }),
}));

const actorReads: TDeferred<TActor | null>[] = [];
vi.mock("@/lib/auth/actor", () => ({
  refreshActor: vi.fn(() => {
    const read = deferred<TActor | null>();
    actorReads.push(read);
    return read.promise;
  }),
}));

const { sharedActorRefresh, sharedEventsAfter, sharedVisibilityCheck } = await import("./shared-reads");

const user = (id: string): TActor => ({ kind: "user", id, email: `${id}@example.org`, name: id, roles: ["engineer"] });
const admin = (id: string): TActor => ({ kind: "user", id, email: `${id}@example.org`, name: id, roles: ["admin"] });

describe("shared live reads, keyed by the listener's generation", () => {
  beforeEach(() => {
    // A fresh generation per test, so reads a previous test left in flight are not joined.
    generation += 1;
    visibilityReads.length = 0;
    eventReads.length = 0;
    actorReads.length = 0;
  });

  it("gives the streams woken in one generation one read, and the same answer", async () => {
    const first = sharedEventsAfter("inc-1", 4, 100);
    const second = sharedEventsAfter("inc-1", 4, 100);
    expect(eventReads).toHaveLength(1);
    eventReads[0]!.resolve([{ sequence: 5 }]);
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(a.map((e) => e.sequence)).toEqual([5]);
    expect(new TextDecoder().decode(a[0]!.message)).toMatch(/^id: 5\nevent: timeline\ndata: \{"sequence":5\}\n\n$/);
  });

  it("never lets a stream join a read started before the notice that woke it", async () => {
    const before = sharedEventsAfter("inc-1", 4, 100);
    generation += 1; // a notice arrived while that read was in flight: its event may be missing from it
    const after = sharedEventsAfter("inc-1", 4, 100);
    expect(eventReads).toHaveLength(2);
    eventReads[0]!.resolve([]);
    eventReads[1]!.resolve([{ sequence: 5 }]);
    expect((await before).map((e) => e.sequence)).toEqual([]);
    expect((await after).map((e) => e.sequence)).toEqual([5]);
  });

  it("keeps nothing once a read has settled: the next stream reads afresh, even in the same generation", async () => {
    const first = sharedEventsAfter("inc-1", 4, 100);
    eventReads[0]!.resolve([]);
    await first;
    void sharedEventsAfter("inc-1", 4, 100);
    expect(eventReads).toHaveLength(2);
  });

  it("does not keep a failed read either", async () => {
    const failing = sharedEventsAfter("inc-1", 4, 100);
    eventReads[0]!.reject(new Error("connection lost"));
    await expect(failing).rejects.toThrow("connection lost");
    void sharedEventsAfter("inc-1", 4, 100);
    expect(eventReads).toHaveLength(2);
  });

  it("shares a read only between identical questions: incident, position and page size", async () => {
    void sharedEventsAfter("inc-1", 4, 100);
    void sharedEventsAfter("inc-2", 4, 100);
    void sharedEventsAfter("inc-1", 5, 100);
    void sharedEventsAfter("inc-1", 4, 50);
    expect(eventReads).toHaveLength(4);
  });

  it("asks whether the incident is still visible once per kind of viewer per generation", async () => {
    const answers = [
      sharedVisibilityCheck("inc-1", admin("ada")),
      sharedVisibilityCheck("inc-1", admin("alf")), // every administrator sees the same incidents
      sharedVisibilityCheck("inc-1", user("eli")),
      sharedVisibilityCheck("inc-1", user("eve")), // members differ per user: never shared across users
    ];
    expect(visibilityReads).toHaveLength(3);
    visibilityReads[0]!.resolve(true);
    visibilityReads[1]!.resolve(false);
    visibilityReads[2]!.resolve(true);
    expect(await Promise.all(answers)).toEqual([true, true, false, true]);

    generation += 1;
    void sharedVisibilityCheck("inc-1", admin("ada"));
    void sharedVisibilityCheck("inc-1", admin("ada"));
    expect(visibilityReads).toHaveLength(4);
  });

  it("re-reads an actor once per generation for the streams it woke, and separately per session and per actor", async () => {
    const session = (signedInAt: number): TActor => ({ kind: "user", id: "ada", email: "ada@example.org", name: "ada", roles: ["admin"], signedInAt });
    const answers = [sharedActorRefresh(session(1)), sharedActorRefresh(session(1)), sharedActorRefresh(session(2)), sharedActorRefresh(admin("alf"))];
    expect(actorReads).toHaveLength(3);
    actorReads[0]!.resolve(null);
    actorReads[1]!.resolve(session(2));
    actorReads[2]!.resolve(admin("alf"));
    expect(await Promise.all(answers)).toEqual([null, null, session(2), admin("alf")]);

    generation += 1; // a notice that may follow a role change: the next stream it wakes reads the actor afresh
    void sharedActorRefresh(session(1));
    expect(actorReads).toHaveLength(4);
  });
});
