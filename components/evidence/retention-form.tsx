"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TRetention = { mode: "GOVERNANCE" | "COMPLIANCE"; days: number } | null;

/** The organisation's S3 Object Lock retention for evidence objects (none by default), and whether it can apply. */
export function EvidenceRetentionForm({ retention, store, enforced }: { retention: TRetention; store: "local" | "s3"; enforced: boolean }) {
  const [mode, setMode] = useState<string>(retention?.mode ?? "none");
  const [days, setDays] = useState(retention ? String(retention.days) : "");
  const [reason, setReason] = useState("");
  const [saved, setSaved] = useState(false);
  const mutation = useApiMutation({
    mutationFn: () =>
      apiFetch(routes.evidenceRetention(), {
        method: "PUT",
        body: {
          mode: mode === "none" ? null : mode,
          // Text that is not a whole number goes as it is, so the server's 400 names the field and says why.
          days: mode === "none" ? null : /^\d+$/.test(days.trim()) ? Number(days.trim()) : days,
          reason,
        },
      }),
    onSuccess: () => {
      setReason("");
      setSaved(true);
    },
  });
  const errors = mutation.fieldErrors;
  const applies =
    store === "local"
      ? "Evidence is kept in the local directory: retention applies only to evidence in an S3 bucket with Object Lock."
      : enforced
        ? "Applies to evidence stored from now on (S3 Object Lock retention from the upload)."
        : "This bucket does not have S3 Object Lock: retention cannot be applied; holds are recorded in Breachdesk only.";

  function submit(event: FormEvent) {
    setSaved(false);
    mutation.submit(event);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="retention-heading" className="mb-8 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="retention-heading" className="text-xl font-bold">Evidence retention</h2>
      <p className="text-sm text-slate-700">{applies}</p>
      <Field label="Mode" hint="GOVERNANCE: users with a special permission can still shorten it. COMPLIANCE: no one can, not even the account's root user." error={errors.mode}>
        {(ids) => (
          <Select ids={ids} value={mode} onChange={(ev) => setMode(ev.target.value)}>
            <option value="none">No retention</option>
            <option value="GOVERNANCE">GOVERNANCE</option>
            <option value="COMPLIANCE">COMPLIANCE</option>
          </Select>
        )}
      </Field>
      {mode === "none" ? null : (
        <Field label="Days" hint="From each upload, 1 to 36500." error={errors.days}>
          {(ids) => <TextInput ids={ids} inputMode="numeric" value={days} onChange={(ev) => setDays(ev.target.value)} />}
        </Field>
      )}
      <Field label="Why this change" hint="Recorded in the administration log." error={errors.reason}>
        {(ids) => <TextInput ids={ids} value={reason} onChange={(ev) => setReason(ev.target.value)} required />}
      </Field>
      <div><Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Saving…" : "Save retention"}</Button></div>
      <div aria-live="polite">{saved ? <Alert tone="success" title="Saved." /> : null}</div>
      {mutation.error ? <Alert tone="error" title="Not saved">{mutation.error.message}</Alert> : null}
    </form>
  );
}
