import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { openConnectionSecret } from "@/lib/integrations/connection-secrets";
import { verifyBodySignature } from "@/lib/integrations/inbound-signature";
import { parseJiraWebhook, parseServiceNowWebhook } from "@/lib/integrations/ticket-status";

export type TInboundKind = "jira" | "servicenow";
export type TInboundResult = { status: 401 } | { status: 202; outcome: "applied" | "unchanged" | "ignored" | "duplicate" };

const SOURCE_NAME: Record<TInboundKind, string> = { jira: "Jira", servicenow: "ServiceNow" };

/**
 * A ticket's status change coming back: verified against each enabled connection of the kind (the one whose
 * secret signs the body is the sender), then mapped onto the task whose ticket it is, with a "Task changed" event in
 * the same transaction. Replay-safe: the delivery's key (the service's delivery id, else the body's hash) is recorded
 * in that transaction, so the same delivery twice changes the task and writes its event once. Bad signature → 401;
 * a ticket Breachdesk did not create, or a status that means nothing for a task → 202 ignored.
 */
export async function applyInboundTicketWebhook(kind: TInboundKind, rawBody: string, signature: string | null, deliveryId: string | null): Promise<TInboundResult> {
  const connections = await prisma.integrationConnection.findMany({ where: { kind, enabled: true, inboundSecret: { not: null } }, select: { id: true, inboundSecret: true } });
  const connection = connections.find((c) => {
    try {
      return verifyBodySignature(openConnectionSecret(c.inboundSecret!), rawBody, signature);
    } catch {
      return false;
    }
  });
  if (!connection) return { status: 401 };
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { status: 202, outcome: "ignored" };
  }
  const update = kind === "jira" ? parseJiraWebhook(body) : parseServiceNowWebhook(body);
  if (!update) return { status: 202, outcome: "ignored" };
  const deliveryKey = deliveryId ?? createHash("sha256").update(rawBody).digest("hex");
  return prisma.$transaction(async (tx) => {
    // Locked: a concurrent edit of the task waits for this change instead of making it fail.
    const [task] = await tx.$queryRaw<{ id: string; incidentId: string; title: string; status: string; version: number }[]>`
      SELECT id::text, incident_id::text AS "incidentId", title, status::text, version FROM tasks
       WHERE ticket_connection_id = ${connection.id}::uuid AND ticket_key = ${update.key} FOR UPDATE`;
    if (!task) return { status: 202, outcome: "ignored" } as const;
    const fresh = await tx.$executeRaw`
      INSERT INTO integration_inbound_deliveries (connection_id, delivery_key) VALUES (${connection.id}::uuid, ${deliveryKey}) ON CONFLICT DO NOTHING`;
    if (fresh === 0) return { status: 202, outcome: "duplicate" } as const;
    if (!update.status || update.status === task.status) return { status: 202, outcome: "unchanged" } as const;
    await tx.task.update({ where: { id: task.id }, data: { status: update.status, version: { increment: 1 } } });
    await appendTimelineEvent(tx, {
      incidentId: task.incidentId,
      kind: "task.updated",
      actor: { kind: "system", name: `${SOURCE_NAME[kind]} ${update.key}` },
      payload: { task: { id: task.id, title: task.title }, changes: [{ field: "status", from: task.status, to: update.status }], version: task.version + 1 },
    });
    return { status: 202, outcome: "applied" } as const;
  });
}
