"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { ApiError, apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { isReopen, nextStatuses, STATUS_LABELS } from "@/lib/incidents/lifecycle";
import type { TIncidentStatus } from "@/lib/incidents/schemas";

type TProps = {
  incidentId: string;
  status: TIncidentStatus;
  version: number;
  /** Null when the viewer may change the phase; otherwise the sentence saying who can. */
  disabledReason: string | null;
  isCommander: boolean;
};

/** Moves the incident to its next phase. A stale version comes back as 409 and the page reloads its data. */
export function StatusControl({ incidentId, status, version, disabledReason, isCommander }: TProps) {
  const options = nextStatuses(status);
  const [chosen, setTo] = useState<TIncidentStatus>(options[0] ?? status);
  // After a refresh to a new phase, a choice that is no longer offered falls back to the first one offered.
  const to = options.includes(chosen) ? chosen : (options[0] ?? status);
  const [reason, setReason] = useState("");
  const reopening = isReopen(status, to);
  const mutation = useApiMutation({
    mutationFn: () => apiFetch(routes.incident(incidentId).status(), { method: "POST", body: { to, expectedVersion: version, reason } }),
    onSuccess: () => setReason(""),
    // The loser of a concurrent change sees the winner's state at once.
    refreshOnConflict: true,
  });
  const fieldErrors = mutation.fieldErrors;
  const blockedReopen = reopening && !isCommander ? "Only this incident's commander can reopen it." : null;
  const why = disabledReason ?? blockedReopen;

  return (
    <form onSubmit={mutation.submit} aria-labelledby="phase-heading" className="flex flex-col gap-3" noValidate>
      <h3 id="phase-heading" className="text-sm font-semibold text-slate-700">Change phase</h3>
      <Field label="Move to" error={fieldErrors.to}>
        {(ids) => (
          <Select ids={ids} value={to} onChange={(e) => setTo(e.target.value as TIncidentStatus)} disabled={Boolean(disabledReason)}>
            {options.map((option) => (
              <option key={option} value={option}>
                {STATUS_LABELS[option]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label="Reason"
        hint={reopening ? "Required to reopen: say what changed." : "Optional: recorded on the timeline."}
        error={fieldErrors.reason}
      >
        {(ids) => (
          <TextArea ids={ids} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} disabled={Boolean(disabledReason)} />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={Boolean(why) || mutation.isPending} aria-describedby={why ? "phase-why" : undefined}>
          {mutation.isPending ? "Saving…" : reopening ? "Reopen incident" : `Move to ${STATUS_LABELS[to]}`}
        </Button>
        {why ? (
          <p id="phase-why" className="mt-1 text-sm text-slate-700">
            {why}
          </p>
        ) : null}
      </div>
      {mutation.error ? (
        <Alert tone="error" title={mutation.error instanceof ApiError && mutation.error.status === 409 ? "Not changed" : "Could not change the phase"}>
          {mutation.error.message}
        </Alert>
      ) : null}
    </form>
  );
}
