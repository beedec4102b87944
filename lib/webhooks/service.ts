import "server-only";
import { sealConnectionSecret } from "@/lib/integrations/connection-secrets";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { recordAdminChange } from "@/lib/admin-log/record";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { TEST_EVENT_TYPE } from "@/lib/integrations/event-types";
import { webhookBody, webhookIdFor } from "@/lib/integrations/webhook-outbox";
import { generateWebhookSecret } from "@/lib/webhooks/signature";
import {
  ZCreateWebhookInput,
  ZRotateSecretInput,
  ZUpdateWebhookInput,
  type TCreateWebhookInput,
  type TRotateSecretInput,
  type TUpdateWebhookInput,
} from "@/lib/webhooks/schemas";

/** Everything about a subscription except its secrets, which are write-only: shown once, never read back. */
const publicSelect = {
  id: true,
  name: true,
  url: true,
  eventTypes: true,
  enabled: true,
  previousSecretUntil: true,
  lastSuccessAt: true,
  lastErrorAt: true,
  lastError: true,
  createdAt: true,
} as const;

function logged(subscription: { name: string; url: string; eventTypes: string[]; enabled: boolean }) {
  return { name: subscription.name, url: subscription.url, eventTypes: subscription.eventTypes, enabled: subscription.enabled };
}

export async function listWebhookSubscriptions(actor: TActor) {
  assertCan(actor, "integration.manage");
  const subscriptions = await prisma.webhookSubscription.findMany({ select: publicSelect, orderBy: { createdAt: "asc" } });
  const counts = await prisma.webhookDelivery.groupBy({ by: ["subscriptionId", "status"], _count: { _all: true } });
  return subscriptions.map((s) => {
    const count = (status: string) => counts.find((c) => c.subscriptionId === s.id && c.status === status)?._count._all ?? 0;
    return {
      ...s,
      graceActive: s.previousSecretUntil !== null && s.previousSecretUntil > new Date(),
      pending: count("pending"),
      failed: count("failed"),
    };
  });
}

export async function getWebhookSubscription(actor: TActor, id: string) {
  assertCan(actor, "integration.manage");
  const subscription = await prisma.webhookSubscription.findUnique({ where: { id }, select: publicSelect });
  if (!subscription) throw AppError.notFound("The webhook");
  return subscription;
}

/** Creates a subscription; the answer carries its secret, the only time it is shown. */
export async function createWebhookSubscription(actor: TActor, input: TCreateWebhookInput) {
  assertCan(actor, "integration.manage");
  const data = ZCreateWebhookInput.parse(input);
  const secret = generateWebhookSecret();
  const subscription = await prisma.$transaction(async (tx) => {
    // Sealed at rest with the data key when one is configured (it must be readable to sign, so it cannot be hashed).
    const created = await tx.webhookSubscription.create({ data: { ...data, secret: sealConnectionSecret(secret) }, select: publicSelect });
    await recordAdminChange(tx, actor, {
      action: "webhook.created",
      target: { type: "webhook", id: created.id, label: created.name },
      before: null,
      after: logged(created),
    });
    return created;
  });
  return { subscription, secret };
}

export async function updateWebhookSubscription(actor: TActor, id: string, input: TUpdateWebhookInput) {
  assertCan(actor, "integration.manage");
  const data = ZUpdateWebhookInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.webhookSubscription.findUnique({ where: { id }, select: publicSelect });
    if (!before) throw AppError.notFound("The webhook");
    const after = await tx.webhookSubscription.update({ where: { id }, data, select: publicSelect });
    await recordAdminChange(tx, actor, {
      action: "webhook.changed",
      target: { type: "webhook", id, label: after.name },
      before: logged(before),
      after: logged(after),
    });
    return after;
  });
}

/**
 * A new secret, shown this once. The current one becomes the previous secret and keeps signing beside the new one
 * (both signatures in webhook-signature) until the grace period ends, so receivers switch without a failed delivery.
 */
export async function rotateWebhookSecret(actor: TActor, id: string, input: TRotateSecretInput = {}) {
  assertCan(actor, "integration.manage");
  const { graceHours } = ZRotateSecretInput.parse(input);
  const secret = generateWebhookSecret();
  const previousSecretUntil = new Date(Date.now() + graceHours * 3_600_000);
  const subscription = await prisma.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ secret: string; name: string }[]>`SELECT secret, name FROM webhook_subscriptions WHERE id = ${id}::uuid FOR UPDATE`;
    if (!current) throw AppError.notFound("The webhook");
    const updated = await tx.webhookSubscription.update({
      where: { id },
      data: { secret: sealConnectionSecret(secret), previousSecret: graceHours > 0 ? current.secret : null, previousSecretUntil: graceHours > 0 ? previousSecretUntil : null },
      select: publicSelect,
    });
    await recordAdminChange(tx, actor, {
      action: "webhook.secret-rotated",
      target: { type: "webhook", id, label: current.name },
      before: null,
      after: { graceHours },
    });
    return updated;
  });
  return { subscription, secret };
}

/** Queues a `webhook.test` message to this subscription (whatever it subscribed to); the worker delivers it. */
export async function sendWebhookTest(actor: TActor, id: string) {
  assertCan(actor, "integration.manage");
  const subscription = await prisma.webhookSubscription.findUnique({ where: { id }, select: { id: true } });
  if (!subscription) throw AppError.notFound("The webhook");
  const eventKey = `test:${randomUUID()}`;
  const now = new Date();
  const delivery = await prisma.webhookDelivery.create({
    data: {
      id: webhookIdFor(id, eventKey),
      subscriptionId: id,
      eventKey,
      eventType: TEST_EVENT_TYPE,
      body: webhookBody(TEST_EVENT_TYPE, now, { message: "A test message from Breachdesk.", subscriptionId: id }),
    },
    select: { id: true, status: true, nextAttemptAt: true },
  });
  return { delivery };
}

/** The delivery log of one subscription: newest first, each with its attempts. */
export async function listWebhookDeliveries(actor: TActor, subscriptionId: string, limit = 100) {
  await getWebhookSubscription(actor, subscriptionId);
  return prisma.webhookDelivery.findMany({
    where: { subscriptionId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      eventType: true,
      incidentId: true,
      status: true,
      nextAttemptAt: true,
      deliveredAt: true,
      createdAt: true,
      attempts: { orderBy: { attemptedAt: "asc" }, select: { attemptedAt: true, statusCode: true, latencyMs: true, error: true } },
    },
  });
}

/**
 * Redelivers: the same webhook-id and body, attempted again now with a fresh retry schedule. Refused while an
 * attempt is in flight (its claim is live), so a redelivery never races the worker into two sends at once.
 */
export async function redeliverWebhook(actor: TActor, subscriptionId: string, deliveryId: string) {
  assertCan(actor, "integration.manage");
  const updated = await prisma.$executeRaw`
    UPDATE webhook_deliveries SET status = 'pending', retry_step = 0, next_attempt_at = now()
     WHERE id = ${deliveryId} AND subscription_id = ${subscriptionId}::uuid AND (claimed_until IS NULL OR claimed_until < now())`;
  if (updated === 0) {
    const exists = await prisma.webhookDelivery.findFirst({ where: { id: deliveryId, subscriptionId }, select: { id: true } });
    if (!exists) throw AppError.notFound("The delivery");
    throw AppError.conflict("This delivery is being attempted right now; try again in a minute.");
  }
  return { delivery: await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId }, select: { id: true, status: true, nextAttemptAt: true } }) };
}
