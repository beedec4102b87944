import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/webhooks/route";
import { GET as readRoute, PATCH as updateRoute } from "@/app/api/webhooks/[id]/route";
import { POST as rotateRoute } from "@/app/api/webhooks/[id]/rotate-secret/route";
import { POST as testRoute } from "@/app/api/webhooks/[id]/test/route";
import { GET as deliveriesRoute } from "@/app/api/webhooks/[id]/deliveries/route";
import { POST as redeliverRoute } from "@/app/api/webhooks/[id]/deliveries/[deliveryId]/redeliver/route";
import { prisma } from "@/lib/db";
import { ingestBatch } from "@/lib/findings/ingest";
import { linkFindings } from "@/lib/findings/service";
import { setIncidentRestricted } from "@/lib/membership/service";
import { runReminders } from "@/lib/reminders/run";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { insertObligation } from "@/tests/support/obligations";
import { RETRY_DELAYS_MS } from "@/lib/webhooks/backoff";
import { attemptDelivery, claimDueDeliveries, CLAIM_LEASE_MS, runWebhookPass } from "@/lib/webhooks/deliver";
import { fakeFinding } from "@/tests/aws/fake-aws";
import { startWebhookReceiver, verifyStandardWebhook } from "@/tests/support/webhook-receiver";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

let adminToken: string;
let receivers: Awaited<ReturnType<typeof startWebhookReceiver>>[] = [];

async function receiver(respond?: (n: number) => number) {
  const started = await startWebhookReceiver({ respond });
  receivers.push(started);
  return started;
}

async function subscribe(url: string, eventTypes: string[] = ["incident.declared", "incident.phase_changed", "findings.linked"]) {
  const response = await call(createRoute, "POST", "/api/webhooks", { token: adminToken, json: { name: "SIEM", url, eventTypes } });
  expect(response.status).toBe(201);
  return { id: (response.body!.subscription as { id: string }).id, secret: response.body!.secret as string };
}

/** Runs passes until nothing is due at `now` (each pass attempts what is due once). */
async function drain(now?: Date) {
  for (let i = 0; i < 10; i++) if ((await runWebhookPass({ now })).attempted === 0) return;
}

beforeEach(async () => {
  await resetDatabase();
  adminToken = await createToken(["admin"]);
});
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(receivers.map((r) => r.close()));
  receivers = [];
});

describe("outbound webhooks (Standard Webhooks)", () => {
  it("signs every delivery so the published algorithm verifies it, and a tampered one fails", async () => {
    const sink = await receiver();
    const { secret } = await subscribe(sink.url);
    const commander = await createUser(["commander"]);
    const incidentId = await declareIncidentVia(adminToken, commander.id, "Public S3 bucket");
    await drain();
    expect(sink.received).toHaveLength(1);
    const [delivery] = sink.received;
    expect(verifyStandardWebhook(secret, delivery!.headers, delivery!.body)).toBe(true);
    expect(delivery!.id).toMatch(/^msg_/);
    const body = JSON.parse(delivery!.body) as { type: string; data: { incident: { id: string; title: string }; exercise: boolean; link: string } };
    expect(body.type).toBe("incident.declared");
    expect(body.data.incident).toMatchObject({ id: incidentId, title: "Public S3 bucket" });
    expect(body.data.exercise).toBe(false);
    expect(body.data.link).toContain(`/incidents/${incidentId}`);
    // Tampering with the body, the id or the timestamp, or verifying with another secret, fails.
    expect(verifyStandardWebhook(secret, delivery!.headers, delivery!.body.replace("Public", "Privat"))).toBe(false);
    expect(verifyStandardWebhook(secret, { ...delivery!.headers, "webhook-id": "msg_other" }, delivery!.body)).toBe(false);
    expect(verifyStandardWebhook(secret, { ...delivery!.headers, "webhook-timestamp": String(Number(delivery!.timestamp) + 1) }, delivery!.body)).toBe(false);
    expect(verifyStandardWebhook("whsec_" + Buffer.alloc(32, 7).toString("base64"), delivery!.headers, delivery!.body)).toBe(false);
    // A replay outside the 5-minute tolerance is refused.
    expect(verifyStandardWebhook(secret, delivery!.headers, delivery!.body, Number(delivery!.timestamp) + 301)).toBe(false);
    // Unsubscribed kinds are not queued; an event is queued once per subscription.
    expect(await prisma.webhookDelivery.count()).toBe(1);
  });

  it("rotation: during the grace period both secrets verify; after it only the new one", async () => {
    const sink = await receiver();
    const { id, secret: oldSecret } = await subscribe(sink.url);
    const rotated = await call(rotateRoute, "POST", "/x", { token: adminToken, params: { id }, json: { graceHours: 24 } });
    expect(rotated.status).toBe(200);
    const newSecret = rotated.body!.secret as string;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    const commander = await createUser(["commander"]);
    await declareIncidentVia(adminToken, commander.id);
    await drain();
    const during = sink.received[0]!;
    expect(during.signature.split(" ")).toHaveLength(2);
    expect(verifyStandardWebhook(oldSecret, during.headers, during.body)).toBe(true);
    expect(verifyStandardWebhook(newSecret, during.headers, during.body)).toBe(true);

    // The grace period is over: the previous secret no longer signs.
    await prisma.webhookSubscription.update({ where: { id }, data: { previousSecretUntil: new Date(Date.now() - 1000) } });
    await declareIncidentVia(adminToken, commander.id);
    await drain();
    const after = sink.received[1]!;
    expect(after.signature.split(" ")).toHaveLength(1);
    expect(verifyStandardWebhook(newSecret, after.headers, after.body)).toBe(true);
    expect(verifyStandardWebhook(oldSecret, after.headers, after.body)).toBe(false);
  });

  it("keeps secrets sealed with the data key at rest, a secret stored before sealing still signing beside a rotated one", async () => {
    const saved = process.env.BREACHDESK_DATA_KEY;
    process.env.BREACHDESK_DATA_KEY = randomBytes(32).toString("base64");
    try {
      const sink = await receiver();
      const { id, secret: first } = await subscribe(sink.url);
      const row = await prisma.webhookSubscription.findUniqueOrThrow({ where: { id } });
      expect(row.secret).toMatch(/^sealed:/);
      expect(row.secret).not.toContain(first.slice(6));
      // A row from before sealing holds its secret as generated: it must still sign, and after a rotation sign beside the new one.
      await prisma.webhookSubscription.update({ where: { id }, data: { secret: first } });
      const rotated = await call(rotateRoute, "POST", "/x", { token: adminToken, params: { id }, json: { graceHours: 24 } });
      const second = rotated.body!.secret as string;
      expect((await prisma.webhookSubscription.findUniqueOrThrow({ where: { id } })).secret).toMatch(/^sealed:/);
      const commander = await createUser(["commander"]);
      await declareIncidentVia(adminToken, commander.id);
      await drain();
      const delivery = sink.received[0]!;
      expect(verifyStandardWebhook(first, delivery.headers, delivery.body)).toBe(true);
      expect(verifyStandardWebhook(second, delivery.headers, delivery.body)).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.BREACHDESK_DATA_KEY;
      else process.env.BREACHDESK_DATA_KEY = saved;
    }
  });

  it("durability: a receiver failing 3 times then succeeding gets exactly one success after 4 attempts, on the backoff schedule", async () => {
    const sink = await receiver((n) => (n <= 3 ? 503 : 204));
    const { id } = await subscribe(sink.url);
    const commander = await createUser(["commander"]);
    await declareIncidentVia(adminToken, commander.id);
    let now = new Date();
    await runWebhookPass({ now });
    for (let step = 0; step < 3; step++) {
      const delivery = await prisma.webhookDelivery.findFirstOrThrow();
      expect(delivery.status).toBe("pending");
      expect(delivery.nextAttemptAt.getTime()).toBe(now.getTime() + RETRY_DELAYS_MS[step]!);
      // Not due yet a moment before the schedule says.
      expect((await runWebhookPass({ now: new Date(delivery.nextAttemptAt.getTime() - 1) })).attempted).toBe(0);
      now = delivery.nextAttemptAt;
      await runWebhookPass({ now });
    }
    expect(sink.received.map((r) => r.status)).toEqual([503, 503, 503, 204]);
    expect(new Set(sink.received.map((r) => r.id)).size).toBe(1);
    expect(new Set(sink.received.map((r) => r.body)).size).toBe(1);
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ include: { attempts: { orderBy: { attemptedAt: "asc" } } } });
    expect(delivery.status).toBe("delivered");
    expect(delivery.attempts.map((a) => a.statusCode)).toEqual([503, 503, 503, 204]);
    expect(delivery.attempts.filter((a) => a.error === null)).toHaveLength(1);
    expect(delivery.attempts.every((a) => a.latencyMs >= 0)).toBe(true);
    await drain(new Date(now.getTime() + 86_400_000 * 2));
    expect(sink.received).toHaveLength(4);
    // The log page's API shows the attempts; health shows the last success.
    const log = await call(deliveriesRoute, "GET", "/x", { token: adminToken, params: { id } });
    expect((log.body!.deliveries as { attempts: unknown[] }[])[0]!.attempts).toHaveLength(4);
    const list = await call(listRoute, "GET", "/api/webhooks", { token: adminToken });
    expect((list.body!.webhooks as { lastSuccessAt: string | null; lastError: string | null }[])[0]).toMatchObject({ lastError: "HTTP 503" });
    expect((list.body!.webhooks as { lastSuccessAt: string | null }[])[0]!.lastSuccessAt).not.toBeNull();
  });

  it("gives up when the schedule runs out (about a day), then Redeliver sends the same id and body again", async () => {
    const sink = await receiver((n) => (n <= RETRY_DELAYS_MS.length + 1 ? 500 : 200));
    const { id } = await subscribe(sink.url);
    const commander = await createUser(["commander"]);
    await declareIncidentVia(adminToken, commander.id);
    let now = new Date();
    for (let i = 0; i <= RETRY_DELAYS_MS.length; i++) {
      await runWebhookPass({ now });
      now = (await prisma.webhookDelivery.findFirstOrThrow()).nextAttemptAt;
    }
    const failed = await prisma.webhookDelivery.findFirstOrThrow();
    expect(failed.status).toBe("failed");
    expect(sink.received).toHaveLength(RETRY_DELAYS_MS.length + 1);
    expect(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(24 * 3_600_000);

    const redelivered = await call(redeliverRoute, "POST", "/x", { token: adminToken, params: { id, deliveryId: failed.id } });
    expect(redelivered.status).toBe(202);
    await drain();
    expect(sink.received).toHaveLength(RETRY_DELAYS_MS.length + 2);
    expect(sink.received.at(-1)!.id).toBe(failed.id);
    expect(sink.received.at(-1)!.body).toBe(sink.received[0]!.body);
    expect((await prisma.webhookDelivery.findFirstOrThrow()).status).toBe("delivered");
    expect(await prisma.webhookDelivery.count()).toBe(1);
  });

  it("the outbox is the event's transaction: a rolled-back change queues nothing, a repeated enqueue is one row", async () => {
    const sink = await receiver();
    await subscribe(sink.url);
    const commander = await createUser(["commander"]);
    const incidentId = await declareIncidentVia(adminToken, commander.id);
    const before = await prisma.webhookDelivery.count();
    await expect(
      prisma.$transaction(async (tx) => {
        await appendTimelineEvent(tx, {
          incidentId,
          kind: "incident.status-changed",
          payload: { from: "triage", to: "investigating", reason: "test", version: 2 },
          actor: { kind: "system", name: "test" },
        });
        expect(await tx.webhookDelivery.count()).toBe(before + 1);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await prisma.webhookDelivery.count()).toBe(before);
    const { enqueueWebhookEvent } = await import("@/lib/integrations/webhook-outbox");
    const { prismaExecutor } = await import("@/lib/db/sql");
    const event = { incidentId, type: "incident.declared", sourceId: "same-event", occurredAt: new Date(), details: {} };
    expect(await enqueueWebhookEvent(prismaExecutor(prisma as never), event)).toBe(1);
    expect(await enqueueWebhookEvent(prismaExecutor(prisma as never), event)).toBe(0);
    expect(await prisma.webhookDelivery.count()).toBe(before + 1);
  });

  it("two workers racing deliver each message once", async () => {
    const sink = await receiver();
    await subscribe(sink.url);
    const commander = await createUser(["commander"]);
    for (let i = 0; i < 5; i++) await declareIncidentVia(adminToken, commander.id, `Incident ${i}`);
    await Promise.all([runWebhookPass(), runWebhookPass(), runWebhookPass()]);
    await drain();
    expect(sink.received).toHaveLength(5);
    expect(new Set(sink.received.map((r) => r.id)).size).toBe(5);
    expect(await prisma.webhookAttempt.count()).toBe(5);
  });

  it("a worker that died holding a claim: nobody sends until the lease ends, then it is delivered once", async () => {
    const sink = await receiver();
    await subscribe(sink.url);
    const commander = await createUser(["commander"]);
    await declareIncidentVia(adminToken, commander.id);
    const now = new Date();
    const abandoned = await claimDueDeliveries(now, 10);
    expect(abandoned).toHaveLength(1);
    // The claiming worker is gone; another worker runs before the lease ends and leaves the message alone.
    expect((await runWebhookPass({ now: new Date(now.getTime() + CLAIM_LEASE_MS - 1000) })).attempted).toBe(0);
    expect(sink.received).toHaveLength(0);
    await runWebhookPass({ now: new Date(now.getTime() + CLAIM_LEASE_MS + 1) });
    await drain(new Date(now.getTime() + CLAIM_LEASE_MS + 2));
    expect(sink.received).toHaveLength(1);
    expect((await prisma.webhookDelivery.findFirstOrThrow()).status).toBe("delivered");
  });

  it("a stale claim's late result changes nothing: the delivery follows the live claim", async () => {
    const sink = await receiver();
    await subscribe(sink.url);
    const commander = await createUser(["commander"]);
    await declareIncidentVia(adminToken, commander.id);
    const [stale] = await claimDueDeliveries(new Date(), 10);
    // The lease ends; another worker delivers.
    await runWebhookPass({ now: new Date(Date.now() + CLAIM_LEASE_MS + 1) });
    expect((await prisma.webhookDelivery.findFirstOrThrow()).status).toBe("delivered");
    // The old claim's attempt comes back: it is logged, but cannot reopen or re-deliver the message.
    const { recordAttempt } = await import("@/lib/webhooks/deliver");
    expect(await recordAttempt(stale!, await attemptDelivery(stale!), new Date())).toBe("lost-claim");
    expect((await prisma.webhookDelivery.findFirstOrThrow()).status).toBe("delivered");
  });

  it("a need-to-know incident's webhook carries ids, type and a link only: no title, no finding text", async () => {
    const sink = await receiver();
    await subscribe(sink.url);
    const admin = await createUser(["admin"]);
    const commander = await createUser(["commander"]);
    const incidentId = await declareIncidentVia(adminToken, commander.id, "Secret insider case");
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: true, reason: "Insider suspected" });
    const base = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/securityhub-asff-control-S3.4-sse.json"), "utf8")) as Record<string, unknown>;
    await ingestBatch([{ value: { ...fakeFinding(base, 1, "2026-01-01T00:00:00.000Z"), Title: "Bucket payroll-exports is public" }, raw: "{}" }], { via: "test", actor: { kind: "system", name: "test" } });
    const finding = await prisma.finding.findFirstOrThrow();
    await linkFindings(actorOf(admin), { incidentId, findingIds: [finding.id] });
    await drain();
    const linked = sink.received.find((r) => (JSON.parse(r.body) as { type: string }).type === "findings.linked")!;
    expect(linked).toBeDefined();
    expect(linked.body).not.toContain("payroll");
    expect(linked.body).not.toContain("Secret insider");
    const data = (JSON.parse(linked.body) as { data: Record<string, unknown> }).data;
    expect(Object.keys(data).sort()).toEqual(["eventId", "exercise", "findingIds", "incident", "link"]);
    expect(data.findingIds).toEqual([finding.id]);
    expect(data.incident).toEqual({ id: incidentId, reference: expect.stringMatching(/^INC-/) as unknown, restricted: true });
  });

  it("an obligation reminder tells obligation.due_soon subscribers once, however often the reminder pass runs", async () => {
    const sink = await receiver();
    await subscribe(sink.url, ["obligation.due_soon"]);
    const commander = await createUser(["commander"]);
    const incidentId = await declareIncidentVia(adminToken, commander.id);
    const obligation = await insertObligation(incidentId, "EU-GDPR-33-SA", new Date(Date.now() + 30 * 60_000));
    await runReminders();
    await runReminders();
    await drain();
    expect(sink.received).toHaveLength(1);
    const body = JSON.parse(sink.received[0]!.body) as { type: string; data: { details: { obligationId: string; point: string } } };
    expect(body.type).toBe("obligation.due_soon");
    expect(body.data.details).toMatchObject({ obligationId: obligation.id, point: "1h" });
  });

  it("Send test queues a webhook.test message the worker delivers, signed", async () => {
    const sink = await receiver();
    const { id, secret } = await subscribe(sink.url, ["export.made"]);
    expect((await call(testRoute, "POST", "/x", { token: adminToken, params: { id } })).status).toBe(202);
    await drain();
    expect(sink.received).toHaveLength(1);
    expect(JSON.parse(sink.received[0]!.body)).toMatchObject({ type: "webhook.test" });
    expect(verifyStandardWebhook(secret, sink.received[0]!.headers, sink.received[0]!.body)).toBe(true);
  });
});

describe("webhook administration", () => {
  it("is for administrators only: other roles get 403 on every subscription route", async () => {
    const sink = await receiver();
    const { id } = await subscribe(sink.url);
    for (const roles of [["commander"], ["legal"], ["exec"], ["engineer"], ["comms"]] as const) {
      const token = await createToken([...roles]);
      expect((await call(listRoute, "GET", "/api/webhooks", { token })).status).toBe(403);
      expect((await call(createRoute, "POST", "/api/webhooks", { token, json: { name: "x", url: "https://example.com", eventTypes: ["incident.declared"] } })).status).toBe(403);
      expect((await call(readRoute, "GET", "/x", { token, params: { id } })).status).toBe(403);
      expect((await call(updateRoute, "PATCH", "/x", { token, params: { id }, json: { enabled: false } })).status).toBe(403);
      expect((await call(rotateRoute, "POST", "/x", { token, params: { id }, json: {} })).status).toBe(403);
      expect((await call(testRoute, "POST", "/x", { token, params: { id } })).status).toBe(403);
      expect((await call(deliveriesRoute, "GET", "/x", { token, params: { id } })).status).toBe(403);
      expect((await call(redeliverRoute, "POST", "/x", { token, params: { id, deliveryId: "msg_x" } })).status).toBe(403);
    }
    expect(await prisma.webhookSubscription.count()).toBe(1);
  });

  it("secrets are write-only: never in a GET answer, never in the logs, never in the administration log", async () => {
    const lines: string[] = [];
    const spy = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
    vi.spyOn(console, "log").mockImplementation(spy);
    vi.spyOn(console, "error").mockImplementation(spy);
    vi.spyOn(console, "warn").mockImplementation(spy);
    const sink = await receiver((n) => (n === 1 ? 500 : 200));
    const { id, secret } = await subscribe(sink.url);
    const rotated = (await call(rotateRoute, "POST", "/x", { token: adminToken, params: { id }, json: {} })).body!.secret as string;
    const commander = await createUser(["commander"]);
    await declareIncidentVia(adminToken, commander.id);
    await drain();
    await drain(new Date(Date.now() + 60_000));
    const answers = JSON.stringify([
      (await call(listRoute, "GET", "/api/webhooks", { token: adminToken })).body,
      (await call(readRoute, "GET", "/x", { token: adminToken, params: { id } })).body,
      (await call(updateRoute, "PATCH", "/x", { token: adminToken, params: { id }, json: { name: "SIEM 2" } })).body,
      (await call(deliveriesRoute, "GET", "/x", { token: adminToken, params: { id } })).body,
    ]);
    const audit = JSON.stringify(await prisma.adminAuditEntry.findMany());
    vi.restoreAllMocks();
    for (const value of [secret, rotated, secret.slice(6), rotated.slice(6)]) {
      expect(answers).not.toContain(value);
      expect(lines.join("\n")).not.toContain(value);
      expect(audit).not.toContain(value);
    }
    expect(answers).not.toMatch(/whsec_/);
    expect(audit).toContain("webhook.secret-rotated");
    expect(lines.join("\n")).toContain("webhook attempt failed");
  });

  it("refuses a non-HTTPS URL, a URL with credentials and an unknown event type, naming the field", async () => {
    const bad = [
      [{ name: "x", url: "http://example.com/hook", eventTypes: ["incident.declared"] }, "url"],
      [{ name: "x", url: "https://user:pw@example.com/hook", eventTypes: ["incident.declared"] }, "url"],
      [{ name: "x", url: "https://example.com/hook", eventTypes: ["incident.exploded"] }, "eventTypes.0"],
      [{ name: "x", url: "https://example.com/hook", eventTypes: [] }, "eventTypes"],
    ] as const;
    for (const [json, field] of bad) {
      const response = await call(createRoute, "POST", "/api/webhooks", { token: adminToken, json });
      expect(response.status).toBe(400);
      expect((response.body!.invalid_params as { name: string }[]).map((p) => p.name)).toContain(field);
    }
  });
});
