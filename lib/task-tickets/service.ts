import "server-only";
import { prisma } from "@/lib/db";
import { prismaExecutor } from "@/lib/db/sql";
import { assertCan } from "@/lib/auth/assert";
import { can, type TActor } from "@/lib/auth/policy";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { AppError } from "@/lib/errors/app-error";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { findTask } from "@/lib/tasks/queries";
import { enqueueIntegrationMessage } from "@/lib/integrations/connector-outbox";
import { TICKET_KINDS, type TTicketKind } from "@/lib/integrations/connectors";
import { ticketText } from "@/lib/integrations/outbound-policy";
import { consoleUrl } from "@/lib/integrations/webhook-outbox";

const KIND_LABEL: Record<TTicketKind, string> = { jira: "Jira", servicenow: "ServiceNow" };

/**
 * Sends a task to Jira or ServiceNow: one ticket per task, ever. In one transaction, a conditional update claims the
 * task for the connection (ticket_connection_id still null), the creation is queued (its id derived from connection
 * and task, so a repeat is a no-op) and the task's event is written; a double click, a retry or a second console
 * finds the task already sent and queues nothing. The worker creates the ticket, outside the transaction.
 */
export async function sendTaskToTicket(actor: TActor, incidentId: string, taskId: string, input: { connectionId: string }) {
  assertCan(actor, "task.manage");
  return prisma.$transaction(async (tx) => {
    const incident = await requireVisibleIncident(tx, actor, incidentId);
    const task = await findTask(incidentId, taskId, tx);
    if (!task) throw AppError.notFound("The task");
    const connection = await tx.integrationConnection.findFirst({ where: { id: input.connectionId, enabled: true, kind: { in: Object.keys(TICKET_KINDS) } }, select: { id: true, kind: true, name: true } });
    if (!connection) throw AppError.badRequest("Choose an enabled Jira or ServiceNow connection.", [{ name: "connectionId", reason: "No enabled Jira or ServiceNow connection has this id." }]);
    if (task.ticketConnectionId) return { task, queued: false };
    const claimed = await tx.task.updateMany({ where: { id: taskId, incidentId, ticketConnectionId: null }, data: { ticketConnectionId: connection.id, version: { increment: 1 } } });
    if (claimed.count === 0) return { task: (await findTask(incidentId, taskId, tx))!, queued: false };
    const [outbound] = await tx.$queryRaw<{ id: string; reference: number; title: string; severity: string; status: string; restricted: boolean; exercise: boolean }[]>`
      SELECT id::text, reference, title, severity::text, status::text, restricted, exercise FROM incidents WHERE id = ${incident.id}::uuid`;
    const text = ticketText(outbound!, { id: task.id, title: task.title }, consoleUrl());
    const kind = connection.kind as TTicketKind;
    await enqueueIntegrationMessage(prismaExecutor(tx), connection.id, incidentId, {
      eventKey: `task:${task.id}`,
      operation: TICKET_KINDS[kind],
      payload: { taskId: task.id, summary: text.summary, description: text.description, link: text.link },
    });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "task.updated",
      actor,
      payload: { task: { id: task.id, title: task.title }, changes: [{ field: "ticket", from: null, to: `${KIND_LABEL[kind]} (${connection.name})` }], version: task.version + 1 },
    });
    return { task: (await findTask(incidentId, taskId, tx))!, queued: true };
  });
}

/** The Jira and ServiceNow connections a task can be sent to (none: the task list offers no "Send to" button). */
export async function listTicketConnections(actor: TActor) {
  if (!canSendTickets(actor)) return [];
  return prisma.integrationConnection.findMany({
    where: { enabled: true, kind: { in: Object.keys(TICKET_KINDS) } },
    select: { id: true, name: true, kind: true },
    orderBy: { createdAt: "asc" },
  });
}

function canSendTickets(actor: TActor): boolean {
  return can(actor, "task.manage");
}
