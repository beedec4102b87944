"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field, Select, TextArea } from "@/components/ui/field";
import { Instant } from "@/components/ui/instant";
import { SameMomentOffer } from "@/components/incident-facts/same-moment-offer";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { MOMENTS, type TMoment } from "@/lib/clocks/types";
import { MOMENT_LABELS } from "@/lib/incident-facts/schemas";

export type TDeclarationView = {
  id: string;
  moment: string;
  at: string;
  reason: string;
  declaredByLabel: string;
  recordedAt: string;
  supersedesId: string | null;
  current: boolean;
};

const label = (moment: string) => MOMENT_LABELS[moment as TMoment] ?? moment;

/**
 * Declared moments: the current one per moment, the superseded ones kept below it, and a form to declare a moment
 * or correct the current one (a new declaration that supersedes it — never an edit).
 */
export function DeclarationsPanel({
  incidentId,
  declarations,
  canDeclare,
  disabledReason,
  initialMoment = "aware",
}: {
  incidentId: string;
  declarations: TDeclarationView[];
  canDeclare: boolean;
  disabledReason: string;
  /** The moment the form starts on (a link that says "declare Discovered" opens it there). */
  initialMoment?: TMoment;
}) {
  const current = declarations.filter((d) => d.current);
  const [moment, setMoment] = useState<TMoment>(initialMoment);
  const [local, setLocal] = useState("");
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const existing = current.find((d) => d.moment === moment);
  const aware = current.find((d) => d.moment === "aware");

  const mutation = useApiMutation({
    mutationFn: () =>
      apiFetch<{ declaration: { id: string } }>(routes.incident(incidentId).declarations(), {
        method: "POST",
        body: {
          moment,
          // datetime-local is in the viewer's zone; the API takes an instant.
          at: local ? new Date(local).toISOString() : "",
          reason,
          ...(existing ? { supersedesId: existing.id } : {}),
        },
      }),
    onSuccess: () => {
      setDone(`${label(moment)} ${existing ? "corrected" : "declared"}.`);
      setLocal("");
      setReason("");
    },
  });
  const errors = mutation.fieldErrors;

  function submit(event: FormEvent) {
    setDone(null);
    mutation.submit(event);
  }

  return (
    <section aria-labelledby="moments-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="moments-heading" className="text-xl font-bold">Declared moments</h2>
      <p className="mt-1 text-sm text-slate-700">
        The instants the legal clocks start from. A declaration is never edited: a correction is a new declaration that
        supersedes it, and both stay on record.
      </p>
      {current.length === 0 ? (
        <p className="mt-4 rounded-md border border-dashed border-slate-300 p-4 text-slate-700">
          No moment declared yet. Declare when the organisation became aware (or discovered the breach) to start the
          clocks that run from it.
        </p>
      ) : (
        <DataTable caption="Current declared moments" columns={["Moment", "Instant", "Declared by, and why"]} framed={false} className="mt-4">
          {current.map((d) => (
            <tr key={d.id} className="align-top" data-moment={d.moment}>
              <th scope="row" className="font-semibold">{label(d.moment)}</th>
              <td><Instant value={d.at} /></td>
              <td>
                <span className="block">{d.declaredByLabel}, recorded <Instant value={d.recordedAt} /></span>
                <span className="block whitespace-pre-wrap break-words text-slate-700">{d.reason}</span>
                <History all={declarations} latest={d} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {canDeclare ? (
        <form onSubmit={submit} noValidate aria-labelledby="declare-heading" className="mt-6 grid grid-cols-1 gap-3 border-t border-slate-200 pt-4 sm:grid-cols-3">
          <h3 id="declare-heading" className="font-semibold sm:col-span-3">Declare or correct a moment</h3>
          <Field label="Moment" error={errors.moment} hint={existing ? "Already declared: this corrects it." : undefined}>
            {(ids) => (
              <Select ids={ids} value={moment} onChange={(e) => setMoment(e.target.value as TMoment)}>
                {MOMENTS.map((m) => (
                  <option key={m} value={m}>{label(m)}</option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="When" hint="Your local time." error={errors.at}>
            {(ids) => <DateTimeInput ids={ids} label="When" type="datetime-local" step={1} value={local} onValue={setLocal} required />}
          </Field>
          <Field label="Why" hint="What makes this the moment." error={errors.reason}>
            {(ids) => <TextArea ids={ids} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required />}
          </Field>
          <div className="sm:col-span-3">
            <Button type="submit" disabled={mutation.isPending}>
              {mutation.isPending ? "Saving…" : existing ? "Correct this moment" : "Declare moment"}
            </Button>
          </div>
          <div className="sm:col-span-3" aria-live="polite">
            {done ? <Alert tone="success" title={done}>The obligation register was re-evaluated.</Alert> : null}
          </div>
          {mutation.error ? (
            <div className="sm:col-span-3">
              <Alert tone="error" title="Not saved">{mutation.error.message}</Alert>
            </div>
          ) : null}
        </form>
      ) : null}
      {canDeclare && aware ? (
        <div className="mt-4 rounded-md border border-blue-200 bg-blue-50 p-4 empty:hidden">
          <SameMomentOffer incidentId={incidentId} moment="discovered" sameAs="aware" sameAsAt={aware.at} declared={current.some((d) => d.moment === "discovered")} />
        </div>
      ) : null}
      {!canDeclare ? <p className="mt-4 text-sm text-slate-700">{disabledReason}</p> : null}
    </section>
  );
}

/** The declarations a current one superseded, newest first. */
function History({ all, latest }: { all: TDeclarationView[]; latest: TDeclarationView }) {
  const chain: TDeclarationView[] = [];
  let cursor = latest.supersedesId;
  while (cursor) {
    const previous = all.find((d) => d.id === cursor);
    if (!previous) break;
    chain.push(previous);
    cursor = previous.supersedesId;
  }
  if (chain.length === 0) return null;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-slate-700">Corrects {chain.length} earlier declaration{chain.length === 1 ? "" : "s"}</summary>
      <ul className="mt-1 list-disc pl-5 text-slate-700">
        {chain.map((d) => (
          <li key={d.id}>
            <Instant value={d.at} /> by {d.declaredByLabel}: <span className="whitespace-pre-wrap break-words">{d.reason}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
