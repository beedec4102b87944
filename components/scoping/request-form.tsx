"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { ApiError, apiFetch } from "@/lib/client/api";

export type TScopingPrefill = { accessKeyIds: string[]; principals: string[]; sourceIps: string[]; start: string; end: string; region: string; accountId: string; eventDataStore: string };

const lines = (text: string) => text.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);

/**
 * Requests a reconstruction: the suspects (pre-filled from the linked findings, editable), the window (UTC instants),
 * account and region, and the CloudTrail Lake event data store if the organisation has one. The worker runs it.
 */
export function ScopingRequestForm({ incidentId, prefill }: { incidentId: string; prefill: TScopingPrefill }) {
  const router = useRouter();
  const [values, setValues] = useState({
    accessKeyIds: prefill.accessKeyIds.join("\n"), principals: prefill.principals.join("\n"), sourceIps: prefill.sourceIps.join("\n"),
    start: prefill.start, end: prefill.end, region: prefill.region, accountId: prefill.accountId, eventDataStore: prefill.eventDataStore,
  });
  const mutation = useMutation({
    mutationFn: () =>
      apiFetch<{ run: { id: string } }>(`/api/incidents/${incidentId}/scoping`, {
        method: "POST",
        body: { ...values, accessKeyIds: lines(values.accessKeyIds), principals: lines(values.principals), sourceIps: lines(values.sourceIps) },
      }),
    onSuccess: () => router.refresh(),
  });
  const errors = mutation.error instanceof ApiError ? mutation.error.fieldErrors : {};
  const fieldError = (name: string) => errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}.`))?.[1];
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value });
  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate();
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="scoping-request-heading" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="scoping-request-heading" className="text-lg font-semibold">Reconstruct access from CloudTrail</h3>
      <div className="grid gap-3 md:grid-cols-3">
        <Field label="Access key ids" hint="One per line (AKIA… or ASIA…)" error={fieldError("accessKeyIds")}>
          {(ids) => <TextArea ids={ids} rows={3} value={values.accessKeyIds} onChange={set("accessKeyIds")} spellCheck={false} />}
        </Field>
        <Field label="IAM users or roles" hint="Names or ARNs, one per line" error={fieldError("principals")}>
          {(ids) => <TextArea ids={ids} rows={3} value={values.principals} onChange={set("principals")} spellCheck={false} />}
        </Field>
        <Field label="Source IP addresses" hint="One per line" error={fieldError("sourceIps")}>
          {(ids) => <TextArea ids={ids} rows={3} value={values.sourceIps} onChange={set("sourceIps")} spellCheck={false} />}
        </Field>
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <Field label="From" hint="An instant with its offset, e.g. 2026-11-20T02:00:00Z" error={fieldError("start")}>
          {(ids) => <TextInput ids={ids} value={values.start} onChange={set("start")} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field label="To" hint="At most 90 days after the start" error={fieldError("end")}>
          {(ids) => <TextInput ids={ids} value={values.end} onChange={set("end")} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field label="Region" error={fieldError("region")}>
          {(ids) => <TextInput ids={ids} value={values.region} onChange={set("region")} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field label="Account" hint="12 digits; its findings source role is used. Empty: the console's own credentials." error={fieldError("accountId")}>
          {(ids) => <TextInput ids={ids} value={values.accountId} onChange={set("accountId")} autoComplete="off" spellCheck={false} inputMode="numeric" />}
        </Field>
        <Field label="CloudTrail Lake event data store" hint="ARN or id, for S3 and DynamoDB data events. Empty: management events only." error={fieldError("eventDataStore")}>
          {(ids) => <TextInput ids={ids} value={values.eventDataStore} onChange={set("eventDataStore")} autoComplete="off" spellCheck={false} />}
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Requesting…" : "Reconstruct access"}</Button>
      </div>
      {mutation.error ? <Alert tone="error" title="Not requested">{mutation.error.message}</Alert> : null}
    </form>
  );
}
