import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as scopingGet, POST as scopingPost } from "@/app/api/incidents/[id]/scoping/route";
import { GET as runGet } from "@/app/api/incidents/[id]/scoping/[runId]/route";
import { POST as linksPost } from "@/app/api/incidents/[id]/scoping/[runId]/links/route";
import { prisma } from "@/lib/db";
import { executeScopingRun } from "@/lib/access-reconstruction/runner";
import type { TScopingResult } from "@/lib/access-reconstruction/types";
import { storagePath } from "@/lib/evidence/storage";
import { setIncidentRestricted } from "@/lib/membership/service";
import { getIncidentStatus } from "@/lib/status/service";
import { startCloudTrailSimulator, type TCloudTrailSimulator } from "@/tests/aws/cloudtrail-simulator";
import { ACCOUNT, ATTACKER, BUCKET, EDS, EXPECTED, REGION, TABLE, WINDOW, scriptExfiltration } from "@/tests/aws/cloudtrail-exfiltration";
import { startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";
import { pdfText } from "@/tests/support/pdf-text";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const ROLE = `arn:aws:iam::${ACCOUNT}:role/BreachdeskResponder`;
const ENV = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL_CLOUDTRAIL", "AWS_ENDPOINT_URL_STS", "BREACHDESK_EVIDENCE_DIR"] as const;

describe("CloudTrail access reconstruction of an incident (the simulator, the real SDK, the worker's runner)", () => {
  let sim: TCloudTrailSimulator;
  let sts: TFakeAws;
  let evidenceDir: string;
  const saved: Partial<Record<(typeof ENV)[number], string | undefined>> = {};

  beforeAll(async () => {
    sim = await startCloudTrailSimulator();
    sts = await startFakeAws();
    for (const name of ENV) saved[name] = process.env[name];
    process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE";
    process.env.AWS_SECRET_ACCESS_KEY = "fake-secret";
    process.env.AWS_ENDPOINT_URL_CLOUDTRAIL = sim.url;
    process.env.AWS_ENDPOINT_URL_STS = sts.url;
    evidenceDir = process.env.BREACHDESK_EVIDENCE_DIR = mkdtempSync(path.join(tmpdir(), "breachdesk-scoping-"));
  });
  afterAll(async () => {
    for (const name of ENV) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await sim.close();
    await sts.close();
    rmSync(evidenceDir, { recursive: true, force: true });
  });

  let incidentId: string;
  let tokens: { engineer: string; comms: string; legal: string; exec: string };
  let commander: Awaited<ReturnType<typeof createUser>>;

  beforeEach(async () => {
    await resetDatabase();
    sim.calls.length = 0;
    sim.queries.length = 0;
    commander = await createUser(["commander"], "Casey Commander");
    tokens = { engineer: await createToken(["engineer"]), comms: await createToken(["comms"]), legal: await createToken(["legal"]), exec: await createToken(["exec"]) };
    incidentId = await declareIncidentVia(await createToken(["commander"]), commander.id, "Customer exports read by a leaked key");
    await prisma.findingSource.create({ data: { kind: "guardduty", region: REGION, roleArn: ROLE } });
    await prisma.dataStore.create({ data: { arn: BUCKET.arn, name: "Customer exports", kind: "s3", dataCategories: ["contact_details", "financial_account"], residency: [{ jurisdiction: "US-CA", count: 1200 }], encrypted: true } });
  });

  const params = () => ({ id: incidentId });
  const body = (overrides: Record<string, unknown> = {}) => ({ accessKeyIds: [ATTACKER.accessKeyId], ...WINDOW, region: REGION, accountId: ACCOUNT, eventDataStore: EDS, ...overrides });

  async function requestAndRun(token: string, overrides: Record<string, unknown> = {}) {
    const made = await call(scopingPost, "POST", `/api/incidents/${incidentId}/scoping`, { token, params: params(), json: body(overrides) });
    expect(made.status).toBe(201);
    const runId = (made.body!.run as { id: string; status: string }).id;
    expect((made.body!.run as { status: string }).status).toBe("queued");
    expect(sim.calls).toHaveLength(0); // the request only records; the worker asks CloudTrail
    expect(await executeScopingRun(runId, { pollMs: 5, now: () => new Date("2026-11-21T00:00:00Z") })).toBe("succeeded");
    const read = await call(runGet, "GET", `/api/incidents/${incidentId}/scoping/${runId}`, { token: tokens.exec, params: { ...params(), runId } });
    expect(read.status).toBe(200);
    return read.body!.run as { id: string; status: string; result: TScopingResult; evidenceId: string; resultSha256: string; lakeQuery: string };
  }

  it("returns exactly the known objects and items read by the known key, saved as evidence whose SHA-256 matches the stored bytes", async () => {
    scriptExfiltration(sim, { dataEvents: true });
    const run = await requestAndRun(tokens.engineer);
    expect(run.status).toBe("succeeded");
    const bucket = run.result.stores.find((s) => s.storeArn === BUCKET.arn)!;
    const table = run.result.stores.find((s) => s.storeArn === TABLE.arn)!;
    expect(run.result.stores).toHaveLength(2);
    expect(bucket.objects).toEqual(EXPECTED.objects);
    expect(bucket.actions).toEqual(EXPECTED.bucketActions);
    expect(table.objects).toEqual(EXPECTED.items);
    expect([...bucket.accessKeyIds, ...table.accessKeyIds]).toEqual([ATTACKER.accessKeyId, ATTACKER.accessKeyId]);
    expect(bucket.sourceIps).toEqual([ATTACKER.ip]);
    expect(run.result.gaps).toEqual([]);
    // As the account's findings source role, through STS.
    expect(sts.assumeRoleCalls.at(-1)?.roleArn).toBe(ROLE);
    expect(sim.calls.every((c) => c.accessKeyId.startsWith("ASIAFAKE"))).toBe(true);
    expect(sim.queries).toEqual([run.lakeQuery]);

    const evidence = await prisma.evidence.findUniqueOrThrow({ where: { id: run.evidenceId }, include: { custody: true } });
    const bytes = readFileSync(storagePath(evidence.storageKey!));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(run.resultSha256);
    expect(evidence.sha256).toBe(run.resultSha256);
    expect(evidence.custody.map((c) => c.action)).toEqual(["registered"]);
    const document = JSON.parse(bytes.toString("utf8")) as { parameters: { accessKeyIds: string[] }; queries: { lake: { statement: string } }; answers: { lakeRows: unknown[]; managementEvents: unknown[] } };
    expect(document.parameters.accessKeyIds).toEqual([ATTACKER.accessKeyId]);
    expect(document.queries.lake.statement).toBe(run.lakeQuery);
    expect(document.answers.lakeRows).toHaveLength(9); // the key's data events in the window, in full
    const kinds = (await prisma.timelineEvent.findMany({ where: { incidentId }, orderBy: { sequence: "asc" } })).map((e) => e.kind);
    expect(kinds.slice(-3)).toEqual(["scoping.requested", "evidence.registered", "scoping.finished"]);
  });

  it("runs once whatever the number of workers: of two racing, one claims, and one evidence item is kept", async () => {
    scriptExfiltration(sim, { dataEvents: true });
    const { requestScoping } = await import("@/lib/access-reconstruction/service");
    const run = await requestScoping(actorOf(commander), incidentId, body());
    const outcomes = await Promise.all([executeScopingRun(run.id, { pollMs: 5 }), executeScopingRun(run.id, { pollMs: 5 })]);
    expect(outcomes.sort()).toEqual(["not-claimed", "succeeded"]);
    expect(sim.calls.filter((c) => c.operation === "StartQuery")).toHaveLength(1);
    expect(await prisma.evidence.count({ where: { incidentId } })).toBe(1);
    expect(await prisma.timelineEvent.count({ where: { incidentId, kind: "scoping.finished" } })).toBe(1);
  });

  it("links a touched store through the facts change path (categories and residents flow, with the timeline diff); only stores it found touched and in the inventory", async () => {
    scriptExfiltration(sim, { dataEvents: true });
    const run = await requestAndRun(tokens.engineer);
    const link = (token: string, storeArns: string[]) =>
      call(linksPost, "POST", `/api/incidents/${incidentId}/scoping/${run.id}/links`, { token, params: { ...params(), runId: run.id }, json: { storeArns, expectedVersion: 0 } });
    expect((await link(tokens.engineer, [BUCKET.arn])).status).toBe(403);
    const notInInventory = await link(tokens.legal, [TABLE.arn]);
    expect(notInInventory.status).toBe(400);
    expect(JSON.stringify(notInInventory.body)).toContain("storeArns.0");
    expect((await link(tokens.legal, ["arn:aws:s3:::never-touched"])).status).toBe(400);
    const linked = await link(tokens.legal, [BUCKET.arn]);
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    const facts = await prisma.incidentFacts.findUniqueOrThrow({ where: { incidentId } });
    expect(facts.facts).toMatchObject({ incident: { personalData: "yes", dataCategories: ["contact_details", "financial_account"] }, affected: [{ jurisdiction: "US-CA", count: 1200 }] });
    const event = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "facts.changed" } });
    expect((event.payload as { reason: string }).reason).toMatch(/^Linked from CloudTrail access reconstruction: Customer exports \(arn:aws:s3:::customer-exports\): 4 objects/);
    expect((await prisma.scopingRun.findUniqueOrThrow({ where: { id: run.id } })).linkedArns).toEqual([BUCKET.arn]);
  });

  it("with S3 data events off in the window, states the gap in plain words, on the run and on the exec status view", async () => {
    scriptExfiltration(sim, { dataEvents: false });
    const run = await requestAndRun(tokens.engineer);
    const sentence = "S3 data events for bucket customer-exports were not logged between 2026-11-20 02:00 UTC and 2026-11-20 06:00 UTC: object-level access cannot be reconstructed.";
    expect(run.result.gaps).toContain(sentence);
    expect(run.result.stores.find((s) => s.storeArn === BUCKET.arn)!.actions["policy-change"]).toBe(1);
    const status = await getIncidentStatus(actorOf(commander), incidentId);
    expect(status.loggingGaps?.gaps).toContain(sentence);
    // The PDF report says it too, in its scoping section.
    const { POST: pdfRoute } = await import("@/app/api/incidents/[id]/report.pdf/route");
    const pdf = await pdfRoute(new Request(`http://localhost/api/incidents/${incidentId}/report.pdf`, { method: "POST", headers: { host: "localhost", authorization: `Bearer ${tokens.exec}` } }), { params: Promise.resolve(params()) });
    expect(pdf.status).toBe(200);
    const text = (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, " ");
    expect(text).toContain("Scoping: access reconstructed from CloudTrail");
    expect(text).toContain("S3 data events for bucket customer-exports were not logged between 2026-11-20 02:00 UTC and 2026-11-20 06:00 UTC");
    const finished = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "scoping.finished" } });
    expect((finished.payload as { gaps: string[] }).gaps).toContain(sentence);
  });

  it("refuses hostile values with the field named, before anything is recorded or sent", async () => {
    for (const [field, overrides] of [
      ["eventDataStore", { eventDataStore: "eds-1 UNION SELECT * FROM x" }],
      ["accessKeyIds.0", { accessKeyIds: ["AKIA') OR ('1'='1"] }],
      ["sourceIps.0", { sourceIps: ["1.2.3.4' --"] }],
      ["principals.0", { principals: ["<script>alert(1)</script>"] }],
      ["end", { end: "2026-11-19T00:00:00Z" }],
      ["accountId", { accountId: "222222222222" }],
    ] as const) {
      const refused = await call(scopingPost, "POST", `/api/incidents/${incidentId}/scoping`, { token: tokens.engineer, params: params(), json: body(overrides) });
      expect(refused.status, field).toBe(400);
      expect(JSON.stringify(refused.body), field).toContain(field);
    }
    expect(await prisma.scopingRun.count()).toBe(0);
    expect(sim.calls).toHaveLength(0);
  });

  it("refuses a role without scoping.run (403) and answers a restricted incident's non-members as if it did not exist", async () => {
    expect((await call(scopingPost, "POST", `/api/incidents/${incidentId}/scoping`, { token: tokens.comms, params: params(), json: body() })).status).toBe(403);
    expect((await call(scopingPost, "POST", `/api/incidents/${incidentId}/scoping`, { token: tokens.exec, params: params(), json: body() })).status).toBe(403);
    expect((await call(scopingGet, "GET", `/api/incidents/${incidentId}/scoping`, { token: tokens.exec, params: params() })).status).toBe(200);
    scriptExfiltration(sim, { dataEvents: true });
    const run = await requestAndRun(tokens.legal);
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: true, reason: "Insider suspected" });
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const token of [tokens.engineer, tokens.legal]) {
      const list = await call(scopingGet, "GET", `/api/incidents/${incidentId}/scoping`, { token, params: params() });
      const one = await call(runGet, "GET", `/api/incidents/${incidentId}/scoping/${run.id}`, { token, params: { ...params(), runId: run.id } });
      const post = await call(scopingPost, "POST", `/api/incidents/${incidentId}/scoping`, { token, params: params(), json: body() });
      const absent = await call(scopingGet, "GET", `/api/incidents/${missing}/scoping`, { token, params: { id: missing } });
      expect([list.status, one.status, post.status]).toEqual([404, 404, 404]);
      const withoutRequestId = (b: Record<string, unknown> | null) => JSON.stringify({ ...b, request_id: undefined });
      expect(withoutRequestId(list.body), "answered as if missing").toBe(withoutRequestId(absent.body).replace(missing, incidentId));
    }
    // The commander (a member) still sees it.
    const { getScoping } = await import("@/lib/access-reconstruction/service");
    expect((await getScoping(actorOf(commander), incidentId)).runs).toHaveLength(1);
  });
});

describe("a reconstruction CloudTrail refuses", () => {
  let sim: TCloudTrailSimulator;
  const saved: Record<string, string | undefined> = {};
  beforeAll(async () => {
    sim = await startCloudTrailSimulator();
    for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL_CLOUDTRAIL"]) saved[name] = process.env[name];
    process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE";
    process.env.AWS_SECRET_ACCESS_KEY = "fake-secret";
    process.env.AWS_ENDPOINT_URL_CLOUDTRAIL = sim.url;
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await sim.close();
  });

  it("fails once, said on the run and the timeline, with no evidence item, when the event data store does not exist", async () => {
    await resetDatabase();
    scriptExfiltration(sim, { dataEvents: true });
    sim.eventDataStores.clear();
    const commander = await createUser(["commander"], "Casey Commander");
    const incidentId = await declareIncidentVia(await createToken(["commander"]), commander.id, "Unknown store");
    const { requestScoping } = await import("@/lib/access-reconstruction/service");
    const run = await requestScoping(actorOf(commander), incidentId, { accessKeyIds: [ATTACKER.accessKeyId], ...WINDOW, region: REGION, eventDataStore: "eds-missing" });
    expect(await executeScopingRun(run.id, { pollMs: 5 })).toBe("failed");
    expect(await executeScopingRun(run.id, { pollMs: 5 })).toBe("not-claimed");
    const stored = await prisma.scopingRun.findUniqueOrThrow({ where: { id: run.id } });
    expect([stored.status, stored.evidenceId, stored.attempts]).toEqual(["failed", null, 1]);
    expect(stored.failure).toContain("eds-missing does not exist");
    const finished = await prisma.timelineEvent.findMany({ where: { incidentId, kind: "scoping.finished" } });
    expect(finished.map((e) => (e.payload as { status: string }).status)).toEqual(["failed"]);
    expect(await prisma.evidence.count({ where: { incidentId } })).toBe(0);
  });
});
