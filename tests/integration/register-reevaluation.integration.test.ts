import { beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import { PUT as factsPut } from "@/app/api/incidents/[id]/facts/route";
import { POST as declarePost } from "@/app/api/incidents/[id]/declarations/route";
import { PUT as profilePut } from "@/app/api/organisation-profile/route";
import { GET as progressGet } from "@/app/api/organisation-profile/reevaluation/route";
import { prisma } from "@/lib/db";
import { incidentReevaluation, latestReevaluation } from "@/lib/register-reevaluation/progress";
import { reevaluatePending } from "@/lib/register-reevaluation/work";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { testDatabaseUrl } from "./database-url";

/**
 * Issue 21 point 3: saving the organisation profile re-evaluates the open incidents in background batches with
 * progress, instead of one long transaction: the save only writes the run; the worker works through it.
 */

const PROFILE = { timeZone: "America/New_York", establishments: ["US-NY"], dataRole: "controller", flags: {} };
const FACTS = { personalData: "yes", dataCategories: ["name", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" }, riskLevel: "risk" };
// Canada's record-keeping clock (PIPEDA) ends at the end of a day in the organisation's own time zone: a profile
// move shows in its evaluation.
const AFFECTED = [{ jurisdiction: "US-CA", count: 900 }, { jurisdiction: "CA", count: 40 }];
const OPEN = 30;
const CAUSE = /^organisation profile changed: /;

describe("organisation profile → open incidents re-evaluated in the background", () => {
  let adminToken: string;
  let admin: Awaited<ReturnType<typeof createUser>>;
  let incidents: string[];
  let closedId: string;

  const saveProfile = (profile: Record<string, unknown>, reason: string) => call(profilePut, "PUT", "/api/organisation-profile", { token: adminToken, json: { profile, reason } });
  const zoneOf = async (incidentId: string) =>
    (await prisma.obligation.findFirstOrThrow({ where: { incidentId, ruleId: "CA-PIPEDA-REC" }, select: { evaluation: true } })).evaluation as { timeZone: string };
  const reevaluatedEvents = (incidentId: string) => prisma.timelineEvent.findMany({ where: { incidentId, kind: "obligations.reevaluated" }, select: { payload: true } });

  beforeEach(async () => {
    await resetDatabase();
    admin = await createUser(["admin"], "Ada");
    adminToken = await createToken(["admin"]);
    const token = await createToken(["commander"]);
    const commander = await createUser(["commander"], "Casey");
    expect((await saveProfile(PROFILE, "Initial profile")).status).toBe(200);
    incidents = [];
    for (let n = 0; n < OPEN + 1; n += 1) {
      const id = await declareIncidentVia(token, commander.id, `Incident ${n}`);
      for (const moment of ["discovered", "breachDetermined"]) {
        expect((await call(declarePost, "POST", `/api/incidents/${id}/declarations`, { token, params: { id }, json: { moment, at: "2026-11-20T15:00:00Z", reason: "Alert" } })).status).toBe(201);
      }
      expect((await call(factsPut, "PUT", `/api/incidents/${id}/facts`, { token, params: { id }, json: { expectedVersion: 0, reason: "Scoping", incident: FACTS, affected: AFFECTED } })).status).toBe(200);
      incidents.push(id);
    }
    closedId = incidents.pop()!;
    await prisma.incident.update({ where: { id: closedId }, data: { status: "closed" } });
  }, 120_000);

  it("the save writes only the run; the worker re-evaluates every open incident in batches, each once, with progress", async () => {
    const saved = await saveProfile({ ...PROFILE, timeZone: "Europe/Paris" }, "Head office moved");
    expect(saved.status).toBe(200);
    expect(saved.body?.reevaluation).toMatchObject({ total: OPEN });
    // Nothing re-evaluated yet, and every open incident says its clocks wait for it (the closed one is not in the run).
    expect((await zoneOf(incidents[0]!)).timeZone).toBe("America/New_York");
    expect(await incidentReevaluation(incidents[0]!)).toMatchObject({ state: "pending" });
    expect(await incidentReevaluation(closedId)).toBeNull();
    expect(await latestReevaluation(actorOf(admin))).toMatchObject({ state: "running", total: OPEN, done: 0, pending: OPEN, failed: 0 });

    expect(await reevaluatePending({ limit: 12 })).toEqual({ processed: 12, failed: 0 });
    expect(await latestReevaluation(actorOf(admin))).toMatchObject({ state: "running", done: 12, pending: OPEN - 12 });
    const progress = await call(progressGet, "GET", "/api/organisation-profile/reevaluation", { token: adminToken });
    expect(progress.status).toBe(200);
    expect(progress.body?.reevaluation).toMatchObject({ total: OPEN, done: 12 });

    while ((await reevaluatePending({ limit: 12 })).processed > 0);
    const finished = await latestReevaluation(actorOf(admin));
    expect(finished).toMatchObject({ state: "finished", done: OPEN, pending: 0, failed: 0, failures: [] });
    expect(finished!.finishedAt).not.toBeNull();
    for (const id of incidents) {
      expect((await zoneOf(id)).timeZone).toBe("Europe/Paris");
      expect(await incidentReevaluation(id)).toBeNull();
      const events = await reevaluatedEvents(id);
      expect(events.filter((e) => CAUSE.test((e.payload as { cause: string }).cause))).toHaveLength(1);
    }
    expect((await zoneOf(closedId)).timeZone).toBe("America/New_York");
  });

  it("a save that changes nothing the registers depend on starts no run", async () => {
    const runs = await prisma.registerReevaluationRun.count();
    const same = await saveProfile(PROFILE, "Re-saved unchanged");
    expect(same.status).toBe(200);
    expect(same.body?.reevaluation).toBeNull();
    expect(await prisma.registerReevaluationRun.count()).toBe(runs);
  });

  it("a worker killed mid-incident loses nothing: its claim rolls back with its work, and the incident is done once", async () => {
    await saveProfile({ ...PROFILE, timeZone: "Europe/Paris" }, "Head office moved");
    const dying = new pg.Client({ connectionString: testDatabaseUrl() });
    dying.on("error", () => undefined); // its connection is cut below, as a crash would
    await dying.connect();
    await dying.query("BEGIN");
    const { rows } = await dying.query<{ incident_id: string }>(
      "SELECT incident_id FROM register_reevaluation_items WHERE status = 'pending' ORDER BY incident_id LIMIT 1 FOR UPDATE SKIP LOCKED",
    );
    const held = rows[0]!.incident_id;
    // Half its work done when it dies: an event it wrote must vanish with it.
    await dying.query("UPDATE obligations SET status = 'overdue' WHERE incident_id = $1", [held]);

    // Meanwhile another worker takes everything else and skips the held incident.
    while ((await reevaluatePending({ limit: 50 })).processed > 0);
    expect(await latestReevaluation(actorOf(admin))).toMatchObject({ state: "running", done: OPEN - 1, pending: 1 });
    expect(await incidentReevaluation(held)).toMatchObject({ state: "pending" });

    const { rows: [backend] } = await dying.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    await prisma.$executeRaw`SELECT pg_terminate_backend(${backend!.pid}::int)`;
    await dying.end().catch(() => undefined);

    expect(await reevaluatePending({ limit: 50 })).toEqual({ processed: 1, failed: 0 });
    expect(await latestReevaluation(actorOf(admin))).toMatchObject({ state: "finished", done: OPEN });
    expect((await zoneOf(held)).timeZone).toBe("Europe/Paris");
    expect((await reevaluatedEvents(held)).filter((e) => CAUSE.test((e.payload as { cause: string }).cause))).toHaveLength(1);
    expect(await prisma.obligation.count({ where: { incidentId: held, status: "overdue" } })).toBe(0);
  });

  it("an incident held by a long transaction is waited for a while, then left pending for a later pass, never failed", async () => {
    await saveProfile({ ...PROFILE, timeZone: "Europe/Paris" }, "Head office moved");
    const holder = new pg.Client({ connectionString: testDatabaseUrl() });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT id FROM incidents WHERE id = $1 FOR UPDATE", [incidents[0]]);
      const pass = await reevaluatePending({ limit: 50 });
      expect(pass.failed).toBe(0);
      expect(pass.processed).toBeLessThan(OPEN);
      expect(await incidentReevaluation(incidents[0]!)).toMatchObject({ state: "pending" });
      await holder.query("ROLLBACK");
    } finally {
      await holder.end();
    }
    while ((await reevaluatePending({ limit: 50 })).processed > 0);
    expect(await latestReevaluation(actorOf(admin))).toMatchObject({ state: "finished", done: OPEN, failed: 0 });
  });

  it("a newer save supersedes an unfinished run: the old one stops, the new one covers every open incident", async () => {
    await saveProfile({ ...PROFILE, timeZone: "Europe/Paris" }, "Head office moved");
    await reevaluatePending({ limit: 10 });
    const second = await saveProfile({ ...PROFILE, timeZone: "Asia/Tokyo" }, "Moved again");
    expect(second.body?.reevaluation).toMatchObject({ total: OPEN });
    const runs = await prisma.registerReevaluationRun.findMany({ orderBy: { createdAt: "asc" } });
    expect(runs.at(-2)!.supersededAt).not.toBeNull();
    expect(runs.at(-1)!.supersededAt).toBeNull();

    while ((await reevaluatePending({ limit: 50 })).processed > 0);
    expect(await latestReevaluation(actorOf(admin))).toMatchObject({ state: "finished", total: OPEN, done: OPEN, pending: 0 });
    for (const id of incidents) expect((await zoneOf(id)).timeZone).toBe("Asia/Tokyo");
    // The superseded run's remaining items were settled by the newer run's re-evaluation of the same incidents.
    expect(await prisma.registerReevaluationItem.count({ where: { status: "pending" } })).toBe(0);
  });

  it("an incident whose facts the rules cannot read fails alone, named with the reason; the run goes on; correcting its facts settles it", async () => {
    const broken = incidents[3]!;
    await prisma.incidentFacts.update({ where: { incidentId: broken }, data: { facts: { incident: { personalData: true, dataCategories: ["email"] }, affected: [{ jurisdiction: "US-CA", count: 1200 }] } } });
    const incident = await prisma.incident.findUniqueOrThrow({ where: { id: broken } });
    await saveProfile({ ...PROFILE, timeZone: "Europe/Paris" }, "Head office moved");
    while ((await reevaluatePending({ limit: 50 })).processed > 0);

    const progress = await latestReevaluation(actorOf(admin));
    expect(progress).toMatchObject({ state: "finished", done: OPEN - 1, failed: 1 });
    expect(progress!.failures).toEqual([
      { incidentId: broken, reference: expect.stringContaining(String(incident.reference)), title: incident.title, reason: expect.stringContaining("incident.personalData") },
    ]);
    expect(await incidentReevaluation(broken)).toMatchObject({ state: "failed", reason: expect.stringContaining("Correct its facts") });
    expect((await zoneOf(broken)).timeZone).toBe("America/New_York");

    const token = await createToken(["commander"]);
    const fixed = await call(factsPut, "PUT", `/api/incidents/${broken}/facts`, { token, params: { id: broken }, json: { expectedVersion: 1, reason: "Re-entered", incident: FACTS, affected: AFFECTED } });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(await incidentReevaluation(broken)).toBeNull();
    expect((await zoneOf(broken)).timeZone).toBe("Europe/Paris");
  });

  it("a fact save during the run settles that incident without the worker, under the new profile", async () => {
    await saveProfile({ ...PROFILE, timeZone: "Europe/Paris" }, "Head office moved");
    const id = incidents[0]!;
    const token = await createToken(["commander"]);
    expect((await call(factsPut, "PUT", `/api/incidents/${id}/facts`, { token, params: { id }, json: { expectedVersion: 1, reason: "More people", incident: FACTS, affected: [{ jurisdiction: "US-CA", count: 950 }, { jurisdiction: "CA", count: 40 }] } })).status).toBe(200);
    expect(await incidentReevaluation(id)).toBeNull();
    expect((await zoneOf(id)).timeZone).toBe("Europe/Paris");
    expect(await latestReevaluation(actorOf(admin))).toMatchObject({ done: 1, pending: OPEN - 1 });
  });

  it("is read by every role, as the profile is; a failure on a need-to-know incident is named by reference only to one who cannot see it", async () => {
    const secret = incidents[5]!;
    await prisma.incident.update({ where: { id: secret }, data: { restricted: true } });
    await prisma.incidentFacts.update({ where: { incidentId: secret }, data: { facts: { incident: { personalData: true }, affected: [] } } });
    await saveProfile({ ...PROFILE, timeZone: "Europe/Paris" }, "Head office moved");
    while ((await reevaluatePending({ limit: 50 })).processed > 0);
    const engineer = await createUser(["engineer"], "Eli");
    const failures = (await latestReevaluation(actorOf(engineer)))!.failures;
    expect(failures).toEqual([expect.objectContaining({ incidentId: secret, title: null })]);
    expect((await latestReevaluation(actorOf(admin)))!.failures[0]!.title).toBe("Incident 5");
    expect((await call(progressGet, "GET", "/api/organisation-profile/reevaluation", {})).status).toBe(401);
  });
});
