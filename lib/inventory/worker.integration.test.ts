/**
 * The scheduled refresh in the worker (pg-boss) and the demo's estate: `npm run demo`'s simulator and tag mapping,
 * discovered by the queue job through the real SDK clients.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { startInventoryWorker } from "@/lib/inventory/worker";
import { resetDatabase } from "@/tests/integration/reset-db";
import type { TInventorySimulator } from "@/tests/aws/inventory-simulator";
import { DEMO_ACCOUNT, ensureDemoTagRules, inventoryEndpoints, startDemoInventory } from "@/scripts/lib/demo-inventory";
import { testDatabaseUrl } from "@/tests/integration/database-url";

let sim: TInventorySimulator;
let endpoints: Record<string, string>;
beforeAll(async () => {
  sim = await startDemoInventory();
  endpoints = inventoryEndpoints(sim);
  Object.assign(process.env, endpoints, { AWS_ACCESS_KEY_ID: "AKIAFAKEFAKEFAKE", AWS_SECRET_ACCESS_KEY: "fake-secret" });
});
afterAll(async () => {
  for (const name of Object.keys(endpoints)) delete process.env[name];
  await sim.close();
});

describe("the inventory worker (pg-boss)", () => {
  it("schedules a refresh every 6 hours, and a requested one discovers the demo estate with its classification", async () => {
    await resetDatabase();
    await ensureDemoTagRules();
    await prisma.findingSource.create({ data: { kind: "securityhub", region: "us-east-1", roleArn: "" } });
    const url = testDatabaseUrl();
    const worker = await startInventoryWorker(url, { hours: 6 });
    try {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const schedules = await client.query<{ cron: string }>(`SELECT cron FROM pgboss.schedule WHERE name = 'inventory-refresh'`).finally(() => client.end());
      expect(schedules.rows.map((r) => r.cron)).toEqual(["0 */6 * * *"]);

      await worker.refreshNow();
      await vi.waitFor(async () => expect((await prisma.inventoryRun.findFirst({ where: { status: { not: "running" } } }))?.status).toBe("succeeded"), { timeout: 30_000, interval: 200 });
      const run = await prisma.inventoryRun.findFirstOrThrow();
      expect(run.trigger).toBe("schedule");

      const siem = await prisma.dataStore.findUniqueOrThrow({ where: { arn: `arn:aws:s3:::aes-siem-${DEMO_ACCOUNT}-snapshot` } });
      expect(siem).toMatchObject({ encrypted: false, dataCategories: ["contact_details", "name"], residency: [{ jurisdiction: "EU", count: null }] });
      expect(await prisma.dataStore.findFirstOrThrow({ where: { name: "acme-customer-exports" } })).toMatchObject({ publicAccess: "public" });
      expect(await prisma.dataStore.findFirstOrThrow({ where: { name: "legacy-crm-db" } })).toMatchObject({ encrypted: false, publicAccess: "public", residency: [{ jurisdiction: "US-NY", count: null }] });
      expect(await prisma.dataStore.findFirstOrThrow({ where: { name: "patient-intake" } })).toMatchObject({ dataCategories: ["health"] });
    } finally {
      await worker.stop();
    }
  });
});
