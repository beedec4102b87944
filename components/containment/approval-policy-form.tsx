"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TClassPolicy = { approvals: number; commander: boolean; roles: string[] };
type TPolicy = Record<string, TClassPolicy>;

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="w-full text-sm font-medium text-red-800">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/**
 * The containment approval policy per action class: approvals, whether the incident's commander must be among them,
 * which roles may approve; a reason for the administration log. The floors are the server's to keep (a 400 names them).
 */
export function ContainmentApprovalPolicyForm({
  policy, classes, roles, floors,
}: { policy: TPolicy; classes: { id: string; label: string }[]; roles: { role: string; label: string }[]; floors: Record<string, string> }) {
  const [value, setValue] = useState(policy);
  const [reason, setReason] = useState("");
  const mutation = useApiMutation({ mutationFn: () => apiFetch(routes.containmentApprovalPolicy(), { method: "PUT", body: { policy: value, reason } }) });
  const errors = mutation.fieldErrors;
  const set = (id: string, change: Partial<TClassPolicy>) => setValue({ ...value, [id]: { ...value[id]!, ...change } });

  return (
    <form onSubmit={mutation.submit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      {classes.map(({ id, label }) => {
        const current = value[id]!;
        const err = (field: string) => errors[`policy.${id}.${field}`];
        return (
          <fieldset key={id} className="flex flex-col gap-2">
            <legend className="mb-1 font-semibold">{label}</legend>
            {floors[id] ? <p className="text-sm text-slate-700">Floor: {floors[id]}</p> : null}
            <label className="flex items-center gap-2 text-sm">
              Approvals from different people
              <select
                className="rounded border border-slate-400 px-2 py-1"
                value={current.approvals}
                aria-describedby={err("approvals") ? `${id}-approvals-error` : undefined}
                onChange={(e) => set(id, { approvals: Number(e.target.value) })}
              >
                {[1, 2, 3].map((n) => (
                  <option key={n} value={n}>{n}</option>
                ))}
              </select>
            </label>
            <FieldError id={`${id}-approvals-error`} message={err("approvals") ? `Approvals ${err("approvals")}` : undefined} />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" checked={current.commander} onChange={(e) => set(id, { commander: e.target.checked })} />
              The incident&apos;s commander must be among them
            </label>
            <FieldError id={`${id}-commander-error`} message={err("commander") ? `The commander ${err("commander")}` : undefined} />
            <div className="flex flex-wrap items-center gap-4 text-sm">
              <span>The others may be:</span>
              {roles.map(({ role, label: roleLabel }) => (
                <label key={role} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={current.roles.includes(role)}
                    onChange={(e) => set(id, { roles: e.target.checked ? [...current.roles, role] : current.roles.filter((r) => r !== role) })}
                  />
                  {roleLabel}
                </label>
              ))}
            </div>
            <FieldError id={`${id}-roles-error`} message={err("roles") ? `Roles ${err("roles")}` : undefined} />
          </fieldset>
        );
      })}
      <label className="flex flex-col gap-1 text-sm font-semibold">
        Reason (kept on the administration log)
        <textarea
          className="rounded border border-slate-400 p-2 font-normal"
          rows={2}
          value={reason}
          required
          aria-describedby={errors.reason ? "reason-error" : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <FieldError id="reason-error" message={errors.reason ? `The reason ${errors.reason}` : undefined} />
      <div>
        <Button type="submit" disabled={mutation.isPending}>Save containment approval policy</Button>
      </div>
      <div aria-live="polite">
        {mutation.isSuccess ? <Alert tone="success" title="Containment approval policy saved">Every request not yet started was decided again under it.</Alert> : null}
      </div>
      {mutation.error ? <Alert tone="error" title="Not saved">{mutation.error.message}</Alert> : null}
    </form>
  );
}
