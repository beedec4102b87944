/**
 * What a ticket's status means for its task: done / resolved / closed → done, in progress → in_progress, anything
 * else (open, on hold, …) changes nothing. Jira reports a status name and a category (new | indeterminate | done);
 * ServiceNow the state's display value.
 */
export type TTicketTaskStatus = "done" | "in_progress";

export function taskStatusForTicket(statusName: string | null | undefined, category?: string | null): TTicketTaskStatus | null {
  const name = (statusName ?? "").trim().toLowerCase();
  if (category === "done" || ["done", "resolved", "closed", "complete", "completed"].includes(name)) return "done";
  if (name === "in progress" || name === "work in progress" || category === "indeterminate") return "in_progress";
  return null;
}

export type TInboundTicketUpdate = { key: string; status: TTicketTaskStatus | null };

/** Jira's issue webhook (jira:issue_updated): the issue key and its status, or null when the body is not one. */
export function parseJiraWebhook(body: unknown): TInboundTicketUpdate | null {
  const issue = (body as { issue?: { key?: unknown; fields?: { status?: { name?: unknown; statusCategory?: { key?: unknown } } } } } | null)?.issue;
  if (!issue || typeof issue.key !== "string") return null;
  const status = issue.fields?.status;
  return { key: issue.key, status: taskStatusForTicket(typeof status?.name === "string" ? status.name : null, typeof status?.statusCategory?.key === "string" ? status.statusCategory.key : null) };
}

/** The ServiceNow business rule's body: { number, state } with the state's display value. */
export function parseServiceNowWebhook(body: unknown): TInboundTicketUpdate | null {
  const record = body as { number?: unknown; state?: unknown } | null;
  if (!record || typeof record.number !== "string") return null;
  return { key: record.number, status: taskStatusForTicket(typeof record.state === "string" ? record.state : null) };
}
