"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { INCIDENT_ROLE_LABELS, INCIDENT_ROLES, type TIncidentRole } from "@/lib/incidents/schemas";

type TMember = { role: TIncidentRole; user: { id: string; name: string } };
type TCandidate = { id: string; name: string; email: string };

type TProps = {
  incidentId: string;
  commander: { id: string; name: string };
  members: TMember[];
  restricted: boolean;
  /** Null when the viewer may not manage members (then the panel only lists them). */
  candidates: TCandidate[] | null;
};

/** Who works on the incident and in which role; the commander or an administrator manages it. */
export function MembersPanel({ incidentId, commander, members, restricted, candidates }: TProps) {
  const [userId, setUserId] = useState(candidates?.[0]?.id ?? "");
  const [role, setRole] = useState<TIncidentRole>("participant");
  const [reason, setReason] = useState("");
  const incident = routes.incident(incidentId);
  const assign = useApiMutation({ mutationFn: () => apiFetch(incident.members(), { method: "PUT", body: { userId, role } }) });
  const restrict = useApiMutation({
    mutationFn: () => apiFetch(incident.restriction(), { method: "PUT", body: { restricted: !restricted, reason } }),
    onSuccess: () => setReason(""),
  });
  const errors = assign.fieldErrors;

  return (
    <section aria-labelledby="people" className="mb-8 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="people" className="text-lg font-bold">
        People {restricted ? <span className="ml-2 rounded border border-purple-700 bg-purple-50 px-2 py-0.5 text-xs font-semibold text-purple-900">Restricted: need-to-know</span> : null}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {restricted
          ? "Only the people listed here and administrators can see this incident."
          : "Everyone with a role in the console can see this incident."}
      </p>
      <ul className="mt-3 flex flex-col gap-1" aria-label="People on this incident">
        <li>
          <span className="font-semibold">{commander.name}</span> — Commander
        </li>
        {members.map((member) => (
          <li key={member.user.id}>
            <span className="font-semibold">{member.user.name}</span> — {INCIDENT_ROLE_LABELS[member.role]}
          </li>
        ))}
      </ul>
      {members.length === 0 ? <p className="mt-1 text-sm text-slate-700">No one else has a role yet.</p> : null}
      {candidates ? (
        <div className="mt-4 grid gap-6 border-t border-slate-200 pt-4 lg:grid-cols-2">
          <form onSubmit={assign.submit} noValidate aria-labelledby="assign-heading" className="flex flex-col gap-3">
            <h3 id="assign-heading" className="text-sm font-semibold text-slate-700">Give someone a role</h3>
            <Field label="Person" error={errors.userId}>
              {(ids) => (
                <Select ids={ids} value={userId} onChange={(e) => setUserId(e.target.value)}>
                  {candidates.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} ({c.email})
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Role on this incident" error={errors.role}>
              {(ids) => (
                <Select ids={ids} value={role} onChange={(e) => setRole(e.target.value as TIncidentRole)}>
                  {INCIDENT_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {INCIDENT_ROLE_LABELS[r]}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <div>
              <Button type="submit" disabled={assign.isPending || !userId}>
                {assign.isPending ? "Saving…" : "Assign role"}
              </Button>
            </div>
            {assign.error ? <Alert tone="error" title="Role not assigned">{assign.error.message}</Alert> : null}
          </form>
          <div className="flex flex-col gap-3">
            <h3 className="text-sm font-semibold text-slate-700">Need-to-know</h3>
            <Field label="Reason for the change" hint="Recorded on the timeline.">
              {(ids) => <TextInput ids={ids} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
            <div>
              <Button variant="secondary" onClick={() => restrict.mutate()} disabled={restrict.isPending}>
                {restricted ? "Open to everyone with a role" : "Restrict to people listed"}
              </Button>
            </div>
            {restrict.error ? <Alert tone="error" title="Not changed">{restrict.error.message}</Alert> : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
