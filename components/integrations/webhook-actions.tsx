"use client";

import { SecretShownOnce } from "@/components/integrations/create-webhook-form";
import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

/** Send test, rotate the secret (24 h grace), enable or disable: the row actions of the Integrations page. */
export function WebhookActions({ id, name, enabled }: { id: string; name: string; enabled: boolean }) {
  const test = useApiMutation({ mutationFn: () => apiFetch(routes.webhookTest(id), { method: "POST" }) });
  const rotate = useApiMutation({ mutationFn: () => apiFetch<{ secret: string }>(routes.webhookRotateSecret(id), { method: "POST", body: { graceHours: 24 } }) });
  const toggle = useApiMutation({ mutationFn: () => apiFetch(routes.webhook(id), { method: "PATCH", body: { enabled: !enabled } }) });
  const error = test.error ?? rotate.error ?? toggle.error;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={test.isPending || !enabled} onClick={() => test.mutate()}>
          Send test<span className="sr-only"> to {name}</span>
        </Button>
        <Button
          variant="secondary"
          disabled={rotate.isPending}
          onClick={() => {
            if (window.confirm(`Rotate the secret of “${name}”? The current one keeps signing beside the new one for 24 hours.`)) rotate.mutate();
          }}
        >
          Rotate secret<span className="sr-only"> of {name}</span>
        </Button>
        <Button variant={enabled ? "danger" : "secondary"} disabled={toggle.isPending} onClick={() => toggle.mutate()}>
          {enabled ? "Disable" : "Enable"}<span className="sr-only"> {name}</span>
        </Button>
      </div>
      {test.isSuccess ? <p role="status" className="text-sm">Test message queued; its attempt shows in the delivery log.</p> : null}
      {rotate.isSuccess ? <SecretShownOnce title="New secret" secret={rotate.data.secret} /> : null}
      {error ? <p role="alert" className="text-sm text-red-800">{error.message}</p> : null}
    </div>
  );
}

export function RedeliverButton({ id, deliveryId }: { id: string; deliveryId: string }) {
  const mutation = useApiMutation({ mutationFn: () => apiFetch(routes.webhookRedeliver(id, deliveryId), { method: "POST" }) });
  return (
    <div>
      <Button variant="secondary" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
        Redeliver<span className="sr-only"> {deliveryId}</span>
      </Button>
      {mutation.isSuccess ? <p role="status" className="mt-1 text-sm">Queued.</p> : null}
      {mutation.error ? <p role="alert" className="mt-1 text-sm text-red-800">{mutation.error.message}</p> : null}
    </div>
  );
}
