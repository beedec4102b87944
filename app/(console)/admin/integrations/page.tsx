import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { CreateWebhookForm } from "@/components/integrations/create-webhook-form";
import { WebhookActions } from "@/components/integrations/webhook-actions";
import { DataTable } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { WEBHOOK_EVENT_TYPES, isWebhookEventType } from "@/lib/integrations/event-types";
import { listWebhookSubscriptions } from "@/lib/webhooks/service";
import { listIntegrationConnections } from "@/lib/integration-admin/connections";
import { ConnectionActions } from "@/components/integrations/connection-actions";
import { AddConnectionForm } from "@/components/integrations/add-connection-form";
import { EditConnectionForm } from "@/components/integrations/edit-connection-form";
import { ZConnectionConfig, type TConnectionKind } from "@/lib/integration-admin/schemas";

const isConnectionKind = (kind: string): kind is TConnectionKind => Object.hasOwn(ZConnectionConfig, kind);

const KIND_LABELS: Record<string, string> = { pagerduty: "PagerDuty", jira: "Jira", servicenow: "ServiceNow", slack: "Slack", teams: "Microsoft Teams" };

export const metadata: Metadata = { title: "Integrations" };

/** Where a chat connection posts, in a word: its channel, or a channel per incident. */
function ConnectionSettingsSummary({ config }: { config: Record<string, unknown> }) {
  const fixed = typeof config.channel === "string" ? config.channel : null;
  if (config.channelPerIncident === true) {
    const prefix = typeof config.channelPrefix === "string" ? config.channelPrefix : "breach-";
    return <div className="text-slate-700">A channel per incident (#{prefix}inc-…){fixed ? <>, announced in <span className="font-mono">{fixed}</span></> : null}</div>;
  }
  return fixed ? <div className="text-slate-700">Channel <span className="font-mono">{fixed}</span></div> : null;
}

export default async function IntegrationsPage() {
  const actor = await requireActor();
  const [webhooks, connections] = await Promise.all([listWebhookSubscriptions(actor), listIntegrationConnections(actor)]);
  return (
    <>
      <PageHeader
        title="Integrations"
        description="Outbound webhooks, signed per the Standard Webhooks specification and retried for about a day. Secrets are shown once and never again. A need-to-know incident is told as ids and a link only."
      />
      {webhooks.length === 0 ? (
        <p className="mb-8 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">No webhooks yet.</p>
      ) : (
        <DataTable caption="Webhooks" columns={["Name", "Event types", "Health", "Queue", "Actions"]} density="roomy" className="mb-8">
          {webhooks.map((webhook) => (
            <tr key={webhook.id} className="align-top">
              <td className="break-words">
                <IntentLink className="font-semibold underline" href={`/admin/integrations/${webhook.id}`}>{webhook.name}</IntentLink>
                <div className="font-mono text-sm break-all text-slate-700">{webhook.url}</div>
                {webhook.enabled ? null : <div className="text-sm font-semibold text-red-800">Disabled</div>}
                {webhook.graceActive && webhook.previousSecretUntil ? (
                  <div className="text-sm text-slate-700">Previous secret signs until <Instant value={webhook.previousSecretUntil} /></div>
                ) : null}
              </td>
              <td className="text-sm">{webhook.eventTypes.map((t) => (isWebhookEventType(t) ? WEBHOOK_EVENT_TYPES[t] : t)).join(", ")}</td>
              <td className="text-sm">
                <div>Last success: {webhook.lastSuccessAt ? <Instant value={webhook.lastSuccessAt} /> : "never"}</div>
                <div>
                  Last error: {webhook.lastErrorAt ? <><Instant value={webhook.lastErrorAt} /> — {webhook.lastError}</> : "none"}
                </div>
              </td>
              <td className="text-sm">{webhook.pending} pending, {webhook.failed} failed</td>
              <td><WebhookActions id={webhook.id} name={webhook.name} enabled={webhook.enabled} /></td>
            </tr>
          ))}
        </DataTable>
      )}
      <CreateWebhookForm />
      <h2 className="mb-2 mt-10 text-xl font-bold">Connections</h2>
      <p className="mb-4 max-w-3xl text-slate-700">
        PagerDuty, Jira, ServiceNow, Slack and Microsoft Teams. Their secrets are write-only: set below (or with{" "}
        <code className="font-mono">npm run admin -- add-connection</code>), never shown again.
      </p>
      {connections.length === 0 ? (
        <p className="mb-8 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">No connections yet.</p>
      ) : (
        <DataTable caption="Connections" columns={["Name", "Kind", "Health", "Queue", "Actions"]} density="roomy" className="mb-8">
          {connections.map((connection) => (
            <tr key={connection.id} className="align-top">
              <td className="break-words">
                <span className="font-semibold">{connection.name}</span>
                {connection.enabled ? null : <div className="text-sm font-semibold text-red-800">Turned off: nothing is sent</div>}
              </td>
              <td className="text-sm">
                {KIND_LABELS[connection.kind] ?? connection.kind}
                <ConnectionSettingsSummary config={connection.config as Record<string, unknown>} />
              </td>
              <td className="text-sm">
                <div>Last success: {connection.lastSuccessAt ? <Instant value={connection.lastSuccessAt} /> : "never"}</div>
                <div>Last error: {connection.lastErrorAt ? <><Instant value={connection.lastErrorAt} /> — {connection.lastError}</> : "none"}</div>
              </td>
              <td className="text-sm">{connection.pending} pending, {connection.failed} failed</td>
              <td>
                <ConnectionActions id={connection.id} name={connection.name} enabled={connection.enabled} pending={connection.pending} />
                {isConnectionKind(connection.kind) ? <EditConnectionForm id={connection.id} kind={connection.kind} name={connection.name} config={connection.config as Record<string, unknown>} /> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <AddConnectionForm />
    </>
  );
}
