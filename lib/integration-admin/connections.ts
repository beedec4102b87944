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
import { INBOUND_KINDS, ZConnectionConfig, ZConnectionPatch, type TConnectionKind, type TAddConnectionInput } from "@/lib/integration-admin/schemas";

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

/** A 400 naming `config.<field>`, as the add form's is, for settings checked against the connection's kind. */
function configError(error: z.ZodError): AppError {
  return AppError.badRequest("Check the highlighted fields and try again.", error.issues.map((issue) => ({ name: ["config", ...issue.path.map(String)].join("."), reason: issue.message })));
}

/**
 * Changes a connection (on/off, name, settings, secrets) in one transaction with its administration-log entry, which
 * holds the changed settings before and after and, for a secret, only that it was replaced. Nothing changed, nothing logged.
 */
export async function changeIntegrationConnection(actor: TActor, id: string, input: unknown) {
  assertCan(actor, "integration.manage");
  const change = ZConnectionPatch.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await requireConnection(tx, id);
    const kind = before.kind as TConnectionKind;
    if (change.inboundSecret !== undefined && !INBOUND_KINDS.includes(kind)) {
      throw AppError.badRequest("Check the highlighted fields and try again.", [{ name: "inboundSecret", reason: `a ${kind} connection takes no inbound secret` }]);
    }
    let config: Record<string, unknown> | undefined;
    if (change.config !== undefined) {
      const parsed = Object.hasOwn(ZConnectionConfig, kind) ? ZConnectionConfig[kind].safeParse(change.config) : null;
      if (parsed && !parsed.success) throw configError(parsed.error);
      config = (parsed?.data ?? change.config) as Record<string, unknown>;
    }
    const was: Record<string, Prisma.InputJsonValue> = {};
    const now: Record<string, Prisma.InputJsonValue> = {};
    const data: Prisma.IntegrationConnectionUpdateInput = {};
    if (change.enabled !== undefined && change.enabled !== before.enabled) [was.enabled, now.enabled, data.enabled] = [before.enabled, change.enabled, change.enabled];
    if (change.name !== undefined && change.name !== before.name) [was.name, now.name, data.name] = [before.name, change.name, change.name];
    if (config !== undefined && JSON.stringify(config) !== JSON.stringify(before.config)) [was.config, now.config, data.config] = [before.config as Prisma.InputJsonValue, config as Prisma.InputJsonValue, config as Prisma.InputJsonValue];
    if (change.secret !== undefined) [now.secret, data.secret] = ["replaced", sealConnectionSecret(change.secret)];
    if (change.inboundSecret !== undefined) [now.inboundSecret, data.inboundSecret] = ["replaced", sealConnectionSecret(change.inboundSecret)];
    if (Object.keys(data).length === 0) return { id, enabled: before.enabled, name: before.name, changed: false };
    await tx.integrationConnection.update({ where: { id }, data });
    await recordAdminChange(tx, actor, { action: "integration-connection.changed", target: { type: "integration-connection", id, label: before.name }, before: was, after: now });
    return { id, enabled: change.enabled ?? before.enabled, name: change.name ?? before.name, changed: true };
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
