"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { APPROVER_ROLE_LABELS } from "@/lib/auth/roles";


/** Approve or reject the exact version shown (its SHA-256 travels with the decision), after confirming the password. */
export function DecisionPanel(props: { incidentId: string; noticeId: string; versionId: string; version: number; contentHash: string; roles: string[]; reauthFresh: boolean }) {
  const [role, setRole] = useState(props.roles[0] ?? "");
  const [password, setPassword] = useState("");
  const [comment, setComment] = useState("");
  const mutation = useApiMutation({
    mutationFn: (decision: "approve" | "reject") =>
      apiFetch(routes.incident(props.incidentId).notice(props.noticeId).decisions(), {
        method: "POST",
        body: { versionId: props.versionId, contentHash: props.contentHash, decision, comment, role, ...(password ? { password } : {}) },
      }),
    onSuccess: () => setPassword(""),
  });
  const errors = mutation.fieldErrors;

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate("approve");
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="decide" className="flex flex-col gap-3 rounded-lg border-2 border-blue-700 bg-white p-4">
      <h3 id="decide" className="text-lg font-semibold">Your decision on version {props.version}</h3>
      <p className="text-sm text-slate-700">
        You approve exactly this text and recipient list (SHA-256 <code className="break-all">{props.contentHash.slice(0, 16)}…</code>). Any later edit voids it.
      </p>
      {props.roles.length > 1 ? (
        <Field label="Approve as" error={errors.role}>
          {(ids) => (
            <Select ids={ids} value={role} onChange={(e) => setRole(e.target.value)}>
              {props.roles.map((r) => (
                <option key={r} value={r}>{APPROVER_ROLE_LABELS[r] ?? r}</option>
              ))}
            </Select>
          )}
        </Field>
      ) : (
        <p className="text-sm">Approving as <strong>{APPROVER_ROLE_LABELS[role] ?? role}</strong>.</p>
      )}
      <Field label="Comment" hint="Required to reject: say what must change." error={errors.comment}>
        {(ids) => <TextArea ids={ids} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      <Field label="Confirm your password" hint={props.reauthFresh ? "You signed in a moment ago; you may leave this empty." : "Approving needs your password again."} error={errors.password}>
        {(ids) => <TextInput ids={ids} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <div className="flex gap-3">
        <Button type="submit" disabled={mutation.isPending}>Approve version {props.version}</Button>
        <Button variant="danger" disabled={mutation.isPending} onClick={() => mutation.mutate("reject")}>Reject</Button>
      </div>
      <div aria-live="polite">{mutation.isSuccess ? <Alert tone="success" title="Decision recorded" /> : null}</div>
      {mutation.error ? <Alert tone="error" title="Decision not recorded">{mutation.error.message}</Alert> : null}
    </form>
  );
}
