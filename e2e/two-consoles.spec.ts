import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { fakeFinding, startFakeAws } from "../tests/aws/fake-aws";
import { startExtraConsole, type TExtraConsole } from "./support/extra-console";
import { expect, test } from "./support/fixtures";
import { mailboxMessages } from "./support/mailbox";
import { E2E_PORT, RUNTIME_FILE, type TE2ERuntime } from "./support/paths";
import { seedClockRecord, withDatabase } from "./support/records";
import { expectStatus } from "./support/seed";

/**
 * Several consoles behind a load balancer, one PostgreSQL: the console Playwright started (A, no worker) and two more
 * started here through the same launcher (B and C, each with its own worker process, so every durable queue has two
 * consumers). What one process writes reaches a browser on another live; a reminder, a findings sync, a bulk send and
 * a webhook happen once across the two workers; and a console killed mid-request loses nothing it acknowledged.
 */

const FINDINGS = 250;
const BULK_RECIPIENTS = 30;

const mailbox = mailboxMessages;

async function apiFor(playwright: import("@playwright/test").PlaywrightWorkerArgs["playwright"], baseURL: string): Promise<APIRequestContext> {
  const { fixtureToken } = JSON.parse(readFileSync(RUNTIME_FILE, "utf8")) as TE2ERuntime;
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${fixtureToken}` } });
}

/** A webhook receiver that records every delivery's webhook-id (as the Standard Webhooks spec names it). */
async function startReceiver() {
  const ids: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      ids.push(String(req.headers["webhook-id"]));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, ids, close: () => server.close() };
}

test("two more consoles on the same database: live across processes, every queue served once, nothing acknowledged lost when one dies", async ({
  browser,
  playwright,
  users,
  signIn,
  adminApi,
}) => {
  test.setTimeout(420_000);
  const run = randomUUID().slice(0, 8);
  const aws = await startFakeAws();
  const base = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/securityhub-asff-control-S3.8-bucket-bpa.json"), "utf8")) as Record<string, unknown>;
  aws.findings = Array.from({ length: FINDINGS }, (_, n) => ({
    ...fakeFinding(base, n, new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString()),
    Id: `arn:aws:securityhub:us-east-1:111111111111:subscription/two-consoles-${run}/finding/${n}`,
  }));
  const receiver = await startReceiver();
  const consoles: TExtraConsole[] = [];
  try {
    const commander = await users.create(["commander"], `Cam Cluster ${run}`);
    const legal = await users.create(["legal"], `Lee Cluster ${run}`);

    // Work waiting for the workers before they start, so both start on it at the same moment.
    await expectStatus(await adminApi.post("/api/sources", { data: { kind: "securityhub", region: "us-west-2" } }), 201);
    const created = await expectStatus(await adminApi.post("/api/incidents", { data: { title: `Cluster ${run}`, severity: "high", commanderId: commander.id } }), 201);
    const incidentId = (created.incident as { id: string }).id;
    // Due in 20 minutes with the default reminder points: the "1h" reminder is owed now, to the owner (the commander).
    await seedClockRecord(incidentId, {
      obligations: [{ ruleId: "US-CA-1798.82-IND", recipient: "California residents", region: "US-CA", citation: "Cal. Civ. Code §1798.82", dueAt: new Date(Date.now() + 20 * 60_000), ownerId: commander.id }],
      affected: [{ jurisdiction: "US-CA", count: 1200 }],
      aware: { at: new Date(Date.now() - 3_600_000), by: { id: commander.id, name: commander.name } },
    });

    const awsEnv = {
      AWS_ENDPOINT_URL_SECURITYHUB: aws.url, AWS_ENDPOINT_URL_GUARDDUTY: aws.url, AWS_ENDPOINT_URL_STS: aws.url,
      AWS_ACCESS_KEY_ID: "AKIAE2ECLUSTERFAKE", AWS_SECRET_ACCESS_KEY: "e2e-fake-secret", AWS_REGION: "us-east-1",
      BREACHDESK_ALLOW_INSECURE_INTEGRATIONS: "1",
      // No scheduled inventory: this run has no AWS data stores behind it.
      BREACHDESK_INVENTORY_INTERVAL_HOURS: "0",
    };
    const [b, c] = await Promise.all([
      startExtraConsole(E2E_PORT + 1, { worker: true, env: awsEnv }),
      startExtraConsole(E2E_PORT + 2, { worker: true, env: awsEnv }),
    ]);
    consoles.push(b, c);
    const apiB = await apiFor(playwright, b.url);
    const apiC = await apiFor(playwright, c.url);

    // 1. Live across processes: a note written through B appears on a page served by A, without a reload.
    const page = await (await browser.newContext()).newPage();
    await signIn(page, commander);
    await page.goto(`/incidents/${incidentId}`);
    await expect(page.getByText("Live: changes appear as they happen")).toBeVisible();
    await expectStatus(await apiB.post(`/api/incidents/${incidentId}/notes`, { data: { text: `Written through console B ${run}` } }), 201);
    await expect(page.getByRole("list", { name: "Timeline, newest first" }).getByText(`Written through console B ${run}`)).toBeVisible({ timeout: 5_000 });

    // 2. A webhook subscription (made through B), then events written through A and C: each delivered once.
    await expectStatus(await apiB.post("/api/webhooks", { data: { name: `cluster ${run}`, url: receiver.url, eventTypes: ["incident.declared", "incident.phase_changed"] } }), 201);
    const hooked = await expectStatus(await apiC.post("/api/incidents", { data: { title: `Cluster hooks ${run}`, severity: "medium", commanderId: commander.id } }), 201);
    const hookedId = (hooked.incident as { id: string }).id;
    const hookedIncident = (await expectStatus(await adminApi.get(`/api/incidents/${hookedId}`))).incident as { id: string; version: number };
    await expectStatus(
      await adminApi.post(`/api/incidents/${hookedIncident.id}/status`, { data: { to: "investigating", expectedVersion: hookedIncident.version, reason: "Looking" } }),
    );

    // 3. A bulk notice: drafted, approved by legal (password), sent by the commander; delivered by B's and C's workers.
    const made = await expectStatus(await adminApi.post(`/api/incidents/${incidentId}/notices`, { data: { templateId: "generic-regulator", obligationId: null } }), 201);
    const noticeId = (made.notice as { id: string }).id;
    const read = (await expectStatus(await adminApi.get(`/api/incidents/${incidentId}/notices/${noticeId}`))) as { notice: { latest: { content: { subject: string; sections: { key: string; heading: string }[] } } } };
    const content = { ...read.notice.latest.content, sections: read.notice.latest.content.sections.map((s) => ({ ...s, body: "Written in plain words." })) };
    const recipients = Array.from({ length: BULK_RECIPIENTS }, (_, i) => ({ address: `regulator-${i}-${run}@example.gov` }));
    const saved = await expectStatus(await adminApi.post(`/api/incidents/${incidentId}/notices/${noticeId}/versions`, { data: { content, recipients, basedOnVersion: 1 } }), 201);
    const version = saved.version as { versionId: string; contentHash: string };
    const legalPage = await (await browser.newContext()).newPage();
    await signIn(legalPage, legal);
    await expectStatus(
      await legalPage.request.post(`/api/incidents/${incidentId}/notices/${noticeId}/decisions`, {
        data: { versionId: version.versionId, contentHash: version.contentHash, decision: "approve", password: legal.password },
        headers: { origin: new URL(legalPage.url()).origin },
      }),
      201,
    );
    const sent = await page.request.post(`/api/incidents/${incidentId}/notices/${noticeId}/send`, {
        data: { channel: "bulk_email" },
        headers: { origin: new URL(page.url()).origin },
      });
    expect([201, 202], await sent.text()).toContain(sent.status());

    // Every effect, exactly once across the two workers.
    await expect
      .poll(() => mailbox().filter((m) => m.to.some((to) => to.endsWith(`-${run}@example.gov`))).length, { timeout: 90_000 })
      .toBe(BULK_RECIPIENTS);
    await expect.poll(() => mailbox().filter((m) => m.to.includes(commander.email)).length, { timeout: 90_000 }).toBeGreaterThanOrEqual(1);
    await expect
      .poll(() => withDatabase(async (db) => Number((await db.query("SELECT count(*) AS n FROM findings WHERE aws_id LIKE $1", [`%two-consoles-${run}/%`])).rows[0].n)), { timeout: 90_000 })
      .toBe(FINDINGS);
    await expect.poll(() => receiver.ids.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    // Give a duplicate every chance to arrive: a claim lost to the other worker would show up within a poll or two.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const bulk = mailbox().flatMap((m) => m.to).filter((to) => to.endsWith(`-${run}@example.gov`));
    expect(bulk.length, "each recipient of the bulk notice got one message").toBe(BULK_RECIPIENTS);
    expect(new Set(bulk).size).toBe(BULK_RECIPIENTS);
    expect(mailbox().filter((m) => m.to.includes(commander.email)).length, "one reminder e-mail to the obligation's owner").toBe(1);
    const versions = await withDatabase(async (db) =>
      (await db.query("SELECT count(*) AS n FROM finding_versions v JOIN findings f ON f.id = v.finding_id WHERE f.aws_id LIKE $1", [`%two-consoles-${run}/%`])).rows[0].n,
    );
    expect(Number(versions), "each finding stored once, as one version").toBe(FINDINGS);
    expect(receiver.ids.length, "each webhook delivered once").toBe(new Set(receiver.ids).size);
    expect(receiver.ids.length).toBe(2);

    // 4. Console C dies mid-request (SIGKILL of its process group): every note it acknowledged is on the record, and the
    //    timeline still verifies. Notes that got no answer may or may not have been written, but never half.
    // Four clients write notes one after another through C; after its tenth acknowledgement C is killed while the
    // next requests are in flight.
    const acknowledged: string[] = [];
    const unanswered: string[] = [];
    let killed = false;
    const client = async (clientIndex: number) => {
      for (let n = 0; n < 200; n += 1) {
        const text = `Burst note ${clientIndex}.${n} ${run}`;
        const ok = await apiC.post(`/api/incidents/${incidentId}/notes`, { data: { text }, timeout: 20_000 }).then(
          (response) => response.status() === 201,
          () => false,
        );
        if (!ok) {
          unanswered.push(text);
          return;
        }
        acknowledged.push(text);
        if (acknowledged.length >= 10 && !killed) {
          killed = true;
          c.kill();
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(client));
    expect(killed, "C was killed while clients were writing").toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(10);
    expect(unanswered.length, "requests were in flight or refused when C died").toBeGreaterThan(0);
    const timeline = JSON.stringify(await expectStatus(await adminApi.get(`/api/incidents/${incidentId}/timeline?limit=200`)));
    for (const text of acknowledged) expect(timeline, `acknowledged "${text}" is on the timeline`).toContain(text);
    const verified = await expectStatus(await adminApi.get(`/api/incidents/${incidentId}/timeline/verify`));
    expect(verified).toMatchObject({ ok: true });
    // The surviving console goes on serving.
    await expectStatus(await apiB.post(`/api/incidents/${incidentId}/notes`, { data: { text: `After C died ${run}` } }), 201);
    test.info().annotations.push({ type: "killed mid-request", description: `${acknowledged.length} notes acknowledged, ${unanswered.length} unanswered` });
    await Promise.all([apiB.dispose(), apiC.dispose()]);
  } finally {
    await Promise.all(consoles.map((console_) => console_.stop()));
    receiver.close();
    await aws.close();
  }
});
