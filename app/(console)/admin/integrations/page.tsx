import type { Metadata } from "next";
import Link from "next/link";
import { CreateWebhookForm } from "@/components/integrations/create-webhook-form";
import { WebhookActions } from "@/components/integrations/webhook-actions";
import { DataTable } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { WEBHOOK_EVENT_TYPES, isWebhookEventType } from "@/lib/integrations/event-types";
import { listWebhookSubscriptions } from "@/lib/webhooks/service";

export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage() {
  const actor = await requireActor();
  const webhooks = await listWebhookSubscriptions(actor);
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
                <Link className="font-semibold underline" href={`/admin/integrations/${webhook.id}`}>{webhook.name}</Link>
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
    </>
  );
}
