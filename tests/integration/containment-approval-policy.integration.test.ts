import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as readPolicyRoute, PUT as putPolicyRoute } from "@/app/api/containment/approval-policy/route";
import { prisma } from "@/lib/db";
import { approveContainment, getContainment, requestContainment } from "@/lib/containment/service";
import { startApprovedRequest } from "@/lib/containment/runner";
import { CONTAINMENT_APPROVAL_DEFAULTS, type TContainmentApprovalPolicy } from "@/lib/containment/approval-policy-rules";
import { getDecisionsAwaiting } from "@/lib/status/service";
import { startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";
import { startSsmSimulator, type TSsmSimulator } from "@/tests/aws/ssm-simulator";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const ROLE = "arn:aws:iam::111111111111:role/BreachdeskResponder";
const INSTANCE = "i-0c10c2c7863d1a356";
const PASSWORD = "a long test password";
const ENV = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL_SSM", "AWS_ENDPOINT_URL_STS", "BREACHDESK_CONTAINMENT_SIMULATOR_URL"] as const;

type TUser = Awaited<ReturnType<typeof createUser>>;

/** Production access needing two people (the incident's commander among them): stricter than the defaults. */
const STRICT: TContainmentApprovalPolicy = { ...structuredClone(CONTAINMENT_APPROVAL_DEFAULTS), production_access: { approvals: 2, commander: true, roles: ["commander", "engineer"] } };

describe("the containment approval policy: admin-editable, floors kept, decided again where it matters", () => {
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

  let incidentId: string;
  let engineer: TUser;
  let engineer2: TUser;
  let commander: TUser;
  let adminToken: string;

  beforeEach(async () => {
    await resetDatabase();
    sim.model.instances.set(INSTANCE, { securityGroups: ["sg-web"], volumes: ["vol-0aa"] });
    engineer = await createUser(["engineer"], "Eve Engineer");
    engineer2 = await createUser(["engineer"], "Eli Engineer");
    commander = await createUser(["commander"], "Casey Commander");
    adminToken = await createToken(["admin"]);
    incidentId = await declareIncidentVia(await createToken(["commander"]), commander.id, "Compromised web server");
    await prisma.findingSource.create({ data: { kind: "guardduty", region: "us-east-1", roleArn: ROLE } });
  });

  const put = (json: unknown, token = adminToken) => call(putPolicyRoute, "PUT", "/api/containment/approval-policy", { token, json });
  const approve = (user: TUser, made: { id: string; requestHash: string }) =>
    approveContainment(actorOf(user), incidentId, made.id, { requestHash: made.requestHash, password: PASSWORD });
  const containInstance = () =>
    requestContainment(actorOf(engineer), incidentId, { actionId: "ec2-instance-contain", accountId: "111111111111", region: "us-east-1", parameters: { InstanceId: INSTANCE } });
  const statusOf = async (id: string) => (await prisma.containmentRequest.findUniqueOrThrow({ where: { id } })).status;

  it("is read by everyone with its safe defaults; only an administrator changes it, with a reason, on the administration log", async () => {
    const read = await call(readPolicyRoute, "GET", "/x", { token: await createToken(["exec"]) });
    expect(read.status).toBe(200);
    expect(read.body!.containmentApprovalPolicy).toMatchObject({ version: 0, policy: CONTAINMENT_APPROVAL_DEFAULTS });

    expect((await put({ policy: STRICT, reason: "Two people for production" }, await createToken(["commander"]))).status).toBe(403);
    const noReason = await put({ policy: STRICT });
    expect(noReason.status).toBe(400);
    expect((noReason.body!.invalid_params as { name: string }[]).map((p) => p.name)).toEqual(["reason"]);

    const changed = await put({ policy: STRICT, reason: "Two people for production" });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body!.containmentApprovalPolicy).toMatchObject({ version: 1, policy: STRICT });
    const logged = await prisma.adminAuditEntry.findFirstOrThrow({ where: { action: "containment-approval-policy.changed" } });
    expect(logged.after).toMatchObject({ version: 1, reason: "Two people for production", production_access: { approvals: 2 } });
    expect(logged.before).toMatchObject({ version: 0, production_access: { approvals: 1 } });
  });

  it.each([
    ["production access without the commander", { production_access: { approvals: 2, commander: false, roles: ["engineer"] } }, "policy.production_access.commander"],
    ["a destructive step by one person", { destructive: { approvals: 1, commander: true, roles: ["commander"] } }, "policy.destructive.approvals"],
    ["four approvals", { ordinary: { approvals: 4, commander: false, roles: ["engineer"] } }, "policy.ordinary.approvals"],
    ["no approving role", { ordinary: { approvals: 1, commander: false, roles: [] } }, "policy.ordinary.roles"],
  ])("refuses lowering a floor or a bad value (%s) with a 400 naming the field; nothing changes", async (_label, change, field) => {
    const response = await put({ policy: { ...CONTAINMENT_APPROVAL_DEFAULTS, ...change }, reason: "Try" });
    expect(response.status).toBe(400);
    expect((response.body!.invalid_params as { name: string }[]).map((p) => p.name)).toContain(field);
    expect(await prisma.instanceSetting.count({ where: { key: "containment.approval-policy" } })).toBe(0);
    expect(await prisma.adminAuditEntry.count({ where: { action: "containment-approval-policy.changed" } })).toBe(0);
  });

  it("decides the need at approval time from the policy in force, and shows it on the request", async () => {
    expect((await put({ policy: STRICT, reason: "Two people for production" })).status).toBe(200);
    const made = await containInstance();
    const listed = await getContainment(actorOf(engineer2), incidentId);
    expect(listed.requests[0]!.approvalNeed).toMatchObject({ approvals: 2, commander: true, policyVersion: 1, text: "2 approvals from different people, the incident's commander among them; the others by commanders or engineers" });
    await approve(commander, made);
    expect(await statusOf(made.id)).toBe("awaiting_approval");
    await approve(engineer2, made);
    expect(await statusOf(made.id)).toBe("approved");
  });

  it("re-decides open requests when the policy changes: an approved request needing more goes back to awaiting approval, its approval kept", async () => {
    const made = await containInstance();
    await approve(commander, made);
    expect(await statusOf(made.id)).toBe("approved");
    expect((await put({ policy: STRICT, reason: "Two people for production" })).body!.containmentApprovalPolicy).toMatchObject({ redecided: 1 });
    expect(await statusOf(made.id)).toBe("awaiting_approval");
    expect(await prisma.containmentApproval.count({ where: { requestId: made.id, voidedAt: null } })).toBe(1);
    const event = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "containment.approval-redecided" } });
    expect(event.payload).toMatchObject({ requestId: made.id, status: "awaiting_approval", missing: "1 more approval", policyVersion: 1, cause: "policy-changed" });
    expect(await startApprovedRequest(made.id)).toBe("not-claimed");
    // Relaxed again: the approval already given suffices once more.
    await put({ policy: CONTAINMENT_APPROVAL_DEFAULTS, reason: "Back to the defaults" });
    expect(await statusOf(made.id)).toBe("approved");
  });

  it("the worker decides again right before starting: approved under a lax policy, tightened since, it is not started until the extra approval", async () => {
    const made = await containInstance();
    await approve(commander, made);
    expect(await statusOf(made.id)).toBe("approved");
    // The stricter policy lands between the approval and the claim (written as the PUT would, without its re-decision).
    await prisma.instanceSetting.create({ data: { key: "containment.approval-policy", value: JSON.stringify({ version: 1, policy: STRICT }) } });
    const before = sim.executionsStarted;
    expect(await startApprovedRequest(made.id)).toBe("not-claimed");
    expect(sim.executionsStarted).toBe(before);
    expect(await statusOf(made.id)).toBe("awaiting_approval");
    const event = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "containment.approval-redecided" } });
    expect(event.payload).toMatchObject({ cause: "checked-before-start", status: "awaiting_approval", policyVersion: 1 });

    await approve(engineer2, made);
    expect(await statusOf(made.id)).toBe("approved");
    expect(await startApprovedRequest(made.id)).toBe("started");
    expect(sim.executionsStarted).toBe(before + 1);
  });

  it("lists a request awaiting a person's approval among the decisions waiting, linked to the containment tab; not for its requester", async () => {
    const made = await containInstance();
    const forCommander = (await getDecisionsAwaiting(actorOf(commander), [incidentId])).get(incidentId) ?? [];
    const decision = forCommander.find((d) => d.kind === "containment_approval");
    expect(decision).toMatchObject({ id: `containment-${made.id}`, action: { href: `/incidents/${incidentId}/containment` } });
    expect(decision!.what).toMatch(/Approve/);
    const forRequester = (await getDecisionsAwaiting(actorOf(engineer), [incidentId])).get(incidentId) ?? [];
    expect(forRequester.some((d) => d.kind === "containment_approval")).toBe(false);
    // An engineer may not give the commander's approval of a production-access action: nothing waits for them.
    const forEngineer2 = (await getDecisionsAwaiting(actorOf(engineer2), [incidentId])).get(incidentId) ?? [];
    expect(forEngineer2.some((d) => d.kind === "containment_approval")).toBe(false);
    await approve(commander, made);
    const after = (await getDecisionsAwaiting(actorOf(commander), [incidentId])).get(incidentId) ?? [];
    expect(after.some((d) => d.kind === "containment_approval")).toBe(false);
  });
});
