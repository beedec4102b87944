"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ConnectionSettingsFields, KINDS, settingsFrom } from "@/components/integrations/connection-settings-fields";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TConnectionKind } from "@/lib/integration-admin/schemas";

/**
 * "Edit" for one connection: its name and settings pre-filled, its secrets empty (write-only: leaving one empty keeps
 * it). Saved with the administration log; the next message uses the new values.
 */
export function EditConnectionForm({ id, kind, name, config }: { id: string; kind: TConnectionKind; name: string; config: Record<string, unknown> }) {
  const router = useRouter();
  const meta = KINDS.find((k) => k.kind === kind);
  const [perIncident, setPerIncident] = useState(config.channelPerIncident === true);
  const mutation = useApiMutation({
    mutationFn: (input: Record<string, unknown>) => apiFetch<{ connection: { changed: boolean } }>(routes.connection(id), { method: "PATCH", body: input }),
    onSuccess: () => router.refresh(),
  });
  const errors = mutation.fieldErrors;
  if (!meta) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const secret = String(form.get("secret") ?? "");
    const inbound = String(form.get("inboundSecret") ?? "");
    mutation.mutate({
      name: String(form.get("name") ?? "").trim(),
      config: settingsFrom(form, kind, perIncident),
      ...(secret ? { secret } : {}),
      ...(meta?.inbound && inbound ? { inboundSecret: inbound } : {}),
    });
  }

  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold underline">
        Edit<span className="sr-only"> {name}</span>
      </summary>
      <form onSubmit={onSubmit} noValidate aria-label={`Edit ${name}`} className="mt-3 flex min-w-64 flex-col gap-3">
        {mutation.error ? <Alert tone="error" title="Not saved">{mutation.error.message}</Alert> : null}
        <div aria-live="polite">
          {mutation.isSuccess ? <Alert tone="success" title={mutation.data.connection.changed ? "Saved" : "Nothing to change"}>{mutation.data.connection.changed ? "The next message uses these settings." : "These are already its settings."}</Alert> : null}
        </div>
        <Field label="Name" error={errors.name}>
          {(ids) => <TextInput ids={ids} name="name" defaultValue={name} autoComplete="off" required />}
        </Field>
        <ConnectionSettingsFields kind={kind} values={config} errors={errors} perIncident={perIncident} onPerIncidentChange={setPerIncident} idPrefix={`edit-${id}`} />
        <Field label={`New ${meta.secret.toLowerCase()} (optional)`} error={errors.secret} hint="Leave empty to keep the current one. Write-only: never shown.">
          {(ids) => <TextInput ids={ids} name="secret" type="password" autoComplete="off" />}
        </Field>
        {meta.inbound ? (
          <Field label={`New ${meta.inbound.charAt(0).toLowerCase()}${meta.inbound.slice(1)}`} error={errors.inboundSecret} hint="Leave empty to keep the current one. At least 16 characters.">
            {(ids) => <TextInput ids={ids} name="inboundSecret" type="password" autoComplete="off" />}
          </Field>
        ) : null}
        <div><Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Saving…" : "Save changes"}</Button></div>
      </form>
    </details>
  );
}
