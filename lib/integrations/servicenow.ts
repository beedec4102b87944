import { SERVICENOW_TABLES } from "@/lib/integrations/servicenow-tables";
import { baseUrlOf, callService, type TConnection, type TConnector } from "@/lib/integrations/connector-types";

/**
 * ServiceNow Table API (POST /api/now/table/{table}), basic auth with config.username and the secret password.
 * The table is the administrator's choice: sn_si_incident (Security Incident Response) or incident. Never twice:
 * the record's correlation_id is the task id, and a creation first looks for it (a killed worker's record is found).
 */

export function serviceNowTable(config: Record<string, unknown>): string {
  return (SERVICENOW_TABLES as readonly unknown[]).includes(config.table) ? String(config.table) : "incident";
}

export function serviceNowAuthHeader(connection: TConnection, secret: string): string {
  return `Basic ${Buffer.from(`${String(connection.config.username ?? "")}:${secret}`).toString("base64")}`;
}

export function serviceNowRecordBody(ticket: { taskId: string; summary: string; description: string }): Record<string, unknown> {
  return { short_description: ticket.summary, description: ticket.description, correlation_id: ticket.taskId, correlation_display: "Breachdesk" };
}

export const serviceNowConnector: TConnector = {
  messagesFor: () => [],
  testMessage: () => ({ operation: "servicenow.test", payload: {} }),
  async deliver(message, connection, secret, timeoutMs) {
    const base = baseUrlOf(connection);
    const table = serviceNowTable(connection.config);
    const headers = { authorization: serviceNowAuthHeader(connection, secret), accept: "application/json", "content-type": "application/json" };
    if (message.operation === "servicenow.test") {
      // One record of the mapped table: proves the URL, the user and its read access to that table.
      const read = await callService(`${base}/api/now/table/${table}?sysparm_limit=1&sysparm_fields=sys_id`, { method: "GET", headers }, timeoutMs);
      return read.error ? { ok: false, statusCode: read.status, error: read.error } : { ok: true, statusCode: read.status, result: { test: true } };
    }
    const payload = message.payload as { taskId: string; summary: string; description: string };
    const link = (sysId: string) => `${base}/nav_to.do?uri=${encodeURIComponent(`${table}.do?sys_id=${sysId}`)}`;
    const query = new URLSearchParams({ sysparm_query: `correlation_id=${payload.taskId}`, sysparm_fields: "sys_id,number", sysparm_limit: "1" });
    const found = await callService(`${base}/api/now/table/${table}?${query}`, { method: "GET", headers }, timeoutMs);
    if (found.error) return { ok: false, statusCode: found.status, error: found.error };
    const existing = (found.json as { result?: { sys_id?: string; number?: string }[] } | null)?.result?.[0];
    if (existing?.number && existing.sys_id) return { ok: true, statusCode: found.status, result: { key: existing.number, url: link(existing.sys_id), taskId: payload.taskId } };
    const created = await callService(`${base}/api/now/table/${table}`, { method: "POST", headers, body: JSON.stringify(serviceNowRecordBody(payload)) }, timeoutMs);
    if (created.error) return { ok: false, statusCode: created.status, error: created.error };
    const record = (created.json as { result?: { sys_id?: unknown; number?: unknown } } | null)?.result;
    if (typeof record?.number !== "string" || typeof record.sys_id !== "string") return { ok: false, statusCode: created.status, error: "ServiceNow answered without a record number" };
    return { ok: true, statusCode: created.status, result: { key: record.number, url: link(record.sys_id), taskId: payload.taskId } };
  },
};
