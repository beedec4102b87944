import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as retryRoute } from "@/app/api/incidents/[id]/containment/[requestId]/retry/route";
import { POST as releaseRoute } from "@/app/api/incidents/[id]/containment/[requestId]/release/route";
import { prisma } from "@/lib/db";
import { approveContainment, getContainment, requestContainment } from "@/lib/containment/service";
import { retryContainment } from "@/lib/containment/retry";
import { requestRelease } from "@/lib/containment/release";
import { followExecution, startApprovedRequest } from "@/lib/containment/runner";
import { REVOKE_OLDER_SESSIONS_POLICY } from "@/lib/containment/direct-calls";
import { containmentSection } from "@/lib/reports/sections/containment";
import { insertApiToken } from "@/lib/tokens/service";
import { startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";
import { simPrincipal, startSsmSimulator, type TSsmSimulator } from "@/tests/aws/ssm-simulator";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const ROLE = "arn:aws:iam::111111111111:role/BreachdeskResponder";
const INSTANCE = "i-0c10c2c7863d1a356";
const PASSWORD = "a long test password";
const LEASE_MS = 2_000;
const ENV = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL_SSM", "AWS_ENDPOINT_URL_IAM", "AWS_ENDPOINT_URL_CLOUDTRAIL", "AWS_ENDPOINT_URL_STS", "BREACHDESK_CONTAINMENT_SIMULATOR_URL"] as const;

type TUser = Awaited<ReturnType<typeof createUser>>;

describe("containment after the first run: retry on unchanged approvals, release through the gate, direct IAM calls", () => {
  let sim: TSsmSimulator;
  let sts: TFakeAws;
  const saved: Partial<Record<(typeof ENV)[number], string | undefined>> = {};

  beforeAll(async () => {
    sim = await startSsmSimulator();
    sts = await startFakeAws();
    for (const name of ENV) saved[name] = process.env[name];
    process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE";
    process.env.AWS_SECRET_ACCESS_KEY = "fake-secret";
    process.env.AWS_ENDPOINT_URL_SSM = sim.url;
    process.env.AWS_ENDPOINT_URL_IAM = sim.url;
    process.env.AWS_ENDPOINT_URL_CLOUDTRAIL = sim.url;
    process.env.AWS_ENDPOINT_URL_STS = sts.url;
    delete process.env.BREACHDESK_CONTAINMENT_SIMULATOR_URL;
  });
  afterAll(async () => {
    for (const name of ENV) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await sim.close();
    await sts.close();
  });
  afterEach(() => {
    sim.holdIamResponses = null;
    sim.failNextExecutions = [];
  });

  let incidentId: string;
  let engineer: TUser;
  let engineer2: TUser;
  let commander: TUser;
  let commander2: TUser;
  let tokens: { engineer: string; exec: string };

  beforeEach(async () => {
    await resetDatabase();
    sim.model.instances.set(INSTANCE, { securityGroups: ["sg-web", "sg-ssh"], volumes: ["vol-0aa"] });
    sim.model.originalGroups.clear();
    sim.model.originalPrincipals.clear();
    sim.model.principals.clear();
    sim.iamCalls = [];
    sim.cloudTrailCalls = [];
    sim.model.trails.clear();
    engineer = await createUser(["engineer"], "Eve Engineer");
    engineer2 = await createUser(["engineer"], "Eli Engineer");
    commander = await createUser(["commander"], "Casey Commander");
    commander2 = await createUser(["commander"], "Cleo Commander");
    const exec = await createUser(["exec"], "Ezra Exec");
    tokens = {
      engineer: (await insertApiToken({ name: "Eve's token", roles: engineer.roles }, engineer.id)).secret,
      exec: (await insertApiToken({ name: "Ezra's token", roles: exec.roles }, exec.id)).secret,
    };
    incidentId = await declareIncidentVia(await createToken(["commander"]), commander.id, "Compromised web server");
    await prisma.findingSource.create({ data: { kind: "guardduty", region: "us-east-1", roleArn: ROLE } });
  });

  const approve = (user: TUser, requestId: string, requestHash: string) =>
    approveContainment(actorOf(user), incidentId, requestId, { requestHash, password: PASSWORD }).then(
      () => 201,
      (error: { status?: number }) => error.status ?? 500,
    );

  async function approved(actionId: string, parameters: Record<string, string>, approvers: TUser[] = [commander]) {
    const made = await requestContainment(actorOf(engineer), incidentId, { actionId, accountId: "111111111111", region: "us-east-1", parameters });
    for (const approver of approvers) expect(await approve(approver, made.id, made.requestHash)).toBe(201);
    return made.id;
  }

  async function followToTheEnd(requestId: string) {
    for (let pass = 0; pass < 20; pass++) if (await followExecution(requestId)) return;
    throw new Error("the execution never ended");
  }

  const stored = (id: string) => prisma.containmentRequest.findUniqueOrThrow({ where: { id }, include: { executions: { include: { steps: true }, orderBy: { attempt: "asc" } } } });
  const kinds = async () => (await prisma.timelineEvent.findMany({ where: { incidentId, kind: { startsWith: "containment." } }, orderBy: { sequence: "asc" } })).map((e) => e.kind);
  const refusal = (promise: Promise<unknown>) => promise.then(() => ({ status: 200, message: "" }), (error: { status?: number; message: string }) => ({ status: error.status ?? 500, message: error.message }));

  async function failedOnce(): Promise<string> {
    const requestId = await approved("ec2-instance-contain", { InstanceId: INSTANCE });
    sim.failNextExecutions.push({ document: "AWSSupport-ContainEC2Instance", message: "UnauthorizedOperation: You are not authorized to perform ec2:ModifyInstanceAttribute." });
    expect(await startApprovedRequest(requestId)).toBe("started");
    await followToTheEnd(requestId);
    const failed = await stored(requestId);
    expect(failed.status).toBe("failed");
    expect(failed.failure).toMatch(/UnauthorizedOperation/);
    return requestId;
  }

  describe("retry", () => {
    it("retries a failed request on its unchanged approvals: one new execution with a new ClientToken, even with two workers", async () => {
      const requestId = await failedOnce();
      const startsBefore = sim.executionsStarted;
      const view = (await getContainment(actorOf(engineer), incidentId)).requests.find((r) => r.id === requestId)!;
      expect(view.viewer).toMatchObject({ mayRetry: true, retryRefusal: null });

      const retried = await call(retryRoute, "POST", "/x", { token: tokens.engineer, params: { id: incidentId, requestId }, json: { basedOnAttempt: 1 } });
      expect(retried.status, JSON.stringify(retried.body)).toBe(200);
      expect(retried.body!.request).toMatchObject({ status: "approved", attempt: 2 });
      // A double click: the second retry of the same failed attempt is refused, nothing more starts.
      const again = await call(retryRoute, "POST", "/x", { token: tokens.engineer, params: { id: incidentId, requestId }, json: { basedOnAttempt: 1 } });
      expect(again.status).toBe(409);

      const racing = await Promise.all([startApprovedRequest(requestId, { leaseMs: LEASE_MS }), startApprovedRequest(requestId, { leaseMs: LEASE_MS })]);
      expect(racing.sort()).toEqual(["not-claimed", "started"]);
      expect(sim.executionsStarted).toBe(startsBefore + 1);
      await followToTheEnd(requestId);

      const done = await stored(requestId);
      expect(done.status).toBe("succeeded");
      expect(done.attempt).toBe(2);
      expect(done.executions.map((e) => [e.attempt, e.status])).toEqual([[1, "Failed"], [2, "Success"]]);
      expect(new Set(done.executions.map((e) => e.clientToken)).size).toBe(2);
      const tokensSent = sim.startCalls.slice(-2).map((c) => c.clientToken);
      expect(tokensSent[0]).not.toBe(tokensSent[1]);
      expect(sim.model.instances.get(INSTANCE)!.securityGroups).toEqual(["sg-isolation-0c10c2c7"]);
      expect(await prisma.containmentApproval.count()).toBe(1); // no new approval was needed
      expect(await kinds()).toEqual([
        "containment.requested", "containment.approved", "containment.started", "containment.step", "containment.step", "containment.finished",
        "containment.retried", "containment.started", "containment.step", "containment.step", "containment.step", "containment.step", "containment.finished",
      ]);
      const event = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "containment.retried" } });
      expect(event.payload).toMatchObject({ requestId, attempt: 2, previousFailure: expect.stringMatching(/UnauthorizedOperation/) });
    });

    it("refuses a retry with 409 once an approval was voided; the approvals of a changed role's hash do not carry over either", async () => {
      const requestId = await failedOnce();
      await prisma.containmentApproval.updateMany({ where: { requestId }, data: { voidedAt: new Date(), voidedReason: "The approver left the incident." } });
      const voided = await refusal(retryContainment(actorOf(engineer), incidentId, requestId, { basedOnAttempt: 1 }));
      expect(voided.status).toBe(409);
      expect(voided.message).toMatch(/approvals .* no longer hold/);
      expect((await getContainment(actorOf(engineer), incidentId)).requests[0]!.viewer).toMatchObject({ mayRetry: false, retryRefusal: expect.stringMatching(/approving again/) });
      expect((await stored(requestId)).status).toBe("failed");

      const other = await failedOnce();
      // The account's role is replaced: what would run now hashes differently from what was approved.
      await prisma.findingSource.create({ data: { kind: "securityhub", region: "us-east-1", roleArn: "arn:aws:iam::111111111111:role/NewResponder" } });
      const changed = await refusal(retryContainment(actorOf(engineer), incidentId, other, { basedOnAttempt: 1 }));
      expect(changed.status).toBe(409);
      expect(changed.message).toMatch(/differs from what was approved/);
      expect((await stored(other)).status).toBe("failed");
      expect(await kinds()).not.toContain("containment.retried");
    });

    it("refuses a retry by an executive (403) and of a request that did not fail (409); an engineer's retry of a failed one is accepted", async () => {
      const requestId = await failedOnce();
      expect((await call(retryRoute, "POST", "/x", { token: tokens.exec, params: { id: incidentId, requestId }, json: { basedOnAttempt: 1 } })).status).toBe(403);
      const awaiting = await requestContainment(actorOf(engineer), incidentId, { actionId: "ec2-forensic-snapshot", accountId: "111111111111", region: "us-east-1", parameters: { InstanceId: INSTANCE } });
      expect((await refusal(retryContainment(actorOf(engineer), incidentId, awaiting.id, { basedOnAttempt: 1 }))).status).toBe(409);
      expect((await refusal(retryContainment(actorOf(engineer), incidentId, requestId, { basedOnAttempt: 1 }))).status).toBe(200);
    });
  });

  describe("release", () => {
    it("releases an isolated instance through its own approval (not by whoever asked for the release) and restores its security groups", async () => {
      const requestId = await approved("ec2-instance-contain", { InstanceId: INSTANCE });
      await startApprovedRequest(requestId);
      await followToTheEnd(requestId);
      expect(sim.model.instances.get(INSTANCE)!.securityGroups).toEqual(["sg-isolation-0c10c2c7"]);

      const asked = await call(releaseRoute, "POST", "/x", { token: tokens.engineer, params: { id: incidentId, requestId } });
      expect(asked.status, JSON.stringify(asked.body)).toBe(201);
      const release = asked.body!.request as { id: string; requestHash: string };
      const row = await stored(release.id);
      expect(row).toMatchObject({ kind: "release", releasesRequestId: requestId, status: "awaiting_approval", runbook: "AWSSupport-ContainEC2Instance", requestedById: engineer.id });
      expect(row.parameters).toEqual({ InstanceId: INSTANCE, Action: "Release", DryRun: "false", AutomationAssumeRole: ROLE });
      expect(release.requestHash).not.toBe((await stored(requestId)).requestHash);
      // Asked once: a second release of the same action is refused.
      expect((await call(releaseRoute, "POST", "/x", { token: tokens.engineer, params: { id: incidentId, requestId } })).status).toBe(409);

      // The one who asked for the release cannot approve it; production access needs the incident's commander: a
      // commander who does not lead this incident cannot stand in; the incident's commander approves.
      expect(await approve(engineer, release.id, release.requestHash)).toBe(403);
      expect(await approve(engineer2, release.id, release.requestHash)).toBe(403);
      expect(await approve(commander2, release.id, release.requestHash)).toBe(403);
      expect(await approve(commander, release.id, release.requestHash)).toBe(201);
      expect(await startApprovedRequest(release.id)).toBe("started");
      expect(sim.startCalls.at(-1)).toMatchObject({ document: "AWSSupport-ContainEC2Instance" });
      await followToTheEnd(release.id);
      expect((await stored(release.id)).status).toBe("succeeded");
      expect(sim.model.instances.get(INSTANCE)!.securityGroups).toEqual(["sg-web", "sg-ssh"]);

      const views = (await getContainment(actorOf(engineer), incidentId)).requests;
      expect(views.find((r) => r.id === requestId)!.viewer).toMatchObject({ releasedBy: release.id, mayRelease: false });
      expect(views.find((r) => r.id === release.id)).toMatchObject({ kind: "release", releasesRequestId: requestId });
      const events = await prisma.timelineEvent.findMany({ where: { incidentId, kind: { in: ["containment.requested", "containment.finished"] } }, orderBy: { sequence: "asc" } });
      expect(events.map((e) => (e.payload as { releasesRequestId?: string | null }).releasesRequestId ?? null)).toEqual([null, null, requestId, requestId]);
      // The report names the link both ways too.
      const incident = await prisma.incident.findUniqueOrThrow({ where: { id: incidentId } });
      const section = await containmentSection.build({ data: { incident }, zone: { zone: "UTC" }, generatedAt: new Date() } as never);
      const text = JSON.stringify(section.blocks);
      expect(text).toContain(`Released by request ${release.id} (succeeded)`);
      expect(text).toContain(`Release (roll back) of request ${requestId}`);
    });

    it("releases a contained IAM principal: its policies and access key statuses come back; the release needs its own two approvals, not its requester's", async () => {
      sim.model.principals.set("sharrtest", simPrincipal({ policies: ["arn:aws:iam::aws:policy/ReadOnlyAccess"], accessKeys: { AKIAIOSFODNN7EXAMPLE: "Active" } }));
      const requestId = await approved("iam-principal-contain", { PrincipalName: "sharrtest" }, [engineer2, commander]);
      await startApprovedRequest(requestId);
      await followToTheEnd(requestId);
      expect(sim.model.principals.get("sharrtest")).toMatchObject({ contained: true, accessKeys: { AKIAIOSFODNN7EXAMPLE: "Inactive" } });

      const release = await requestRelease(actorOf(engineer2), incidentId, requestId);
      expect(await approve(engineer2, release.id, release.requestHash)).toBe(403); // who asked for it
      expect(await approve(engineer, release.id, release.requestHash)).toBe(201);
      expect((await stored(release.id)).status).toBe("awaiting_approval"); // destructive: two people, one the incident's commander
      expect(await approve(commander, release.id, release.requestHash)).toBe(201);
      await startApprovedRequest(release.id);
      await followToTheEnd(release.id);
      expect(sim.model.principals.get("sharrtest")).toMatchObject({
        contained: false, policies: ["arn:aws:iam::aws:policy/ReadOnlyAccess"], accessKeys: { AKIAIOSFODNN7EXAMPLE: "Active" },
      });
    });

    it("refuses releasing an action with no release runbook, a dry run, or one that has not succeeded (409)", async () => {
      const snapshot = await approved("ec2-forensic-snapshot", { InstanceId: INSTANCE }, [commander]);
      await startApprovedRequest(snapshot);
      await followToTheEnd(snapshot);
      expect((await refusal(requestRelease(actorOf(engineer), incidentId, snapshot))).message).toMatch(/no release runbook/);
      const dry = await approved("ec2-instance-contain", { InstanceId: INSTANCE, DryRun: "true" });
      await startApprovedRequest(dry);
      await followToTheEnd(dry);
      expect((await refusal(requestRelease(actorOf(engineer), incidentId, dry))).message).toMatch(/dry run/);
      const pending = await requestContainment(actorOf(engineer), incidentId, { actionId: "ec2-instance-contain", accountId: "111111111111", region: "us-east-1", parameters: { InstanceId: INSTANCE } });
      expect((await refusal(requestRelease(actorOf(engineer), incidentId, pending.id))).status).toBe(409);
      expect(await prisma.containmentRequest.count({ where: { kind: "release" } })).toBe(0);
    });
  });

  describe("direct IAM calls", () => {
    it("revokes a role's sessions with one PutRolePolicy even with two workers, recorded as one execution of one step", async () => {
      sim.model.principals.set("web-role", simPrincipal());
      const requestId = await approved("iam-role-revoke-sessions", { RoleName: "web-role" }, [engineer2, commander]);
      const racing = await Promise.all([startApprovedRequest(requestId, { leaseMs: LEASE_MS }), startApprovedRequest(requestId, { leaseMs: LEASE_MS })]);
      expect(racing.sort()).toEqual(["not-claimed", "started"]);
      const puts = sim.iamCalls.filter((c) => c.action === "PutRolePolicy");
      expect(puts).toHaveLength(1);
      expect(puts[0]!.accessKeyId).toMatch(/^ASIAFAKE/); // as the account's role, through STS
      const policy = JSON.parse(sim.model.principals.get("web-role")!.inlinePolicies[REVOKE_OLDER_SESSIONS_POLICY]!) as { Statement: { Effect: string; Condition: { DateLessThan: Record<string, string> } }[] };
      expect(policy.Statement[0]).toMatchObject({ Effect: "Deny", Condition: { DateLessThan: { "aws:TokenIssueTime": expect.stringMatching(/^\d{4}-/) } } });
      const done = await stored(requestId);
      expect(done.status).toBe("succeeded");
      expect(done.executions).toHaveLength(1);
      expect(done.executions[0]!.steps.map((s) => [s.stepName, s.status])).toEqual([["PutRolePolicy", "Success"]]);
      expect(done.executions[0]!.steps[0]!.outputs).toMatchObject({ RoleName: ["web-role"], PolicyName: [REVOKE_OLDER_SESSIONS_POLICY], RequestId: [expect.any(String)] });
      // Its proof, as for an automation: one evidence record of the one execution.
      expect(await prisma.containmentExecutionRecord.findMany({ where: { requestId }, select: { executionId: true, outcome: true } })).toEqual([
        { executionId: done.executions[0]!.id, outcome: "succeeded" },
      ]);
      expect(await kinds()).toEqual(["containment.requested", "containment.approved", "containment.approved", "containment.started", "containment.step", "containment.finished"]);
    });

    it("repeats the identical call after a worker died between IAM's answer and the record, and records it once", async () => {
      sim.model.principals.set("web-role", simPrincipal());
      const requestId = await approved("iam-role-revoke-sessions", { RoleName: "web-role" }, [engineer2, commander]);
      let answer!: () => void;
      sim.holdIamResponses = new Promise<void>((resolve) => (answer = resolve));
      const dying = new AbortController();
      const first = startApprovedRequest(requestId, { leaseMs: LEASE_MS, signal: dying.signal });
      while (sim.iamCalls.length < 1) await new Promise((resolve) => setTimeout(resolve, 10));
      dying.abort(); // IAM applied it; the worker stops before it records anything
      expect(await first).toBe("interrupted");
      sim.holdIamResponses = null;
      answer();
      await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 100));
      expect(await startApprovedRequest(requestId, { leaseMs: LEASE_MS })).toBe("started");
      const puts = sim.iamCalls.filter((c) => c.action === "PutRolePolicy");
      expect(puts).toHaveLength(2);
      expect(puts[1]!.params.PolicyDocument).toBe(puts[0]!.params.PolicyDocument); // the same call: same name, same cut-off
      const done = await stored(requestId);
      expect(done.executions).toHaveLength(1);
      expect(await prisma.containmentExecutionRecord.count({ where: { requestId } })).toBe(1);
      expect(await kinds()).toEqual(["containment.requested", "containment.approved", "containment.approved", "containment.started", "containment.step", "containment.finished"]);
    });

    it("restarts a stopped trail's logging with one StartLogging even with two workers, and shows CloudTrail's refusal of an unknown trail", async () => {
      sim.model.trails.set("main-trail", { logging: false });
      const requestId = await approved("cloudtrail-start-logging", { Name: "main-trail" }, [engineer2]);
      const racing = await Promise.all([startApprovedRequest(requestId, { leaseMs: LEASE_MS }), startApprovedRequest(requestId, { leaseMs: LEASE_MS })]);
      expect(racing.sort()).toEqual(["not-claimed", "started"]);
      expect(sim.cloudTrailCalls).toMatchObject([{ operation: "StartLogging", input: { Name: "main-trail" }, accessKeyId: expect.stringMatching(/^ASIAFAKE/) }]);
      expect(sim.model.trails.get("main-trail")).toEqual({ logging: true });
      const done = await stored(requestId);
      expect(done.status).toBe("succeeded");
      expect(done.executions[0]!.steps.map((s) => [s.stepName, s.status])).toEqual([["StartLogging", "Success"]]);

      const unknown = await approved("cloudtrail-start-logging", { Name: "gone-trail" }, [engineer2]);
      expect(await startApprovedRequest(unknown)).toBe("failed");
      expect((await stored(unknown)).failure).toMatch(/Unknown trail: gone-trail/);
    });

    it("makes an exercise incident's direct call to the simulator only, never to the IAM endpoint AWS would be reached at", async () => {
      sim.model.principals.set("sharrtest", simPrincipal({ accessKeys: { AKIAIOSFODNN7EXAMPLE: "Active" } }));
      await prisma.incident.update({ where: { id: incidentId }, data: { exercise: true } });
      const unconfigured = await approved("iam-access-key-deactivate", { UserName: "sharrtest", AccessKeyId: "AKIAIOSFODNN7EXAMPLE" });
      expect(await startApprovedRequest(unconfigured)).toBe("failed");
      expect(sim.iamCalls).toEqual([]); // not even the endpoint AWS_ENDPOINT_URL_IAM names
      expect((await stored(unconfigured)).failure).toMatch(/only against the simulator/);

      process.env.BREACHDESK_CONTAINMENT_SIMULATOR_URL = sim.url;
      process.env.AWS_ENDPOINT_URL_IAM = "http://127.0.0.1:9"; // "AWS": never reached by an exercise
      try {
        await retryContainment(actorOf(engineer), incidentId, unconfigured, { basedOnAttempt: 1 });
        expect(await startApprovedRequest(unconfigured)).toBe("started");
        expect(sim.iamCalls).toMatchObject([{ action: "UpdateAccessKey", accessKeyId: "EXERCISE" }]);
        expect(sim.model.principals.get("sharrtest")!.accessKeys.AKIAIOSFODNN7EXAMPLE).toBe("Inactive");
        const started = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "containment.started" } });
        expect(started.payload).toMatchObject({ exercise: true, runbook: "iam:UpdateAccessKey", attempt: 2 });
      } finally {
        delete process.env.BREACHDESK_CONTAINMENT_SIMULATOR_URL;
        process.env.AWS_ENDPOINT_URL_IAM = sim.url;
      }
    });

    it("shows IAM's refusal of a key deactivation, a retry on the same approvals deactivates it once the key is found, and Release reactivates it", async () => {
      sim.model.principals.set("sharrtest", simPrincipal({ accessKeys: {} }));
      const requestId = await approved("iam-access-key-deactivate", { UserName: "sharrtest", AccessKeyId: "AKIAIOSFODNN7EXAMPLE" });
      expect(await startApprovedRequest(requestId)).toBe("failed");
      const failed = await stored(requestId);
      expect(failed.status).toBe("failed");
      expect(failed.failure).toMatch(/cannot be found/);
      expect(failed.executions[0]!.steps[0]).toMatchObject({ stepName: "UpdateAccessKey", status: "Failed", failureMessage: expect.stringMatching(/cannot be found/) });

      sim.model.principals.get("sharrtest")!.accessKeys.AKIAIOSFODNN7EXAMPLE = "Active";
      await retryContainment(actorOf(engineer), incidentId, requestId, { basedOnAttempt: 1 });
      expect(await startApprovedRequest(requestId)).toBe("started");
      expect(sim.model.principals.get("sharrtest")!.accessKeys.AKIAIOSFODNN7EXAMPLE).toBe("Inactive");
      const done = await stored(requestId);
      expect(done.status).toBe("succeeded");
      expect(done.executions.map((e) => [e.attempt, e.status])).toEqual([[1, "Failed"], [2, "Success"]]);
      expect(sim.iamCalls.filter((c) => c.action === "UpdateAccessKey").map((c) => c.params.Status)).toEqual(["Inactive", "Inactive"]);

      // Release reactivates the key: its own request (a direct call too), its own approval.
      const release = await requestRelease(actorOf(engineer), incidentId, requestId);
      expect((await stored(release.id)).parameters).toEqual({ UserName: "sharrtest", AccessKeyId: "AKIAIOSFODNN7EXAMPLE", Status: "Active" });
      expect(await approve(engineer, release.id, release.requestHash)).toBe(403);
      expect(await approve(commander, release.id, release.requestHash)).toBe(201);
      expect(await startApprovedRequest(release.id)).toBe("started");
      expect(sim.model.principals.get("sharrtest")!.accessKeys.AKIAIOSFODNN7EXAMPLE).toBe("Active");
      expect((await stored(release.id)).executions[0]!.steps[0]!.outputs).toMatchObject({ Status: ["Active"] });
    });

    it("shows IAM's AccessDenied followed by the exact permissions the action needs when the role lacks one, and changes nothing", async () => {
      sim.model.principals.set("sharrtest", simPrincipal({ accessKeys: { AKIAIOSFODNN7EXAMPLE: "Active" } }));
      sim.deniedIamActions.add("UpdateAccessKey");
      try {
        const requestId = await approved("iam-access-key-deactivate", { UserName: "sharrtest", AccessKeyId: "AKIAIOSFODNN7EXAMPLE" });
        expect(await startApprovedRequest(requestId)).toBe("failed");
        const failed = await stored(requestId);
        expect(failed.status).toBe("failed");
        expect(failed.failure).toMatch(/^User: arn:aws:sts::111111111111:assumed-role\/.+ is not authorized to perform: iam:UpdateAccessKey .+ This action needs: iam:UpdateAccessKey\.$/);
        expect(failed.executions[0]!.steps[0]!.failureMessage).toBe(failed.failure);
        expect(sim.model.principals.get("sharrtest")!.accessKeys.AKIAIOSFODNN7EXAMPLE).toBe("Active");
      } finally {
        sim.deniedIamActions.clear();
      }
    });
  });
});
