import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { ensureSources } from "@/lib/findings/pull";
import { startSyncWorker } from "@/lib/findings/worker";
import { resetDatabase } from "@/tests/integration/reset-db";
import { fakeFinding, startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";

const base = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/securityhub-asff-control-S3.4-sse.json"), "utf8")) as Record<string, unknown>;

let aws: TFakeAws;
beforeAll(async () => {
  aws = await startFakeAws();
  process.env.AWS_ENDPOINT_URL_SECURITYHUB = aws.url;
  process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE";
  process.env.AWS_SECRET_ACCESS_KEY = "fake-secret";
});
afterAll(async () => aws.close());

describe("the durable sync worker (pg-boss)", () => {
  it("runs a requested sync on exactly one of two workers sharing the database", async () => {
    await resetDatabase();
    aws.findings = Array.from({ length: 150 }, (_, n) => fakeFinding(base, n, new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString()));
    await ensureSources([{ kind: "securityhub", region: "us-east-1", roleArn: "" }]);
    const url = inject("databaseUrl");
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
});
