"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { ApiError, apiFetch } from "@/lib/client/api";

/** Approves exactly the request shown (its hash), re-confirming the password. */
export function ContainmentApproveForm({ incidentId, requestId, requestHash, title }: { incidentId: string; requestId: string; requestHash: string; title: string }) {
  const router = useRouter();
  const [password, setPassword] = useState("");
  const mutation = useMutation({
    mutationFn: () => apiFetch(`/api/incidents/${incidentId}/containment/${requestId}/approvals`, { method: "POST", body: { requestHash, password } }),
    onSuccess: () => {
      setPassword("");
      router.refresh();
    },
  });
  const errors = mutation.error instanceof ApiError ? mutation.error.fieldErrors : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate();
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`Approve ${title}`} className="mt-3 flex flex-col gap-2">
      <Field label="Your password" hint="Approving runs this action in AWS as shown; confirm it is you." error={errors.password}>
        {(ids) => <TextInput ids={ids} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <div>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Approving…" : "Approve"}
        </Button>
      </div>
      {mutation.error && !errors.password ? (
        <Alert tone="error" title="Not approved">
          {mutation.error.message}
        </Alert>
      ) : null}
    </form>
  );
}
