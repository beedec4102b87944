"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TPolicy = Record<string, string[]>;

/** Which roles must approve each kind of notice; every kind keeps at least one. */
export function ApprovalPolicyForm({ policy, kinds, roles }: { policy: TPolicy; kinds: { kind: string; label: string }[]; roles: { role: string; label: string }[] }) {
  const [value, setValue] = useState(policy);
  const mutation = useApiMutation({ mutationFn: () => apiFetch(routes.approvalPolicy(), { method: "PUT", body: value }) });
  const errors = mutation.fieldErrors;

  function toggle(kind: string, role: string, on: boolean) {
    const current = value[kind] ?? [];
    setValue({ ...value, [kind]: on ? [...current, role] : current.filter((r) => r !== role) });
  }

  return (
    <form onSubmit={mutation.submit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      {kinds.map(({ kind, label }) => (
        <fieldset key={kind} aria-describedby={errors[kind] ? `${kind}-error` : undefined} className="flex flex-wrap items-center gap-4">
          <legend className="mb-1 font-semibold">{label}</legend>
          {roles.map(({ role, label: roleLabel }) => (
            <label key={role} className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" checked={(value[kind] ?? []).includes(role)} onChange={(e) => toggle(kind, role, e.target.checked)} />
              {roleLabel}
            </label>
          ))}
          {errors[kind] ? (
            <p id={`${kind}-error`} className="w-full text-sm font-medium text-red-800">
              <span aria-hidden="true">⚠ </span>
              {label} {errors[kind]}
            </p>
          ) : null}
        </fieldset>
      ))}
      <div>
        <Button type="submit" disabled={mutation.isPending}>Save approval policy</Button>
      </div>
      <div aria-live="polite">{mutation.isSuccess ? <Alert tone="success" title="Approval policy saved">It applies to every notice not yet sent.</Alert> : null}</div>
      {mutation.error ? <Alert tone="error" title="Not saved">{mutation.error.message}</Alert> : null}
    </form>
  );
}
