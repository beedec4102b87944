import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { ensureSources, syncAllOnce } from "@/lib/findings/pull";
import { resetDatabase } from "@/tests/integration/reset-db";
import { startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";
import { startSsmSimulator } from "@/tests/aws/ssm-simulator";
import { DEMO_ROLE_ARN, demoGuardDutyFindings, demoSecurityHubFindings, ensureDemoUsers, seedDemoEstate } from "./lib/demo";

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
});
