import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { recordAdminChange } from "@/lib/admin-log/record";
import type { TTimelineActor } from "@/lib/timeline/append";
import { sealConnectionSecret } from "@/lib/integrations/connection-secrets";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { prismaExecutor } from "@/lib/db/sql";
import { CONNECTORS } from "@/lib/integrations/connectors";
import { enqueueIntegrationMessage } from "@/lib/integrations/connector-outbox";
import { consoleUrl } from "@/lib/integrations/webhook-outbox";

export { ZConnectionConfig, ZConnectionPatch, type TConnectionKind } from "@/lib/integration-admin/schemas";
import { ZConnectionConfig, ZConnectionPatch, type TConnectionKind, type TAddConnectionInput } from "@/lib/integration-admin/schemas";

/**
 * Adds a PagerDuty, Jira, ServiceNow, Slack or Microsoft Teams connection. The secrets are sealed (lib/integrations/connection-secrets.ts)
 * and the administration log records the connection without them.
 */
export async function addIntegrationConnection(
  by: TTimelineActor,
  input: { kind: string; name: string; config: unknown; secret: string; inboundSecret?: string },
) {
  if (!Object.hasOwn(ZConnectionConfig, input.kind)) throw new z.ZodError([{ code: "custom", path: ["kind"], message: `must be one of ${Object.keys(ZConnectionConfig).join(", ")}`, input: input.kind }]);
  const kind = input.kind as TConnectionKind;
  const config = ZConnectionConfig[kind].parse(input.config);
  const name = z.string().trim().min(1).max(100).parse(input.name);
  const secret = z.string().min(1).parse(input.secret);
  return prisma.$transaction(async (tx) => {
    const created = await tx.integrationConnection.create({
      data: { kind, name, config, secret: sealConnectionSecret(secret), inboundSecret: input.inboundSecret ? sealConnectionSecret(input.inboundSecret) : null },
      select: { id: true, kind: true, name: true, config: true },
    });
    await recordAdminChange(tx, by, { action: "integration-connection.created", target: { type: "integration-connection", id: created.id, label: created.name }, before: null, after: { kind, name, config } });
    return created;
  });
}

/** The Integrations page's "Add a connection": the same as the CLI, for an administrator. Answers no secret. */
export async function addConnectionAs(actor: TActor, input: TAddConnectionInput) {
  assertCan(actor, "integration.manage");
  const created = await addIntegrationConnection(actor, input);
  return { id: created.id, kind: created.kind, name: created.name };
}

/** The connections with their health, for the Integrations page: last success and error, messages pending and failed. */
export async function listIntegrationConnections(actor: TActor) {
  assertCan(actor, "integration.manage");
  const [rows, counts] = await Promise.all([
    prisma.integrationConnection.findMany({
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, name: true, config: true, enabled: true, lastSuccessAt: true, lastErrorAt: true, lastError: true, createdAt: true },
    }),
    prisma.integrationMessage.groupBy({ by: ["connectionId", "status"], where: { status: { in: ["pending", "failed"] } }, _count: true }),
  ]);
  const count = (id: string, status: string) => counts.find((c) => c.connectionId === id && c.status === status)?._count ?? 0;
  return rows.map((row) => ({ ...row, pending: count(row.id, "pending"), failed: count(row.id, "failed") }));
}

async function requireConnection(tx: Prisma.TransactionClient, id: string) {
  const connection = await tx.integrationConnection.findUnique({ where: { id }, select: { id: true, kind: true, name: true, config: true, enabled: true } });
  if (!connection) throw AppError.notFound("The connection");
  return connection;
}

/** Turns a connection on or off (off: nothing new is queued for it and its queue waits), in the administration log. */
export async function setIntegrationConnectionEnabled(actor: TActor, id: string, input: unknown) {
  assertCan(actor, "integration.manage");
  const { enabled } = ZConnectionPatch.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await requireConnection(tx, id);
    if (before.enabled === enabled) return { id, enabled };
    await tx.integrationConnection.update({ where: { id }, data: { enabled } });
    await recordAdminChange(tx, actor, { action: "integration-connection.changed", target: { type: "integration-connection", id, label: before.name }, before: { enabled: before.enabled }, after: { enabled } });
    return { id, enabled };
  });
}

/** "Send test": a harmless message through the same queue and worker as every other (its outcome shows as the health). */
export async function queueIntegrationConnectionTest(actor: TActor, id: string) {
  assertCan(actor, "integration.manage");
  return prisma.$transaction(async (tx) => {
    const connection = await requireConnection(tx, id);
    if (!connection.enabled) throw AppError.conflict("This connection is turned off: turn it on to send a test.");
    const connector = CONNECTORS[connection.kind];
    if (!connector) throw AppError.conflict(`Breachdesk has no connector for "${connection.kind}".`);
    const message = connector.testMessage({ ...connection, config: connection.config as Record<string, unknown> }, consoleUrl());
    await enqueueIntegrationMessage(prismaExecutor(tx), id, null, { ...message, eventKey: `test-${randomUUID()}` });
    await recordAdminChange(tx, actor, { action: "integration-connection.tested", target: { type: "integration-connection", id, label: connection.name }, before: null, after: { operation: message.operation } });
    return { queued: true };
  });
}
