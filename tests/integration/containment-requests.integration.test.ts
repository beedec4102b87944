import { beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute, POST as requestRoute } from "@/app/api/incidents/[id]/containment/route";
import { PATCH as changeRoute } from "@/app/api/incidents/[id]/containment/[requestId]/route";
import { POST as approveRoute } from "@/app/api/incidents/[id]/containment/[requestId]/approvals/route";
import { readFileSync } from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db";
import { ingestBatch } from "@/lib/findings/ingest";
import { linkFindings } from "@/lib/findings/service";
import { containmentRequestHash } from "@/lib/containment/request-hash";
import { insertApiToken } from "@/lib/tokens/service";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const PASSWORD = "a long test password";
const ROLE = "arn:aws:iam::111111111111:role/BreachdeskResponder";

type TUser = Awaited<ReturnType<typeof createUser>>;

describe("containment requests and their approval gate", () => {
  let incidentId: string;
  let engineer: TUser;
  let engineer2: TUser;
  let commander: TUser;
  let commander2: TUser;
  let tokens: { engineer: string; engineer2: string; commander: string; commander2: string; exec: string };

  beforeEach(async () => {
    await resetDatabase();
    engineer = await createUser(["engineer"], "Eve Engineer");
    engineer2 = await createUser(["engineer"], "Eli Engineer");
    commander = await createUser(["commander"], "Casey Commander");
    commander2 = await createUser(["commander"], "Cleo Commander");
    const exec = await createUser(["exec"], "Ezra Exec");
    // Each person's own API token, so calls through a token are accountable to that person.
    const own = async (user: TUser) => (await insertApiToken({ name: `${user.name}'s token`, roles: user.roles }, user.id)).secret;
    tokens = { engineer: await own(engineer), engineer2: await own(engineer2), commander: await own(commander), commander2: await own(commander2), exec: await own(exec) };
    incidentId = await declareIncidentVia(await createToken(["commander"]), commander.id, "Public bucket");
    await prisma.findingSource.create({ data: { kind: "securityhub", region: "us-east-1", roleArn: ROLE } });
  });

  const request = (token: string, json: unknown) => call(requestRoute, "POST", "/x", { token, params: { id: incidentId }, json });
  const approveAs = async (user: TUser, requestId: string, requestHash: string, password = PASSWORD) => {
    const { approveContainment } = await import("@/lib/containment/service");
    return approveContainment(actorOf(user), incidentId, requestId, { requestHash, password }).then(
      (value) => ({ status: 201, value, message: "" }),
      (error: { status?: number; message: string }) => ({ status: error.status ?? 500, value: null, message: error.message }),
    );
  };
  const encryption = { actionId: "s3-bucket-default-encryption", accountId: "111111111111", region: "us-east-1", parameters: { BucketName: "customer-exports" } };
  const blockPublic = { actionId: "s3-bucket-block-public-access", accountId: "111111111111", region: "us-east-1", parameters: { S3BucketName: "customer-exports" } };
  const containUser = { actionId: "iam-principal-contain", accountId: "111111111111", region: "us-east-1", parameters: { PrincipalName: "sharrtest" } };
  const created = async (json: unknown, token = tokens.engineer) => {
    const response = await request(token, json);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body!.request as { id: string; requestHash: string; version: number };
  };
  const containmentEvents = () => prisma.timelineEvent.findMany({ where: { incidentId, kind: { startsWith: "containment." } }, orderBy: { sequence: "asc" } });

  describe("proposing", () => {
    it("proposes actions for the incident's linked findings as stored (the control read from the raw version), patterns as text", async () => {
      const raw = readFileSync(path.join(process.cwd(), "tests/fixtures/aws/securityhub-asff-control-S3.8-bucket-bpa.json"), "utf8");
      await ingestBatch([{ value: JSON.parse(raw) as unknown, raw }], { via: "test", actor: { kind: "system", name: "test intake" } });
      const finding = await prisma.finding.findFirstOrThrow();
      await linkFindings(actorOf(commander), { incidentId, findingIds: [finding.id] });
      const listed = await call(listRoute, "GET", "/x", { token: tokens.engineer, params: { id: incidentId } });
      expect(listed.status).toBe(200);
      const { proposals } = listed.body!.containment as { proposals: { actionId: string; findingId: string; parameters: Record<string, string>; action: { parameters: { pattern: string }[] } }[] };
      expect(proposals).toHaveLength(1);
      expect(proposals[0]).toMatchObject({ actionId: "s3-bucket-block-public-access", findingId: finding.id, parameters: { S3BucketName: "example" } });
      expect(typeof proposals[0]!.action.parameters[0]!.pattern).toBe("string");
    });
  });

  describe("requesting", () => {
    it("records an engineer's request with the account's role, the canonical hash and its timeline event", async () => {
      const made = await created(blockPublic);
      const stored = await prisma.containmentRequest.findUniqueOrThrow({ where: { id: made.id } });
      expect(stored).toMatchObject({ status: "awaiting_approval", roleArn: ROLE, runbook: "AWS-DisableS3BucketPublicReadWrite", target: "customer-exports", requestedById: engineer.id });
      expect(stored.parameters).toEqual({ S3BucketName: "customer-exports", AutomationAssumeRole: ROLE });
      expect(made.requestHash).toBe(
        containmentRequestHash({ runbook: "AWS-DisableS3BucketPublicReadWrite", version: 1, parameters: { S3BucketName: "customer-exports", AutomationAssumeRole: ROLE }, account: "111111111111", region: "us-east-1", role: ROLE }),
      );
      expect((await containmentEvents()).map((e) => e.kind)).toEqual(["containment.requested"]);
      const listed = await call(listRoute, "GET", "/x", { token: tokens.exec, params: { id: incidentId } });
      expect((listed.body!.containment as { requests: unknown[] }).requests).toHaveLength(1);
    });

    it("refuses an executive's request (403); a commander's is accepted", async () => {
      expect((await request(tokens.exec, blockPublic)).status).toBe(403);
      await created(blockPublic, tokens.commander);
    });

    it.each([
      ["an unknown runbook", { ...blockPublic, actionId: "AWS-DeleteEverything" }, "actionId"],
      ["a parameter outside its allowed pattern", { ...blockPublic, parameters: { S3BucketName: "Bad_Bucket;rm -rf" } }, "parameters.S3BucketName"],
      ["a parameter the runbook does not have", { ...blockPublic, parameters: { S3BucketName: "customer-exports", Extra: "1" } }, "parameters.Extra"],
      ["a role typed by the requester", { ...blockPublic, parameters: { S3BucketName: "customer-exports", AutomationAssumeRole: "arn:aws:iam::111111111111:role/Admin" } }, "parameters.AutomationAssumeRole"],
      ["a target account with no configured source", { ...blockPublic, accountId: "222222222222" }, "accountId"],
      ["a trail name outside its pattern", { ...blockPublic, actionId: "cloudtrail-start-logging", parameters: { Name: "-bad trail-" } }, "parameters.Name"],
      ["a direct IAM call's parameter outside its pattern", { ...blockPublic, actionId: "iam-access-key-deactivate", parameters: { UserName: "sharrtest", AccessKeyId: "not-a-key" } }, "parameters.AccessKeyId"],
    ])("answers 400 naming the field for %s, and writes nothing", async (_case, json, field) => {
      const response = await request(tokens.engineer, json);
      expect(response.status).toBe(400);
      expect((response.body!.invalid_params as { name: string }[]).map((p) => p.name)).toContain(field);
      expect(await prisma.containmentRequest.count()).toBe(0);
      expect(await containmentEvents()).toEqual([]);
    });
  });

  describe("approving", () => {
    it("refuses the requester approving their own request; another engineer's approval approves it", async () => {
      const made = await created(encryption);
      const own = await approveAs(engineer, made.id, made.requestHash);
      expect(own.status).toBe(403);
      expect(own.message).toMatch(/you requested/i);
      const other = await approveAs(engineer2, made.id, made.requestHash);
      expect(other.status).toBe(201);
      expect((await prisma.containmentRequest.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("approved");
    });

    it("treats a request made through someone's API token as theirs: they cannot approve it", async () => {
      const made = await created(encryption, tokens.engineer2);
      expect((await approveAs(engineer2, made.id, made.requestHash)).status).toBe(403);
      expect((await approveAs(engineer, made.id, made.requestHash)).status).toBe(201);
    });

    it("refuses an engineer approving a production-access action; a commander's approval approves it", async () => {
      const made = await created(blockPublic);
      const refused = await approveAs(engineer2, made.id, made.requestHash);
      expect(refused.status).toBe(403);
      expect(refused.message).toMatch(/the incident's commander must approve it/);
      expect(await prisma.containmentApproval.count()).toBe(0);
      expect((await approveAs(commander, made.id, made.requestHash)).status).toBe(201);
      expect((await prisma.containmentRequest.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("approved");
    });

    it("refuses a commander who does not lead this incident approving a production-access action; its lead approves it", async () => {
      const made = await created(blockPublic);
      const refused = await approveAs(commander2, made.id, made.requestHash);
      expect(refused.status).toBe(403);
      expect(refused.message).toBe("This action changes production access: the incident's commander must approve it (holding the commander role elsewhere is not enough).");
      expect(await prisma.containmentApproval.count()).toBe(0);
      const accepted = await approveAs(commander, made.id, made.requestHash);
      expect(accepted.status).toBe(201);
      expect(await prisma.containmentApproval.findMany({ select: { approverId: true, role: true } })).toEqual([{ approverId: commander.id, role: "incident_commander" }]);
      expect((await prisma.containmentRequest.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("approved");
    });

    it("counts the commander's approval of whoever leads the incident now: after a handover the new lead's is the one", async () => {
      await prisma.incident.update({ where: { id: incidentId }, data: { commanderId: commander2.id } });
      const made = await created(blockPublic);
      expect((await approveAs(commander, made.id, made.requestHash)).status).toBe(403);
      expect((await approveAs(commander2, made.id, made.requestHash)).status).toBe(201);
    });

    it("refuses an API token's approval, even a commander's token; the commander signed in approves", async () => {
      const made = await created(blockPublic);
      const response = await call(approveRoute, "POST", "/x", { token: tokens.commander, params: { id: incidentId, requestId: made.id }, json: { requestHash: made.requestHash, password: PASSWORD } });
      expect(response.status).toBe(403);
      expect(String(response.body!.title)).toMatch(/API tokens cannot approve/);
      expect(await prisma.containmentApproval.count()).toBe(0);
      expect((await approveAs(commander, made.id, made.requestHash)).status).toBe(201);
    });

    it("re-confirms the password: a wrong one approves nothing; the right one approves", async () => {
      const made = await created(blockPublic);
      expect((await approveAs(commander, made.id, made.requestHash, "not my password")).status).toBe(403);
      expect(await prisma.containmentApproval.count()).toBe(0);
      expect((await approveAs(commander, made.id, made.requestHash)).status).toBe(201);
    });

    it("voids approvals when the parameters change after approval: the old hash cannot be approved, the new one must be", async () => {
      const made = await created(blockPublic);
      expect((await approveAs(commander, made.id, made.requestHash)).status).toBe(201);
      const changed = await call(changeRoute, "PATCH", "/x", {
        token: tokens.engineer, params: { id: incidentId, requestId: made.id }, json: { parameters: { S3BucketName: "other-bucket" }, basedOnVersion: made.version },
      });
      expect(changed.status).toBe(200);
      const after = changed.body!.request as { requestHash: string; voidedApprovals: number };
      expect(after.voidedApprovals).toBe(1);
      expect(after.requestHash).not.toBe(made.requestHash);
      const stored = await prisma.containmentRequest.findUniqueOrThrow({ where: { id: made.id }, include: { approvals: true } });
      expect(stored.status).toBe("awaiting_approval");
      expect(stored.approvals[0]!.voidedAt).not.toBeNull();
      // The commander's earlier decision does not count, and approving what they read before is refused.
      expect((await approveAs(commander2, made.id, made.requestHash)).status).toBe(409);
      expect((await approveAs(commander, made.id, after.requestHash)).status).toBe(201);
      expect((await prisma.containmentRequest.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("approved");
      expect((await containmentEvents()).map((e) => e.kind)).toEqual(["containment.requested", "containment.approved", "containment.changed", "containment.approved"]);
    });

    it("needs two different people for a destructive action, one of them a commander for production access", async () => {
      const made = await created(containUser);
      expect((await approveAs(engineer2, made.id, made.requestHash)).status).toBe(201);
      expect((await prisma.containmentRequest.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("awaiting_approval");
      expect((await approveAs(engineer2, made.id, made.requestHash)).status).toBe(409);
      expect((await approveAs(commander, made.id, made.requestHash)).status).toBe(201);
      expect((await prisma.containmentRequest.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("approved");
    });

    it("keeps approvals as history: the database refuses changing one (voiding once is the one update)", async () => {
      const made = await created(encryption);
      await approveAs(engineer2, made.id, made.requestHash);
      // PostgreSQL's restrict_violation (23001), which Prisma reports as a constraint violation.
      await expect(prisma.containmentApproval.updateMany({ data: { role: "commander" } })).rejects.toThrow();
      await expect(prisma.containmentApproval.deleteMany({})).rejects.toThrow();
      expect(await prisma.containmentApproval.findMany({ select: { role: true, voidedAt: true } })).toEqual([{ role: "engineer", voidedAt: null }]);
    });
  });
});
