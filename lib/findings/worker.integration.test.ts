import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { ensureSources } from "@/lib/findings/pull";
import { startSyncWorker } from "@/lib/findings/worker";
import { resetDatabase } from "@/tests/integration/reset-db";
import { createUser } from "@/tests/integration/api-helpers";
import { ingestBatch } from "@/lib/findings/ingest";
import { linkFindings } from "@/lib/findings/service";
import { declareIncident } from "@/lib/incidents/service";
import type { TActor } from "@/lib/auth/policy";
import { fakeFinding, startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";
import { testDatabaseUrl } from "@/tests/integration/database-url";

const base = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/securityhub-asff-control-S3.4-sse.json"), "utf8")) as Record<string, unknown>;

let aws: TFakeAws;
beforeAll(async () => {
  aws = await startFakeAws();
  process.env.AWS_ENDPOINT_URL_SECURITYHUB = aws.url;
  process.env.AWS_ENDPOINT_URL_STS = aws.url;
  process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE";
  process.env.AWS_SECRET_ACCESS_KEY = "fake-secret";
});
afterAll(async () => aws.close());

describe("the durable sync worker (pg-boss)", () => {
  it("runs a requested sync on exactly one of two workers sharing the database", async () => {
    await resetDatabase();
    aws.findings = Array.from({ length: 150 }, (_, n) => fakeFinding(base, n, new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString()));
    await ensureSources([{ kind: "securityhub", region: "us-east-1", roleArn: "" }]);
    const url = testDatabaseUrl();
    // A cron that never fires during the test, so only the explicit request runs.
    const first = await startSyncWorker(url, { cron: "0 0 1 1 *" });
    const second = await startSyncWorker(url, { cron: "0 0 1 1 *" });
    try {
      await first.syncNow();
      await vi.waitFor(async () => expect((await prisma.findingSource.findFirstOrThrow()).lastSuccessAt).not.toBeNull(), { timeout: 30_000, interval: 200 });
      expect(await prisma.finding.count()).toBe(150);
      expect(aws.calls).toHaveLength(2); // two pages, fetched once: one worker took the job
    } finally {
      await first.stop();
      await second.stop();
    }
  });

  it("writes a linked finding back to Security Hub (NOTIFIED, a note naming the incident) from the queue, retrying failures", async () => {
    await resetDatabase();
    const native = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/guardduty-native-finding-PenTest-S3-ParrotLinux.sample.json"), "utf8")) as unknown;
    const asff = [fakeFinding(base, 1, "2026-01-01T00:00:00.000Z"), fakeFinding(base, 2, "2026-01-01T00:01:00.000Z")];
    await ingestBatch([...asff, native].map((value) => ({ value, raw: JSON.stringify(value) })), { via: "test", actor: { kind: "system", name: "test" } });
    const roleArn = "arn:aws:iam::222222222222:role/BreachdeskWriter";
    await ensureSources([{ kind: "securityhub", region: "us-east-1", roleArn }]);
    const commander = await createUser(["commander"], "Casey");
    const actor: TActor = { kind: "user", id: commander.id, email: commander.email, name: "Casey", roles: ["commander"] };
    const incident = await declareIncident(actor, { title: "Public bucket <b>exposed</b>", severity: "high", summary: "", commanderId: commander.id });
    const ids = (await prisma.finding.findMany({ select: { id: true } })).map((f) => f.id);
    aws.batchUpdates = [];
    aws.assumeRoleCalls = [];
    // Three refusals exhaust the SDK's own attempts once: the job fails and pg-boss runs it again.
    aws.batchUpdateFailures = Array.from({ length: 3 }, () => ({ status: 429, type: "TooManyRequestsException" }));

    const worker = await startSyncWorker(testDatabaseUrl(), { cron: "0 0 1 1 *", writebackRetryDelaySeconds: 1 });
    process.env.BREACHDESK_SECURITYHUB_WRITEBACK = "1";
    try {
      await linkFindings(actor, { incidentId: incident.id, findingIds: ids });
      // The link committed at once, whatever Security Hub does.
      expect(await prisma.finding.count({ where: { incidentId: incident.id } })).toBe(3);
      await vi.waitFor(() => expect(aws.batchUpdates).toHaveLength(1), { timeout: 30_000, interval: 200 });
      const update = aws.batchUpdates[0]!;
      expect(update.body.Workflow).toEqual({ Status: "NOTIFIED" });
      expect(update.body.Note).toEqual({ Text: `Linked to Breachdesk incident #${incident.reference}: Public bucket <b>exposed</b>`, UpdatedBy: "Breachdesk" });
      // Only the Security Hub findings (the native GuardDuty one is not in Security Hub).
      expect(update.body.FindingIdentifiers?.map((f) => f.Id).sort()).toEqual(asff.map((f) => f.Id).sort());
      expect(aws.batchUpdateFailures).toHaveLength(0);
      // Written with the region's source credentials: its assumed role.
      expect(aws.assumeRoleCalls.map((c) => c.roleArn)).toContain(roleArn);
      expect(update.accessKeyId).toMatch(/^ASIAFAKE/);
    } finally {
      delete process.env.BREACHDESK_SECURITYHUB_WRITEBACK;
      await worker.stop();
    }
  });

  it("queues nothing when write-back is off (the default)", async () => {
    await resetDatabase();
    await ingestBatch([{ value: fakeFinding(base, 1, "2026-01-01T00:00:00.000Z"), raw: "{}" }], { via: "test", actor: { kind: "system", name: "test" } });
    const commander = await createUser(["commander"], "Casey");
    const actor: TActor = { kind: "user", id: commander.id, email: commander.email, name: "Casey", roles: ["commander"] };
    const incident = await declareIncident(actor, { title: "Quiet", severity: "low", summary: "", commanderId: commander.id });
    const before = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'findings-writeback'`);
    await linkFindings(actor, { incidentId: incident.id, findingIds: [(await prisma.finding.findFirstOrThrow()).id] });
    const after = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'findings-writeback'`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});
