import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RedeliverButton } from "@/components/integrations/webhook-actions";
import { DataTable } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors/app-error";
import { ZWebhookParams } from "@/lib/webhooks/route-params";
import { getWebhookSubscription, listWebhookDeliveries } from "@/lib/webhooks/service";

export const metadata: Metadata = { title: "Webhook delivery log" };

export default async function WebhookDeliveriesPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const parsed = ZWebhookParams.safeParse(await params);
  if (!parsed.success) notFound();
  const id = parsed.data.id;
  const webhook = await getWebhookSubscription(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const deliveries = await listWebhookDeliveries(actor, id);
  return (
    <>
      <PageHeader title={`Delivery log: ${webhook.name}`} description="The latest 100 messages, each with every attempt (status code, latency, error). Redeliver sends the same webhook-id and body again." />
      {deliveries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">Nothing delivered yet.</p>
      ) : (
        <DataTable caption="Deliveries" columns={["Message", "Status", "Attempts", ""]} density="regular">
          {deliveries.map((delivery) => (
            <tr key={delivery.id} className="align-top">
              <td>
                <div className="font-semibold">{delivery.eventType}</div>
                <div className="font-mono text-xs break-all text-slate-700">{delivery.id}</div>
                <div className="text-sm">Queued <Instant value={delivery.createdAt} /></div>
              </td>
              <td className="text-sm">
                {delivery.status === "delivered" && delivery.deliveredAt ? <>Delivered <Instant value={delivery.deliveredAt} /></> : null}
                {delivery.status === "pending" ? <>Next attempt <Instant value={delivery.nextAttemptAt} /></> : null}
                {delivery.status === "failed" ? <span className="font-semibold text-red-800">Failed: retries ran out</span> : null}
              </td>
              <td className="text-sm">
                <ol className="list-decimal pl-5">
                  {delivery.attempts.map((attempt, index) => (
                    <li key={index}>
                      <Instant value={attempt.attemptedAt} />: {attempt.statusCode ?? "no answer"}, {attempt.latencyMs} ms{attempt.error ? ` — ${attempt.error}` : ""}
                    </li>
                  ))}
                </ol>
              </td>
              <td><RedeliverButton id={id} deliveryId={delivery.id} /></td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
