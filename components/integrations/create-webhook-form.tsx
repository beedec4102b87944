"use client";

import { useRef, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { WEBHOOK_EVENT_TYPES } from "@/lib/integrations/event-types";
import type { TCreateWebhookInput } from "@/lib/webhooks/schemas";

export function CreateWebhookForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useApiMutation({
    mutationFn: (input: TCreateWebhookInput) => apiFetch<{ secret: string; subscription: { name: string } }>(routes.webhooks(), { method: "POST", body: input }),
    onSuccess: () => formRef.current?.reset(),
  });
  const errors = mutation.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    mutation.mutate({
      name: String(form.get("name") ?? ""),
      url: String(form.get("url") ?? ""),
      eventTypes: form.getAll("eventTypes").map(String) as TCreateWebhookInput["eventTypes"],
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6" noValidate aria-labelledby="create-webhook">
      <h2 id="create-webhook" className="text-lg font-bold">Add a webhook</h2>
      {mutation.error ? <Alert tone="error" title="The webhook was not added">{mutation.error.message}</Alert> : null}
      {mutation.isSuccess ? (
        <SecretShownOnce title={`Webhook “${mutation.data.subscription.name}” added`} secret={mutation.data.secret} />
      ) : null}
      <Field label="Name" error={errors.name} hint="Who receives it, for example: SIEM.">
        {(ids) => <TextInput ids={ids} name="name" autoComplete="off" required />}
      </Field>
      <Field label="URL" error={errors.url} hint="https:// only. Deliveries follow the Standard Webhooks specification.">
        {(ids) => <TextInput ids={ids} name="url" type="url" autoComplete="off" required />}
      </Field>
      <fieldset>
        <legend className="font-semibold">Event types</legend>
        {errors.eventTypes ? <p className="text-sm text-red-800">{errors.eventTypes}</p> : null}
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {Object.entries(WEBHOOK_EVENT_TYPES).map(([type, label]) => (
            <label key={type} className="flex min-w-0 flex-wrap items-center gap-x-2">
              <input type="checkbox" name="eventTypes" value={type} /> {label} <code className="break-all text-xs text-slate-600">{type}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <div><Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Adding…" : "Add webhook"}</Button></div>
    </form>
  );
}

/** A new signing secret: shown once, never again (the server keeps no way to read it back to anyone). */
export function SecretShownOnce({ title, secret }: { title: string; secret: string }) {
  return (
    <Alert tone="success" title={title}>
      <p>Copy the signing secret now: it is shown only once.</p>
      <p className="mt-2">
        <code data-testid="new-webhook-secret" className="block rounded bg-white px-2 py-1 font-mono text-sm break-all text-slate-900 select-all">{secret}</code>
      </p>
    </Alert>
  );
}
