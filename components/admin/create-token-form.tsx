"use client";

import { useRef, type FormEvent } from "react";
import { RoleCheckboxes } from "@/components/admin/role-checkboxes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TCreateTokenInput } from "@/lib/tokens/schemas";

export function CreateTokenForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useApiMutation({
    mutationFn: (input: TCreateTokenInput) =>
      apiFetch<{ secret: string; token: { name: string } }>(routes.tokens(), { method: "POST", body: input }),
    onSuccess: () => formRef.current?.reset(),
  });
  const errors = mutation.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    mutation.mutate({
      name: String(form.get("name") ?? ""),
      roles: form.getAll("roles").map(String) as TCreateTokenInput["roles"],
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6" noValidate aria-labelledby="create-token">
      <h2 id="create-token" className="text-lg font-bold">Create an API token</h2>
      {mutation.error ? <Alert tone="error" title="The token was not created">{mutation.error.message}</Alert> : null}
      {mutation.isSuccess ? (
        <Alert tone="success" title={`Token “${mutation.data.token.name}” created`}>
          <p>Copy it now: it is shown only once and cannot be recovered.</p>
          <p className="mt-2">
            <code data-testid="new-token" className="block rounded bg-white px-2 py-1 font-mono text-sm break-all text-slate-900 select-all">{mutation.data.secret}</code>
          </p>
          <p className="mt-2">Send it as <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>.</p>
        </Alert>
      ) : null}
      <Field label="Name" error={errors.name} hint="What uses it, for example: SOAR playbook.">
        {(ids) => <TextInput ids={ids} name="name" autoComplete="off" required />}
      </Field>
      <RoleCheckboxes legend="Role of the token" name="roles" error={errors.roles} />
      <div><Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Creating…" : "Create token"}</Button></div>
    </form>
  );
}
