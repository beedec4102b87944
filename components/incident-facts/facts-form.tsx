"use client";

import { useState, type FormEvent } from "react";
import { FactsFields } from "@/components/incident-facts/facts-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { ApiError, apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { affectedFromDraft, changedIncidentFields, draftFromFacts, errorsByRow } from "@/lib/incident-facts/draft";
import type { TStoredFacts } from "@/lib/incident-facts/schemas";

type TResult = { version: number; changes: unknown[]; register: { added: unknown[]; retired: unknown[]; retimed: unknown[] } | null };

/**
 * The incident's clock facts: personal data, categories, encryption, people affected per jurisdiction, the risk
 * assessment with its reasoning, and the other facts the rules read. Saving writes old → new on the timeline with
 * the reason, and re-evaluates the obligation register in the same transaction.
 */
export function FactsForm({ incidentId, facts, version, readOnlyReason }: { incidentId: string; facts: TStoredFacts; version: number; readOnlyReason: string | null }) {
  const [draft, setDraft] = useState(() => draftFromFacts(facts.incident, facts.affected));
  const [riskReasoning, setRiskReasoning] = useState(facts.riskReasoning ?? "");
  const [reason, setReason] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const { affected, problems, rowOf } = affectedFromDraft(draft);

  const mutation = useApiMutation({
    mutationFn: () =>
      apiFetch<TResult>(routes.incident(incidentId).facts(), {
        method: "PUT",
        body: {
          expectedVersion: version,
          reason,
          ...(riskReasoning !== (facts.riskReasoning ?? "") ? { riskReasoning } : {}),
          // Only what the user changed, so the timeline shows real changes, not defaults being filled in.
          incident: changedIncidentFields(draft, facts.incident),
          affected,
        },
      }),
    onSuccess: (result) => {
      setReason("");
      const r = result.register;
      setSaved(
        result.changes.length === 0
          ? "Nothing changed."
          : `Saved. Register: ${r?.added.length ?? 0} added, ${r?.retimed.length ?? 0} re-timed, ${r?.retired.length ?? 0} retired.`,
      );
    },
  });
  const errors = { ...errorsByRow(mutation.fieldErrors, rowOf), ...typed };
  const readOnly = readOnlyReason !== null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    // A jurisdiction that names no place is said at its field before anything is sent.
    setTyped(problems);
    if (Object.keys(problems).length > 0) {
      mutation.reset();
      return;
    }
    mutation.mutate();
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="facts-heading" className="mb-8 flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-6">
      <div>
        <h2 id="facts-heading" className="text-xl font-bold">Affected data and risk</h2>
        <p className="mt-1 text-sm text-slate-700">Version {version}. {readOnlyReason ?? "Every change is recorded on the timeline with its reason."}</p>
      </div>
      <fieldset disabled={readOnly} className="flex flex-col gap-5">
        <FactsFields
          value={draft}
          onChange={(next) => {
            setDraft(next);
            // A row's problem belongs to the text it was found in (and rows move when one is removed).
            setTyped({});
          }}
          errors={errors}
          riskExtra={
            <Field label="Risk reasoning" error={errors.riskReasoning}>
              {(ids) => <TextArea ids={ids} rows={2} value={riskReasoning} onChange={(e) => setRiskReasoning(e.target.value)} />}
            </Field>
          }
        />

        <Field label="Why this change" hint="Recorded on the timeline with the old and new values." error={errors.reason}>
          {(ids) => <TextInput ids={ids} value={reason} onChange={(e) => setReason(e.target.value)} required />}
        </Field>
        <div>
          <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Saving…" : "Save facts"}</Button>
        </div>
      </fieldset>
      <div aria-live="polite">{saved ? <Alert tone="success" title={saved} /> : null}</div>
      {mutation.error ? (
        <Alert tone="error" title="Not saved">
          {mutation.error.message}
          {mutation.error instanceof ApiError && mutation.error.status === 409 ? " Reload the page to see the current facts." : null}
        </Alert>
      ) : null}
    </form>
  );
}
