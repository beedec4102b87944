import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as zipRoute } from "@/app/api/incidents/[id]/export.zip/route";
import { POST as pdfRoute } from "@/app/api/incidents/[id]/report.pdf/route";
import { PUT as organisationRoute } from "@/app/api/organisation-profile/route";
import { prisma } from "@/lib/db";
import { getContainmentClock } from "@/lib/containment/clock-service";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { getContainmentProofs, recordExecutionProof } from "@/lib/containment/execution-record";
import { approveContainment, requestContainment } from "@/lib/containment/service";
import { followExecution, startApprovedRequest } from "@/lib/containment/runner";
import { canonicalJson } from "@/lib/hashing/canonical-json";
import { storagePath } from "@/lib/evidence/storage";
import type { TRouteHandler } from "@/lib/http/with-route";
import { getIncidentStatus, getPortfolioStatus } from "@/lib/status/service";
import { startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";
import { startSsmSimulator, type TSsmSimulator } from "@/tests/aws/ssm-simulator";
import { pdfText } from "@/tests/support/pdf-text";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const ROLE = "arn:aws:iam::111111111111:role/BreachdeskResponder";
const INSTANCE = "i-0c10c2c7863d1a356";
const ENV = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL_SSM", "AWS_ENDPOINT_URL_STS", "BREACHDESK_CONTAINMENT_SIMULATOR_URL", "BREACHDESK_EVIDENCE_DIR"] as const;
const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

type TRecord = {
  format: string;
  outcome: string;
  collectedBy: { kind: string; name: string };
  request: { id: string; requestHash: string; runbook: string; accountId: string; region: string; roleArn: string; parameters: Record<string, string>; requestedBy: { label: string } };
  approvals: { approverLabel: string; role: string; requestHash: string; counted: boolean }[];
  execution: { automationExecutionId: string; status: string; startedAt: string; endedAt: string | null; failureMessage: string | null } | null;
  startRefused: { failureMessage: string } | null;
  steps: { stepName: string; status: string; outputs: Record<string, string[]>; startedAt: string | null }[];
};

describe("the proof of containment: evidence per execution, the report and export, the containment clock", () => {
  let sim: TSsmSimulator;
  let sts: TFakeAws;
  let evidenceDir: string;
  const saved: Partial<Record<(typeof ENV)[number], string | undefined>> = {};

  beforeAll(async () => {
    sim = await startSsmSimulator();
    sts = await startFakeAws();
    for (const name of ENV) saved[name] = process.env[name];
    evidenceDir = mkdtempSync(path.join(tmpdir(), "breachdesk-containment-proof-"));
    process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE";
    process.env.AWS_SECRET_ACCESS_KEY = "fake-secret";
    process.env.AWS_ENDPOINT_URL_SSM = sim.url;
    process.env.AWS_ENDPOINT_URL_STS = sts.url;
    process.env.BREACHDESK_EVIDENCE_DIR = evidenceDir;
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
  let adminToken: string;
  let people: { engineer: Awaited<ReturnType<typeof createUser>>; commander: Awaited<ReturnType<typeof createUser>> };

  beforeEach(async () => {
    await resetDatabase();
    sim.model.instances.set(INSTANCE, { securityGroups: ["sg-web", "sg-ssh"], volumes: ["vol-0aa", "vol-0bb"] });
    sim.model.buckets.clear();
    delete process.env.BREACHDESK_CONTAINMENT_SIMULATOR_URL;
    people = { engineer: await createUser(["engineer"], "Eve Engineer"), commander: await createUser(["commander"], "Casey Commander") };
    adminToken = await createToken(["admin"]);
    incidentId = await declareIncidentVia(await createToken(["commander"]), people.commander.id, "Compromised web server");
    await prisma.findingSource.create({ data: { kind: "guardduty", region: "us-east-1", roleArn: ROLE } });
  });

  async function approved(actionId: string, parameters: Record<string, string>) {
    const made = await requestContainment(actorOf(people.engineer), incidentId, { actionId, accountId: "111111111111", region: "us-east-1", parameters });
    await approveContainment(actorOf(people.commander), incidentId, made.id, { requestHash: made.requestHash, password: "a long test password" });
    return made;
  }

  async function runToTheEnd(requestId: string) {
    expect(await startApprovedRequest(requestId)).toBe("started");
    for (let pass = 0; pass < 20; pass++) {
      // Two followers race on every pass, the end included: the record must still be registered once.
      const [a, b] = await Promise.all([followExecution(requestId), followExecution(requestId)]);
      if (a || b) return;
    }
    throw new Error("the execution never ended");
  }

  /** The one evidence item of the request's execution(s), its stored bytes, and the parsed record. */
  async function proofOf(requestId: string) {
    const records = await prisma.containmentExecutionRecord.findMany({ where: { requestId } });
    expect(records).toHaveLength(1);
    const record = records[0]!;
    const item = await prisma.evidence.findUniqueOrThrow({ where: { id: record.evidenceId }, include: { custody: true } });
    const bytes = readFileSync(storagePath(item.storageKey!));
    return { record, item, bytes, content: JSON.parse(bytes.toString("utf8")) as TRecord };
  }

  it("registers a succeeded execution's full record as exactly one evidence item, its SHA-256 matching its canonical bytes, collected by the system", async () => {
    const made = await approved("ec2-instance-contain", { InstanceId: INSTANCE });
    await runToTheEnd(made.id);

    const { record, item, bytes, content } = await proofOf(made.id);
    const execution = await prisma.containmentExecution.findFirstOrThrow({ where: { requestId: made.id } });
    expect(await prisma.evidence.count({ where: { incidentId, name: { startsWith: "containment-" } } })).toBe(1);
    expect(record).toMatchObject({ executionId: execution.id, startClaimToken: null, outcome: "succeeded" });
    expect(sha256(bytes)).toBe(item.sha256);
    expect(record.sha256).toBe(item.sha256);
    expect(bytes.toString("utf8")).toBe(canonicalJson(content)); // canonical JSON: anyone can re-derive the same bytes
    expect(item).toMatchObject({ kind: "file", hashSource: "computed", mediaType: "application/json", custodianId: null, custodianLabel: "Containment runner", name: `containment-ec2-instance-contain-${execution.automationExecutionId}.json` });

    // The record: what was asked, who approved exactly which hash as what, what AWS ran, every step, the timings.
    expect(content).toMatchObject({
      format: "breachdesk-containment-execution/1",
      outcome: "succeeded",
      collectedBy: { kind: "system", name: "Containment runner" },
      request: { id: made.id, requestHash: made.requestHash, runbook: "AWSSupport-ContainEC2Instance", accountId: "111111111111", region: "us-east-1", roleArn: ROLE, requestedBy: { label: "Eve Engineer" } },
      approvals: [{ approverLabel: "Casey Commander", role: "incident_commander", requestHash: made.requestHash, counted: true }],
      execution: { automationExecutionId: execution.automationExecutionId, status: "Success", startedAt: execution.startedAt.toISOString(), endedAt: execution.endedAt!.toISOString(), failureMessage: null },
      startRefused: null,
    });
    expect(content.request.parameters).toMatchObject({ InstanceId: INSTANCE, Action: "Contain" });
    expect(content.steps.map((s) => `${s.stepName}:${s.status}`).sort()).toEqual([
      "ApplyIsolation:InProgress", "ApplyIsolation:Success", "BackupSecurityGroups:InProgress", "BackupSecurityGroups:Success",
    ]);
    expect(content.steps.find((s) => s.stepName === "BackupSecurityGroups" && s.status === "Success")!.outputs).toEqual({
      "BackupSecurityGroups.original-security-groups": ["sg-web", "sg-ssh"],
    });

    // Custody says the system collected it; the timeline has its registration.
    expect(item.custody).toHaveLength(1);
    expect(item.custody[0]).toMatchObject({ action: "registered", actorUserId: null, actorLabel: "Containment runner", detail: { sha256: item.sha256 } });
    expect(item.custody[0]!.reason).toMatch(/^Collected by the system, not by a person: the containment runner recorded SSM Automation execution /);
    const registered = await prisma.timelineEvent.findMany({ where: { incidentId, kind: "evidence.registered" } });
    expect(registered).toHaveLength(1);
    expect(registered[0]!.payload).toMatchObject({ evidence: { id: item.id }, sha256: item.sha256 });

    // The Containment tab lists it under its execution.
    expect(await getContainmentProofs(actorOf(people.engineer), incidentId)).toEqual([
      expect.objectContaining({ requestId: made.id, executionId: execution.id, evidenceId: item.id, name: item.name, sha256: item.sha256, outcome: "succeeded" }),
    ]);

    // Asked again for the same end (a late follower, a retry of the hook): the same record, no second item.
    const again = await prisma.$transaction((tx) => recordExecutionProof(tx, { requestId: made.id, executionId: execution.id }));
    expect(again.id).toBe(record.id);
    expect(await prisma.evidence.count({ where: { incidentId } })).toBe(1);
    // And the database refuses a second record of the execution, whatever code tries.
    await expect(
      prisma.containmentExecutionRecord.create({ data: { requestId: made.id, executionId: execution.id, evidenceId: item.id, sha256: item.sha256!, outcome: "succeeded" } }),
    ).rejects.toThrow();
  });

  it("records a failed execution with AWS's message, and a start AWS refused, each once", async () => {
    const failing = await approved("s3-bucket-block-public-access", { S3BucketName: "no-such-bucket" });
    await runToTheEnd(failing.id);
    const failed = await proofOf(failing.id);
    expect(failed.record.outcome).toBe("failed");
    expect(failed.content.outcome).toBe("failed");
    expect(failed.content.execution!.failureMessage).toMatch(/NoSuchBucket/);
    expect(sha256(failed.bytes)).toBe(failed.item.sha256);

    // An exercise with no simulator configured: the start is refused before AWS is reached; its refusal is the record.
    await prisma.incident.update({ where: { id: incidentId }, data: { exercise: true } });
    const refused = await approved("ec2-forensic-snapshot", { InstanceId: INSTANCE });
    expect(await startApprovedRequest(refused.id)).toBe("failed");
    const proof = await proofOf(refused.id);
    expect(proof.record).toMatchObject({ executionId: null, outcome: "failed" });
    expect(proof.record.startClaimToken).not.toBeNull();
    expect(proof.content).toMatchObject({ outcome: "failed", execution: null, steps: [], startRefused: { failureMessage: expect.stringMatching(/only against the simulator/) } });
    expect(sha256(proof.bytes)).toBe(proof.item.sha256);
  });

  async function download(handler: TRouteHandler, file: string) {
    const request = new Request(`http://localhost/api/incidents/${incidentId}/${file}`, { method: "POST", headers: { host: "localhost", authorization: `Bearer ${adminToken}` } });
    const response = await handler(request, { params: Promise.resolve({ id: incidentId }) });
    expect(response.status).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  }

  it("puts each request with its approvals, execution, steps, outcome and evidence hash in the PDF report and the export bundle", async () => {
    const made = await approved("ec2-instance-contain", { InstanceId: INSTANCE });
    await runToTheEnd(made.id);
    const { item } = await proofOf(made.id);
    const execution = await prisma.containmentExecution.findFirstOrThrow({ where: { requestId: made.id } });

    const text = await pdfText(await download(pdfRoute, "report.pdf"));
    for (const expected of [
      "Containment clock: Contained under a minute after declaration, within the 4-hour target.",
      `Isolate the instance on the network on ${INSTANCE}`,
      "Runbook AWSSupport-ContainEC2Instance (action version 1) in account 111111111111, us-east-1",
      `Request SHA-256 ${made.requestHash}`,
      "Approved by Casey Commander as the incident's commander",
      `Approved SHA-256 ${made.requestHash}`,
      `Execution ${execution.automationExecutionId} (AWSSupport-ContainEC2Instance): Success`,
      "Step BackupSecurityGroups (aws:executeScript): Success",
      "outputs BackupSecurityGroups.original-security-groups = sg-web, sg-ssh",
      `evidence SHA-256 ${item.sha256}`,
      "Outcome: succeeded",
    ]) {
      expect(text, expected).toContain(expected);
    }

    const zip = await JSZip.loadAsync(await download(zipRoute, "export.zip"));
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string")) as { files: { path: string; sha256: string }[] };
    const listed = manifest.files.find((f) => f.path === "sections/containment.json");
    expect(listed).toBeDefined();
    const jsonBytes = await zip.file("sections/containment.json")!.async("uint8array");
    expect(sha256(jsonBytes)).toBe(listed!.sha256);
    const section = JSON.parse(new TextDecoder().decode(jsonBytes)) as {
      clock: { state: string; targetHours: number; sentence: string };
      requests: { id: string; requestHash: string; status: string; approvals: { approverLabel: string; requestHash: string }[]; executions: { automationExecutionId: string; status: string; steps: { stepName: string; status: string }[]; proof: { sha256: string; evidenceId: string } }[] }[];
    };
    expect(section.clock).toMatchObject({ state: "met", targetHours: 4 });
    expect(section.requests).toHaveLength(1);
    const [only] = section.requests;
    expect(only).toMatchObject({ id: made.id, requestHash: made.requestHash, status: "succeeded", approvals: [{ approverLabel: "Casey Commander", requestHash: made.requestHash }] });
    expect(only!.executions).toHaveLength(1);
    expect(only!.executions[0]).toMatchObject({ automationExecutionId: execution.automationExecutionId, status: "Success", proof: { sha256: item.sha256, evidenceId: item.id } });
    expect(only!.executions[0]!.steps).toHaveLength(4);
  });

  it("says so in the report when nothing was requested, and never looks calm", async () => {
    const text = await pdfText(await download(pdfRoute, "report.pdf"));
    expect(text).toContain("Containment clock: No containment action has been requested;");
    expect(text).toContain("No containment action was requested.");
    expect(text).toContain("not yet: no containment action has succeeded");
  });

  it("stops the containment clock at the last success, against the organisation's target, the same on the incident and the exec status view", async () => {
    const commander = actorOf(people.commander);
    const declaredAt = new Date(Date.now() - 5 * 3_600_000);
    await prisma.incident.update({ where: { id: incidentId }, data: { declaredAt } });
    const before = await getContainmentClock(commander, incidentId);
    expect(before).toMatchObject({ state: "overdue", tone: "alert", targetHours: 4 });
    expect(before.sentence).toMatch(/^No containment action has succeeded; 5 h since declaration, past the 4-hour target\. None has been requested\.$/);
    expect((await getIncidentStatus(commander, incidentId)).containment.state).toBe("overdue");
    expect((await getPortfolioStatus(commander)).rows.map((row) => row.containment.state)).toEqual(["overdue"]);

    // A dry run or a release that succeeded contains nothing: the clock does not stop for them.
    const base = {
      incidentId, actionId: "iam-principal-contain", actionVersion: 1, runbook: "AWSSupport-ContainIAMPrincipal", target: "leaked-user", accountId: "111111111111",
      region: "us-east-1", roleArn: ROLE, requestHash: "d".repeat(64), exercise: false, requestedByLabel: "Eve Engineer", status: "succeeded",
    };
    await prisma.containmentRequest.create({ data: { ...base, parameters: { PrincipalName: "leaked-user", Action: "Release", DryRun: "false" } } });
    await prisma.containmentRequest.create({ data: { ...base, parameters: { PrincipalName: "leaked-user", Action: "Contain", DryRun: "true" }, dryRun: true } });
    expect(await getContainmentClock(commander, incidentId)).toMatchObject({ state: "overdue", succeeded: 0 });

    // The administrator moves the target to 8 hours; a value outside 1–720 is refused, naming the field.
    const profile = { timeZone: "Europe/Berlin", establishments: [], dataRole: "controller", flags: {} };
    const refused = await call(organisationRoute, "PUT", "/api/organisation-profile", { token: adminToken, json: { profile, containmentTargetHours: 721, reason: "Contain faster" } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("containmentTargetHours");
    const saved = await call(organisationRoute, "PUT", "/api/organisation-profile", { token: adminToken, json: { profile, containmentTargetHours: 8, reason: "Our policy is 8 hours" } });
    expect(saved.status).toBe(200);
    expect(await prisma.adminAuditEntry.findFirst({ where: { action: "containment-target.changed" }, select: { before: true, after: true } })).toEqual({ before: { hours: 4 }, after: { hours: 8 } });
    const running = await approved("ec2-instance-contain", { InstanceId: INSTANCE });
    expect(await getContainmentClock(commander, incidentId)).toMatchObject({ state: "in_progress", tone: "warning", targetHours: 8, inProgress: 1 });

    await runToTheEnd(running.id);
    const execution = await prisma.containmentExecution.findFirstOrThrow({ where: { requestId: running.id } });
    const after = await getContainmentClock(commander, incidentId, new Date(Date.now() + 3_600_000));
    expect(after).toMatchObject({ state: "met", tone: "ok", containedAt: execution.endedAt });
    expect(after.sentence).toMatch(/^Contained 5 h( \d+ min)? after declaration, within the 8-hour target\.$/);
    expect((await getIncidentStatus(commander, incidentId)).containment).toMatchObject({ state: "met", containedAt: execution.endedAt });
    expect((await getPortfolioStatus(commander)).rows.map((row) => row.containment.state)).toEqual(["met"]);
  });

  it("stops the clock when the incident is closed with nothing contained, and keeps saying so", async () => {
    const commander = actorOf(people.commander);
    const declaredAt = new Date(Date.now() - 10 * 3_600_000);
    await prisma.incident.update({ where: { id: incidentId }, data: { declaredAt } });
    await prisma.$transaction(async (tx) => {
      await tx.incident.update({ where: { id: incidentId }, data: { status: "closed" } });
      await appendTimelineEvent(tx, { incidentId, kind: "incident.status-changed", actor: { kind: "system", name: "test" }, payload: { from: "triage", to: "closed", reason: "False alarm", version: 2 } });
    });
    const now = await getContainmentClock(commander, incidentId);
    const later = await getContainmentClock(commander, incidentId, new Date(Date.now() + 48 * 3_600_000));
    expect(now).toMatchObject({ state: "closed_uncontained", tone: "alert", containedAt: null });
    expect(later.elapsedMs).toBe(now.elapsedMs);
    expect(now.sentence).toMatch(/^The incident was closed 10 h( \d+ min)? after declaration with no containment action recorded as succeeded, past the 4-hour target\./);
  });
});
