"use client";

import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { ConnectionSettingsFields, KINDS, settingsFrom } from "@/components/integrations/connection-settings-fields";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TConnectionKind } from "@/lib/integration-admin/schemas";

/**
 * "Add a connection": the kind's own settings and its secrets, which are write-only (sealed at rest, never shown
 * again). The new connection appears in the table above, where "Send test" checks it.
 */
export function AddConnectionForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<TConnectionKind>("slack");
  const [perIncident, setPerIncident] = useState(false);
  const meta = KINDS.find((k) => k.kind === kind)!;
  const mutation = useApiMutation({
    mutationFn: (input: Record<string, unknown>) => apiFetch<{ connection: { name: string } }>(routes.integrationConnections(), { method: "POST", body: input }),
    onSuccess: () => {
      formRef.current?.reset();
      setPerIncident(false);
    },
  });
  const errors = mutation.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const settings = settingsFrom(form, kind, perIncident);
    const inbound = String(form.get("inboundSecret") ?? "");
    mutation.mutate({ kind, name: text("name"), config: settings, secret: String(form.get("secret") ?? ""), ...(meta.inbound && inbound ? { inboundSecret: inbound } : {}) });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="mb-8 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6" noValidate aria-labelledby="add-connection">
      <h2 id="add-connection" className="text-lg font-bold">Add a connection</h2>
      {mutation.error ? <Alert tone="error" title="The connection was not added">{mutation.error.message}</Alert> : null}
      <div aria-live="polite">
        {mutation.isSuccess ? <Alert tone="success" title={`Connection “${mutation.data.connection.name}” added`}>Use Send test in the table above to check it.</Alert> : null}
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Service" error={errors.kind}>
          {(ids) => (
            <Select ids={ids} value={kind} onChange={(event) => setKind(event.target.value as TConnectionKind)}>
              {KINDS.map((k) => <option key={k.kind} value={k.kind}>{k.label}</option>)}
            </Select>
          )}
        </Field>
        <Field label="Name" error={errors.name} hint="How it is listed, for example: #incident-room.">
          {(ids) => <TextInput ids={ids} name="name" autoComplete="off" required />}
        </Field>
        <ConnectionSettingsFields kind={kind} errors={errors} perIncident={perIncident} onPerIncidentChange={setPerIncident} idPrefix="add" />
        <Field label={meta.secret} error={errors.secret} hint={`${meta.secretHint} Write-only: never shown again.`}>
          {(ids) => <TextInput ids={ids} name="secret" type="password" autoComplete="off" required />}
        </Field>
        {meta.inbound ? (
          <Field label={meta.inbound} error={errors.inboundSecret} hint="At least 16 characters. Write-only.">
            {(ids) => <TextInput ids={ids} name="inboundSecret" type="password" autoComplete="off" />}
          </Field>
        ) : null}
      </div>
      <div><Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Adding…" : "Add connection"}</Button></div>
    </form>
  );
}
