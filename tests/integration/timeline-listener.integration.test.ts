import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as eventsRoute } from "@/app/api/incidents/[id]/events/route";
import type { TActor } from "@/lib/auth/policy";
import { sqlRows } from "@/lib/db/sql";
import { addNote } from "@/lib/incidents/service";
import { readSse } from "@/tests/support/sse-reader";
import { resetDatabase } from "./reset-db";
import { actorOf, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { testDatabaseUrl } from "./database-url";

let commanderActor: TActor;
let adminToken: string;
let id: string;

beforeEach(async () => {
  await resetDatabase();
  const commander = await createUser(["commander"], "Casey");
  commanderActor = actorOf(commander);
  adminToken = await createToken(["admin"]);
  id = await declareIncidentVia(adminToken, commander.id, "Leaked key");
});

async function openStream() {
  const abort = new AbortController();
  const request = new Request(`http://localhost/api/incidents/${id}/events`, { headers: { host: "localhost", authorization: `Bearer ${adminToken}` }, signal: abort.signal });
  const stream = readSse(await eventsRoute(request, { params: Promise.resolve({ id }) }), abort);
  await stream.until(() => stream.ids().length >= 1);
  return stream;
}

/** The backends of this process's live listener (lib/live/timeline-listener.ts names its connection). */
async function listenerBackends(): Promise<number[]> {
  const rows = await sqlRows<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = 'breachdesk-live'", []);
  return rows.map((row) => row.pid);
}

/** Terminates them and waits until they are gone. */
async function terminateListener(): Promise<number[]> {
  const pids = await listenerBackends();
  for (const pid of pids) await sqlRows("SELECT pg_terminate_backend($1, 2000)", [pid]);
  return pids;
}

async function waitFor(predicate: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe("the live timeline listener", () => {
  it("comes back after its connection is terminated twice within a second, and delivers the next note", async () => {
    const stream = await openStream();
    try {
      const started = Date.now();
      const first = await terminateListener();
      expect(first).toHaveLength(1);
      // Terminate its replacement too, as soon as it shows up (connecting or listening), within the same second.
      await waitFor(async () => (await listenerBackends()).some((pid) => !first.includes(pid)), 1000 - (Date.now() - started));
      await terminateListener();
      expect(Date.now() - started).toBeLessThan(1500);

      await addNote(commanderActor, id, { text: "Key deactivated" });
      await stream.until(() => stream.ids().includes(2), 8000);
      expect(stream.ids()).toEqual([1, 2]);
    } finally {
      await stream.close();
    }
  });

  it("delivers what was appended while it was disconnected, without waiting for another event", async () => {
    const stream = await openStream();
    try {
      await terminateListener();
      // Committed while nobody listens: its notice is lost for good.
      await addNote(commanderActor, id, { text: "written during the gap" });
      await stream.until(() => stream.ids().includes(2), 5000);
      expect(stream.ids()).toEqual([1, 2]);
    } finally {
      await stream.close();
    }
  });

  it("keeps trying while the database refuses connections, and delivers once it accepts them again", async () => {
    const stream = await openStream();
    // A second connection, to the maintenance database: PostgreSQL refuses to close the current one to connections.
    const url = new URL(testDatabaseUrl());
    const database = decodeURIComponent(url.pathname.slice(1));
    url.pathname = "/postgres";
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    const allow = (value: boolean) => admin.query(`ALTER DATABASE ${pg.escapeIdentifier(database)} ALLOW_CONNECTIONS ${value}`);
    try {
      await allow(false);
      await terminateListener();
      // Several reconnection attempts fail meanwhile (the first comes after about 100 ms).
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(await listenerBackends()).toEqual([]);
      await allow(true);

      await addNote(commanderActor, id, { text: "after the outage" });
      await stream.until(() => stream.ids().includes(2), 10_000);
      expect(stream.ids()).toEqual([1, 2]);
    } finally {
      await allow(true);
      await admin.end();
      await stream.close();
    }
  });
});
