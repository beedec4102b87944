import { baseUrlOf, callService, type TConnection, type TConnector } from "@/lib/integrations/connector-types";

/**
 * Jira Cloud REST v3 through plain fetch with a timeout. jira.js (v6) would take the base URL as `host`, but its client
 * has no per-request timeout or AbortSignal (only its own retry policy, which would multiply the queue's retries), and
 * every outbound call here must be bounded well under the claim lease.
 * Auth: basic email:API-token when config.email is set, else a bearer token (a personal access token).
 * Never twice: every issue carries the label breachdesk-task-<task id>, and a creation first searches for it, so a
 * worker killed after Jira created the issue but before we recorded it finds that issue instead of making another.
 */
export function jiraAuthHeader(connection: TConnection, secret: string): string {
  const email = connection.config.email;
  return typeof email === "string" && email ? `Basic ${Buffer.from(`${email}:${secret}`).toString("base64")}` : `Bearer ${secret}`;
}

export function taskLabel(taskId: string): string {
  return `breachdesk-task-${taskId}`;
}

/** The create-issue body: project and issue type as the administrator mapped them, the description as ADF text. */
export function jiraIssueBody(config: Record<string, unknown>, ticket: { taskId: string; summary: string; description: string }): Record<string, unknown> {
  return {
    fields: {
      project: { key: String(config.projectKey ?? "") },
      issuetype: { name: String(config.issueType ?? "Task") },
      summary: ticket.summary,
      labels: ["breachdesk", taskLabel(ticket.taskId)],
      // Plain text nodes: whatever the task says is never markup.
      description: { type: "doc", version: 1, content: ticket.description.split("\n").map((line) => ({ type: "paragraph", content: line ? [{ type: "text", text: line }] : [] })) },
    },
  };
}

export const jiraConnector: TConnector = {
  messagesFor: () => [],
  testMessage: () => ({ operation: "jira.test", payload: {} }),
  async deliver(message, connection, secret, timeoutMs) {
    const base = baseUrlOf(connection);
    const headers = { authorization: jiraAuthHeader(connection, secret), accept: "application/json", "content-type": "application/json" };
    if (message.operation === "jira.test") {
      // Who the credentials are: proves the URL and the token without writing anything.
      const me = await callService(`${base}/rest/api/3/myself`, { method: "GET", headers }, timeoutMs);
      return me.error ? { ok: false, statusCode: me.status, error: me.error } : { ok: true, statusCode: me.status, result: { test: true } };
    }
    const payload = message.payload as { taskId: string; summary: string; description: string };
    const jql = `labels = "${taskLabel(payload.taskId)}"`;
    const found = await callService(`${base}/rest/api/3/search/jql?${new URLSearchParams({ jql, fields: "key", maxResults: "1" })}`, { method: "GET", headers }, timeoutMs);
    if (found.error) return { ok: false, statusCode: found.status, error: found.error };
    const existing = (found.json as { issues?: { key?: string }[] } | null)?.issues?.[0]?.key;
    if (existing) return { ok: true, statusCode: found.status, result: { key: existing, url: `${base}/browse/${existing}`, taskId: payload.taskId } };
    const created = await callService(`${base}/rest/api/3/issue`, { method: "POST", headers, body: JSON.stringify(jiraIssueBody(connection.config, payload)) }, timeoutMs);
    if (created.error) return { ok: false, statusCode: created.status, error: created.error };
    const key = (created.json as { key?: unknown } | null)?.key;
    if (typeof key !== "string") return { ok: false, statusCode: created.status, error: "Jira answered without an issue key" };
    return { ok: true, statusCode: created.status, result: { key, url: `${base}/browse/${key}`, taskId: payload.taskId } };
  },
};
