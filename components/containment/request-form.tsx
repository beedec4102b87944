"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ApiError, apiFetch } from "@/lib/client/api";

export type TParameterField = { name: string; label: string; rule: string; value: string };

/**
 * Requests one proposed action: its parameters filled from the finding, editable; the role is the account's and is
 * shown, not typed. Values are rendered as text (they may come from an attacker-written finding).
 */
export function ContainmentRequestForm(props: {
  incidentId: string;
  actionId: string;
  title: string;
  accountId: string;
  region: string;
  findingId: string;
  parameters: TParameterField[];
}) {
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string>>(Object.fromEntries(props.parameters.map((p) => [p.name, p.value])));
  const mutation = useMutation({
    mutationFn: () =>
      apiFetch<{ request: { id: string } }>(`/api/incidents/${props.incidentId}/containment`, {
        method: "POST",
        body: { actionId: props.actionId, accountId: props.accountId, region: props.region, findingId: props.findingId, parameters: values },
      }),
    onSuccess: () => router.refresh(),
  });
  const errors = mutation.error instanceof ApiError ? mutation.error.fieldErrors : {};
  const headingId = `request-${props.actionId}-${props.findingId}`;
  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate();
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} className="mt-3 flex flex-col gap-3">
      <h4 id={headingId} className="sr-only">Request {props.title}</h4>
      {props.parameters.map((parameter) => (
        <Field key={parameter.name} label={parameter.label} hint={`${parameter.name}: ${parameter.rule}`} error={errors[`parameters.${parameter.name}`]}>
          {(ids) => (
            <TextInput ids={ids} value={values[parameter.name] ?? ""} onChange={(e) => setValues({ ...values, [parameter.name]: e.target.value })} autoComplete="off" spellCheck={false} />
          )}
        </Field>
      ))}
      <div>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Requesting…" : "Request this action"}
        </Button>
      </div>
      {mutation.error ? (
        <Alert tone="error" title="Not requested">
          {mutation.error.message}
          {errors.accountId ? ` Account: ${errors.accountId}.` : ""}
          {errors.actionId ? ` Action: ${errors.actionId}.` : ""}
        </Alert>
      ) : null}
    </form>
  );
}
