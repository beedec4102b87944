"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { ApiError, apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { SEVERITIES, type TSeverity } from "@/lib/incidents/schemas";

/** Raises or lowers the severity, with a reason (it tells webhooks, chat and paging). A stale version reloads the page's data. */
export function SeverityControl({ incidentId, severity, version }: { incidentId: string; severity: TSeverity; version: number }) {
  const options = SEVERITIES.filter((s) => s !== severity);
  const [chosen, setChosen] = useState<TSeverity>(options[0]!);
  const to = options.includes(chosen) ? chosen : options[0]!;
  const [reason, setReason] = useState("");
  const mutation = useApiMutation({
    mutationFn: () => apiFetch(routes.incident(incidentId).severity(), { method: "POST", body: { to, expectedVersion: version, reason } }),
    onSuccess: () => setReason(""),
    refreshOnConflict: true,
  });
  const errors = mutation.fieldErrors;
  return (
    <form onSubmit={mutation.submit} aria-labelledby="severity-heading" className="flex flex-col gap-3" noValidate>
      <h3 id="severity-heading" className="text-sm font-semibold text-slate-700">Change severity (now {severity})</h3>
      <Field label="New severity" error={errors.to}>
        {(ids) => (
          <Select ids={ids} value={to} onChange={(e) => setChosen(e.target.value as TSeverity)}>
            {options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Why the severity changes" hint="Required: recorded on the timeline and sent with the update." error={errors.reason}>
        {(ids) => <TextArea ids={ids} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : `Set severity to ${to}`}
        </Button>
      </div>
      {mutation.error ? (
        <Alert tone="error" title={mutation.error instanceof ApiError && mutation.error.status === 409 ? "Not changed" : "Could not change the severity"}>
          {mutation.error.message}
        </Alert>
      ) : null}
    </form>
  );
}
