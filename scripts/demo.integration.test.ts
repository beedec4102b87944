import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { ensureSources, syncAllOnce } from "@/lib/findings/pull";
import { resetDatabase } from "@/tests/integration/reset-db";
import { startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";
import { startSsmSimulator } from "@/tests/aws/ssm-simulator";
import { DEMO_ROLE_ARN, demoGuardDutyFindings, demoSecurityHubFindings, ensureDemoUsers, seedDemoEstate } from "./lib/demo";
import { DEMO_INCIDENT_TITLE, ensureDemoIncident } from "./lib/demo-incident";
import { executeScopingRun } from "@/lib/access-reconstruction/runner";
import { startCloudTrailSimulator } from "@/tests/aws/cloudtrail-simulator";
import { EXPECTED, scriptExfiltration } from "@/tests/aws/cloudtrail-exfiltration";

let aws: TFakeAws;
beforeAll(async () => {
  aws = await startFakeAws();
  process.env.AWS_ENDPOINT_URL_SECURITYHUB = aws.url;
  process.env.AWS_ENDPOINT_URL_GUARDDUTY = aws.url;
  process.env.AWS_ENDPOINT_URL_STS = aws.url;
  process.env.AWS_ACCESS_KEY_ID = "AKIADEMODEMODEMO";
  process.env.AWS_SECRET_ACCESS_KEY = "demo-secret";
});
afterAll(async () => aws.close());

describe("npm run demo", () => {
  it("feeds realistic findings from the real samples that the sync stores without a rejection", async () => {
    await resetDatabase();
    aws.findings = demoSecurityHubFindings();
    aws.guardDutyFindings = demoGuardDutyFindings();
    expect(aws.findings.length).toBeGreaterThan(20);
    expect(aws.guardDutyFindings.length).toBeGreaterThan(0);
    await ensureSources([
      { kind: "securityhub", region: "us-east-1", roleArn: DEMO_ROLE_ARN },
      { kind: "guardduty", region: "us-east-1", roleArn: DEMO_ROLE_ARN },
    ]);
    const summary = await syncAllOnce();
    expect(summary).toMatchObject({ rejected: 0, failedSources: 0, inserted: aws.findings.length + aws.guardDutyFindings.length });
    // Through the demo account's role, as containment will be.
    expect(aws.assumeRoleCalls.map((call) => call.roleArn)).toContain(DEMO_ROLE_ARN);
  });

  it("gives the containment simulator every instance, bucket and user the demo findings name", async () => {
    const sim = await startSsmSimulator();
    try {
      seedDemoEstate(sim.model, demoSecurityHubFindings(), demoGuardDutyFindings());
      expect(sim.model.instances.has("i-077c4d5f32561ac45")).toBe(true);
      expect(sim.model.instances.has("i-0c10c2c7863d1a356")).toBe(true);
      expect(sim.model.instances.get("i-0c10c2c7863d1a356")?.securityGroups.length).toBeGreaterThan(0);
      expect(sim.model.principals.get("GeneratedFindingUserName")?.accessKeys).toMatchObject({ GeneratedFindingAccessKeyId: "Active" });
      expect(sim.model.buckets.size).toBeGreaterThan(0);
    } finally {
      await sim.close();
    }
  });

  it("makes one signed-in-able user per role, again on a second run, and completes the first-run setup", async () => {
    await resetDatabase();
    await ensureDemoUsers();
    const second = await ensureDemoUsers();
    expect(second.map((u) => u.role).sort()).toEqual(["admin", "commander", "comms", "engineer", "exec", "legal"]);
    expect(await prisma.user.count()).toBe(6);
    expect(await prisma.instanceSetup.count()).toBe(1);
    for (const u of second) {
      const row = await prisma.user.findUniqueOrThrow({ where: { email: u.email } });
      expect(row.roles).toEqual([u.role]);
      expect(await verifyPassword(row.passwordHash, u.password)).toBe(true);
    }
  });

  it("opens on a scoped incident: its ledger feeds the register, its CloudTrail reconstruction finds the scripted reads; made once", async () => {
    await resetDatabase();
    const saved = { key: process.env.BREACHDESK_DATA_KEY, dir: process.env.BREACHDESK_EVIDENCE_DIR, trail: process.env.AWS_ENDPOINT_URL_CLOUDTRAIL };
    const cloudTrail = await startCloudTrailSimulator();
    const evidenceDir = mkdtempSync(path.join(tmpdir(), "breachdesk-demo-"));
    Object.assign(process.env, { BREACHDESK_DATA_KEY: randomBytes(32).toString("base64"), BREACHDESK_EVIDENCE_DIR: evidenceDir, AWS_ENDPOINT_URL_CLOUDTRAIL: cloudTrail.url });
    try {
      scriptExfiltration(cloudTrail, { dataEvents: true });
      await ensureDemoUsers();
      const made = await ensureDemoIncident();
      expect(made.created).toBe(true);
      expect(await ensureDemoIncident()).toEqual({ id: made.id, created: false });
      expect(await prisma.incident.count({ where: { title: DEMO_INCIDENT_TITLE } })).toBe(1);

      // The ledger: about 900 people in eight jurisdictions, counted into the facts; California's 520 need the AG's copy.
      const people = await prisma.affectedPerson.groupBy({ by: ["jurisdiction"], where: { incidentId: made.id }, _count: true });
      expect(Object.fromEntries(people.map((p) => [p.jurisdiction, p._count]))).toMatchObject({ "US-CA": 520, "US-TX": 120, "US-MA": 40, GB: 25, DE: 20 });
      const obligations = await prisma.obligation.findMany({ where: { incidentId: made.id, applies: "yes" }, select: { ruleId: true } });
      expect(obligations.map((o) => o.ruleId)).toEqual(expect.arrayContaining(["US-CA-1798.82-IND", "US-CA-1798.82-AG", "US-TX-521.053-IND", "US-MA-93H-IND"]));

      // The reconstruction the worker runs at start finds the objects the scripted key read.
      const run = await prisma.scopingRun.findFirstOrThrow({ where: { incidentId: made.id } });
      expect(await executeScopingRun(run.id, { pollMs: 5 })).toBe("succeeded");
      const result = (await prisma.scopingRun.findUniqueOrThrow({ where: { id: run.id } })).result as { stores: { objects?: string[]; reads: number }[] };
      expect(result.stores.length).toBeGreaterThan(0);
      expect(JSON.stringify(result)).toContain(EXPECTED.objects[0]);
    } finally {
      await cloudTrail.close();
      rmSync(evidenceDir, { recursive: true, force: true });
      for (const [name, value] of [["BREACHDESK_DATA_KEY", saved.key], ["BREACHDESK_EVIDENCE_DIR", saved.dir], ["AWS_ENDPOINT_URL_CLOUDTRAIL", saved.trail]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
