import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { approveContainment, requestContainment } from "@/lib/containment/service";
import { followExecution, startApprovedRequest } from "@/lib/containment/runner";
import { findAction } from "@/lib/containment/catalog";
import { startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";
import { startSsmSimulator, type TSsmSimulator } from "@/tests/aws/ssm-simulator";
import { resetDatabase } from "./reset-db";
import { actorOf, createToken, createUser, declareIncidentVia } from "./api-helpers";

const ROLE = "arn:aws:iam::111111111111:role/BreachdeskResponder";
const INSTANCE = "i-0c10c2c7863d1a356";
// Long enough that a loaded machine never lets the lease lapse between two racing claims.
const LEASE_MS = 2_000;
const ENV = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL_SSM", "AWS_ENDPOINT_URL_STS", "BREACHDESK_CONTAINMENT_SIMULATOR_URL", "BREACHDESK_EVIDENCE_DIR"] as const;

describe("running approved containment through SSM Automation (the simulator, the real SDK)", () => {
  let sim: TSsmSimulator;
  let sts: TFakeAws;
  const saved: Partial<Record<(typeof ENV)[number], string | undefined>> = {};
  let evidenceDir: string;

  beforeAll(async () => {
    sim = await startSsmSimulator();
    sts = await startFakeAws();
    for (const name of ENV) saved[name] = process.env[name];
    process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE";
    process.env.AWS_SECRET_ACCESS_KEY = "fake-secret";
    process.env.AWS_ENDPOINT_URL_SSM = sim.url;
    process.env.AWS_ENDPOINT_URL_STS = sts.url;
    // Each ended execution's record goes to the evidence register: keep it out of the developer's own data directory.
    evidenceDir = process.env.BREACHDESK_EVIDENCE_DIR = mkdtempSync(path.join(tmpdir(), "breachdesk-containment-execution-"));
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
  let people: { engineer: Awaited<ReturnType<typeof createUser>>; commander: Awaited<ReturnType<typeof createUser>> };

  beforeEach(async () => {
    await resetDatabase();
    sim.model.instances.set(INSTANCE, { securityGroups: ["sg-web", "sg-ssh"], volumes: ["vol-0aa", "vol-0bb"] });
    sim.model.buckets.clear();
    delete process.env.BREACHDESK_CONTAINMENT_SIMULATOR_URL;
    people = { engineer: await createUser(["engineer"], "Eve Engineer"), commander: await createUser(["commander"], "Casey Commander") };
    incidentId = await declareIncidentVia(await createToken(["commander"]), people.commander.id, "Compromised web server");
    await prisma.findingSource.create({ data: { kind: "guardduty", region: "us-east-1", roleArn: ROLE } });
  });

  async function approved(actionId: string, parameters: Record<string, string>, exercise = false) {
    if (exercise) await prisma.incident.update({ where: { id: incidentId }, data: { exercise: true } });
    const made = await requestContainment(actorOf(people.engineer), incidentId, { actionId, accountId: "111111111111", region: "us-east-1", parameters });
    await approveContainment(actorOf(people.commander), incidentId, made.id, { requestHash: made.requestHash, password: "a long test password" });
    return made.id;
  }

  async function followToTheEnd(requestId: string) {
    for (let pass = 0; pass < 20; pass++) {
      // Two followers at once: each step status still reaches the record once.
      const [a, b] = await Promise.all([followExecution(requestId), followExecution(requestId)]);
      if (a || b) return;
    }
    throw new Error("the execution never ended");
  }

  const kinds = async () => (await prisma.timelineEvent.findMany({ where: { incidentId, kind: { startsWith: "containment." } }, orderBy: { sequence: "asc" } })).map((e) => e.kind);

  it("starts an approved request exactly once: two workers race, the first dies after AWS started it, two more race after its lease", async () => {
    const requestId = await approved("ec2-instance-contain", { InstanceId: INSTANCE });
    let release!: () => void;
    sim.holdStartResponses = new Promise<void>((resolve) => (release = resolve));
    const dying = new AbortController();
    const first = startApprovedRequest(requestId, { leaseMs: LEASE_MS, signal: dying.signal });
    const second = startApprovedRequest(requestId, { leaseMs: LEASE_MS });
    expect(await second).toBe("not-claimed");
    while (sim.executionsStarted < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    dying.abort(); // the first worker stops after AWS started the automation, before it could record it
    expect(await first).toBe("interrupted");
    sim.holdStartResponses = null;
    release();
    expect((await prisma.containmentRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("starting");
    // Within the lease nobody takes it over; after it, of two workers one retries, with the same ClientToken.
    expect(await startApprovedRequest(requestId, { leaseMs: LEASE_MS })).toBe("not-claimed");
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 100));
    const retries = await Promise.all([startApprovedRequest(requestId, { leaseMs: LEASE_MS }), startApprovedRequest(requestId, { leaseMs: LEASE_MS })]);
    expect(retries.sort()).toEqual(["not-claimed", "started"]);

    expect(sim.executionsStarted).toBe(1);
    expect(sim.startCalls).toHaveLength(2);
    expect(new Set(sim.startCalls.map((c) => c.clientToken)).size).toBe(1);
    expect(sim.startCalls.every((c) => c.accessKeyId.startsWith("ASIAFAKE"))).toBe(true); // as the account's role, through STS
    expect(sts.assumeRoleCalls.at(-1)?.roleArn).toBe(ROLE);
    const [execution] = [...sim.executions.values()];
    const stored = await prisma.containmentRequest.findUniqueOrThrow({ where: { id: requestId }, include: { executions: true } });
    expect(stored.status).toBe("running");
    expect(stored.executions.map((e) => e.automationExecutionId)).toEqual([execution!.id]);

    await followToTheEnd(requestId);
    expect(sim.model.instances.get(INSTANCE)!.securityGroups).toEqual(["sg-isolation-0c10c2c7"]);
    const done = await prisma.containmentRequest.findUniqueOrThrow({ where: { id: requestId }, include: { executions: { include: { steps: true } } } });
    expect(done.status).toBe("succeeded");
    expect(done.executions[0]!.endedAt).not.toBeNull();
    const steps = done.executions[0]!.steps.map((s) => `${s.stepName}:${s.status}`).sort();
    expect(steps).toEqual(["ApplyIsolation:InProgress", "ApplyIsolation:Success", "BackupSecurityGroups:InProgress", "BackupSecurityGroups:Success"]);
    const backup = done.executions[0]!.steps.find((s) => s.stepName === "BackupSecurityGroups" && s.status === "Success")!;
    expect(backup.outputs).toEqual({ "BackupSecurityGroups.original-security-groups": ["sg-web", "sg-ssh"] });
    expect(await kinds()).toEqual([
      "containment.requested", "containment.approved", "containment.started",
      "containment.step", "containment.step", "containment.step", "containment.step", "containment.finished",
    ]);
  });

  afterEach(() => {
    sim.holdStartResponses = null;
  });

  it("records AWS's failure message when a step fails, and the request as failed", async () => {
    const requestId = await approved("s3-bucket-block-public-access", { S3BucketName: "no-such-bucket" });
    expect(await startApprovedRequest(requestId)).toBe("started");
    await followToTheEnd(requestId);
    const done = await prisma.containmentRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(done.status).toBe("failed");
    expect(done.failure).toMatch(/NoSuchBucket/);
    const finished = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "containment.finished" } });
    expect(finished.payload).toMatchObject({ status: "failed", failureMessage: expect.stringMatching(/NoSuchBucket/) });
  });

  it("runs an exercise incident's action against the simulator only, and fails it rather than reach AWS when none is configured", async () => {
    const calls = sim.startCalls.length;
    const unconfigured = await approved("ec2-forensic-snapshot", { InstanceId: INSTANCE }, true);
    expect(await startApprovedRequest(unconfigured)).toBe("failed");
    expect(sim.startCalls.length).toBe(calls); // nothing called, not even the endpoint AWS_ENDPOINT_URL_SSM names
    expect((await prisma.containmentRequest.findUniqueOrThrow({ where: { id: unconfigured } })).failure).toMatch(/only against the simulator/);

    process.env.BREACHDESK_CONTAINMENT_SIMULATOR_URL = sim.url;
    process.env.AWS_ENDPOINT_URL_SSM = "http://127.0.0.1:9"; // "AWS": never reached by an exercise
    try {
      const exercise = await approved("ec2-forensic-snapshot", { InstanceId: INSTANCE }, true);
      expect(await startApprovedRequest(exercise)).toBe("started");
      expect(sim.startCalls.at(-1)).toMatchObject({ document: "AWS-CreateImage", accessKeyId: "EXERCISE" });
      await followToTheEnd(exercise);
      expect((await prisma.containmentRequest.findUniqueOrThrow({ where: { id: exercise } })).status).toBe("succeeded");
      const started = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "containment.started" } });
      expect(started.payload).toMatchObject({ exercise: true });
    } finally {
      process.env.AWS_ENDPOINT_URL_SSM = sim.url;
    }
  });

  it("records SSM's AccessDenied followed by the exact permissions the action needs, and starts nothing", async () => {
    sim.deniedDocuments.add("AWSSupport-ContainEC2Instance");
    try {
      const started = sim.executionsStarted;
      const requestId = await approved("ec2-instance-contain", { InstanceId: INSTANCE });
      expect(await startApprovedRequest(requestId)).toBe("failed");
      expect(sim.executionsStarted).toBe(started);
      const failed = await prisma.containmentRequest.findUniqueOrThrow({ where: { id: requestId } });
      expect(failed.status).toBe("failed");
      const needs = findAction("ec2-instance-contain")!.iamPermissions.join(", ");
      expect(failed.failure).toMatch(/^User: arn:aws:sts::111111111111:assumed-role\/.+ is not authorized to perform: ssm:StartAutomationExecution .+ This action needs: /);
      expect(failed.failure!.endsWith(` This action needs: ${needs}.`)).toBe(true);
      const finished = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "containment.finished" } });
      expect(finished.payload).toMatchObject({ status: "failed", failureMessage: failed.failure });
      expect(sim.model.instances.get(INSTANCE)!.securityGroups).toEqual(["sg-web", "sg-ssh"]);
    } finally {
      sim.deniedDocuments.clear();
    }
  });
});
