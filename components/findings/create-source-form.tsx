"use client";

import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TCreateSourceInput } from "@/lib/findings/schemas";

export function CreateSourceForm() {
  const mutation = useApiMutation({ mutationFn: (input: TCreateSourceInput) => apiFetch(routes.sources(), { method: "POST", body: input }) });
  const errors = mutation.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    mutation.mutate({
      kind: String(form.get("kind")) as TCreateSourceInput["kind"],
      region: String(form.get("region") ?? ""),
      roleArn: String(form.get("roleArn") ?? ""),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <h2 className="text-lg font-semibold">Add a source</h2>
      {mutation.error ? <Alert tone="error" title="The source was not added">{mutation.error.message}</Alert> : null}
      <Field label="Service" error={errors.kind}>
        {(ids) => (
          <Select ids={ids} name="kind" defaultValue="securityhub">
            <option value="securityhub">Security Hub</option>
            <option value="guardduty">GuardDuty</option>
          </Select>
        )}
      </Field>
      <Field label="Region" error={errors.region} hint="For example us-east-1.">
        {(ids) => <TextInput ids={ids} name="region" required />}
      </Field>
      <Field label="Role ARN (optional)" error={errors.roleArn} hint="A role in another account to read findings from: the console assumes it through STS with its own AWS credentials.">
        {(ids) => <TextInput ids={ids} name="roleArn" />}
      </Field>
      <div><Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Adding…" : "Add source"}</Button></div>
    </form>
  );
}
