import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { resetDatabase } from "@/tests/integration/reset-db";
import { fakeFinding, startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";
import { testDatabaseUrl } from "@/tests/integration/database-url";

const base = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/securityhub-asff-control-S3.1-account-bpa.json"), "utf8")) as Record<string, unknown>;

let aws: TFakeAws;
beforeAll(async () => {
  aws = await startFakeAws();
});
afterAll(async () => aws.close());

describe("the worker process that `npm start` runs beside the console (scripts/worker.ts)", () => {
  it("creates the configured sources, syncs them at once, and stops cleanly on SIGTERM", async () => {
    await resetDatabase();
    aws.findings = Array.from({ length: 120 }, (_, n) => fakeFinding(base, n, new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString()));
    const args = ["--conditions=react-server", "--require", "./scripts/lib/require-esm-only.js", "--import", "tsx", "scripts/worker.ts"];
    const proc = spawn(process.execPath, args, {
      env: {
        NODE_ENV: "test",
        PATH: process.env.PATH,
        DATABASE_URL: testDatabaseUrl(),
        BREACHDESK_AWS_SOURCES: "securityhub:us-east-1",
        AWS_ENDPOINT_URL_SECURITYHUB: aws.url,
        AWS_ACCESS_KEY_ID: "AKIAFAKEFAKEFAKE",
        AWS_SECRET_ACCESS_KEY: "fake-secret",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    proc.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
    try {
      await vi.waitFor(async () => expect(await prisma.finding.count()).toBe(120), { timeout: 60_000, interval: 250 });
      expect(await prisma.findingSource.count({ where: { kind: "securityhub", region: "us-east-1" } })).toBe(1);
      // Wait for the source's success mark (written after the last page), then stop.
      await vi.waitFor(async () => expect((await prisma.findingSource.findFirstOrThrow()).lastSuccessAt).not.toBeNull(), { timeout: 30_000, interval: 250 });
    } finally {
      proc.kill("SIGTERM");
    }
    expect(await exited, output).toBe(0);
    expect(output).not.toContain("fake-secret");
  });
});
