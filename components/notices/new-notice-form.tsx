"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TOption = { id: string; label: string };
type TLedgerChoice = { jurisdiction: string; people: number; templateLabel: string };

/**
 * Starts a notice from a template, optionally for one of the incident's obligations; `initialObligationId` (a next
 * step's "Draft it") opens the form on that obligation with its template.
 */
export function NewNoticeForm({
  incidentId,
  templates,
  obligations,
  initialObligationId,
  ledger = [],
}: {
  incidentId: string;
  templates: TOption[];
  /** Jurisdictions of the affected-people ledger a notice to individuals can be drafted for (counts only). */
  ledger?: TLedgerChoice[];
  obligations: (TOption & { templateId: string })[];
  initialObligationId?: string;
}) {
  const router = useRouter();
  const initial = obligations.find((o) => o.id === initialObligationId);
  const [obligationId, setObligationId] = useState(initial?.id ?? "");
  const [templateId, setTemplateId] = useState(initial?.templateId ?? templates[0]?.id ?? "");
  // "" : recipients entered or uploaded on the notice; a jurisdiction: the ledger's people there, with its template.
  const [fromLedger, setFromLedger] = useState("");
  const mutation = useApiMutation({
    mutationFn: () =>
      fromLedger
        ? apiFetch<{ notice: { id: string } }>(routes.incident(incidentId).noticesFromLedger(), {
            method: "POST",
            body: { jurisdiction: fromLedger, obligationId: obligationId || null },
          })
        : apiFetch<{ notice: { id: string } }>(routes.incident(incidentId).notices(), {
            method: "POST",
            body: { templateId, obligationId: obligationId || null },
          }),
    onSuccess: ({ notice }) => router.push(`/incidents/${incidentId}/notices/${notice.id}`),
    refresh: false,
  });
  const errors = mutation.fieldErrors;

  function chooseObligation(id: string) {
    setObligationId(id);
    const suggested = obligations.find((o) => o.id === id)?.templateId;
    if (suggested) setTemplateId(suggested);
  }

  return (
    <form onSubmit={mutation.submit} noValidate aria-labelledby="new-notice" className="mb-6 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <h2 id="new-notice" className="font-semibold sm:col-span-3">Draft a notice</h2>
      <Field label="For obligation" hint={obligations.length ? undefined : "No open obligation on this incident yet."} error={errors.obligationId}>
        {(ids) => (
          <Select ids={ids} value={obligationId} onChange={(e) => chooseObligation(e.target.value)}>
            <option value="">None (stand-alone notice)</option>
            {obligations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {ledger.length ? (
        <Field label="Recipients" hint="From the affected-people ledger: a notice to individuals with the jurisdiction's template; addresses stay encrypted until delivery." error={errors.jurisdiction}>
          {(ids) => (
            <Select ids={ids} value={fromLedger} onChange={(e) => setFromLedger(e.target.value)}>
              <option value="">Entered or uploaded on the notice</option>
              {ledger.map((choice) => (
                <option key={choice.jurisdiction} value={choice.jurisdiction}>
                  {`From the affected-people ledger: ${choice.jurisdiction} (${choice.people} ${choice.people === 1 ? "person" : "people"}, ${choice.templateLabel})`}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      {fromLedger ? null : (
        <Field label="Template" error={errors.templateId}>
          {(ids) => (
            <Select ids={ids} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Drafting…" : "Draft notice"}
      </Button>
      {mutation.error ? (
        <div className="sm:col-span-3">
          <Alert tone="error" title="The notice was not drafted">
            {mutation.error.message}
          </Alert>
        </div>
      ) : null}
    </form>
  );
}
