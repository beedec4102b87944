"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { ObligationRegister } from "@/components/clocks/obligation-register";
import { WhatIfAffected } from "@/components/clocks/what-if-affected";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { TEvaluation } from "@/lib/clocks/types";
import exampleA from "@/lib/clocks/fixtures/example-a-uk-gdpr.json";
import exampleB from "@/lib/clocks/fixtures/example-b-texas-washington.json";
import exampleC from "@/lib/clocks/fixtures/example-c-sec-california.json";
import euFintech from "@/lib/clocks/fixtures/eu-fintech-nis2-dora.json";
import usHealth from "@/lib/clocks/fixtures/us-multistate-hipaa.json";
import usNationwide from "@/lib/clocks/fixtures/us-nationwide-ecommerce.json";

const EXAMPLES = [
  { id: "uk", label: "UK GDPR, 72 hours across the clock change", facts: exampleA },
  { id: "tx-wa", label: "Texas and Washington residents", facts: exampleB },
  { id: "sec", label: "SEC registrant in California", facts: exampleC },
  { id: "health", label: "US health provider, six states", facts: usHealth },
  { id: "eu", label: "EU payment institution (GDPR, NIS2, DORA)", facts: euFintech },
  { id: "nationwide", label: "Nationwide e-commerce breach (every US state, DC and territory)", facts: usNationwide },
] as const;

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** The what-if form: contract v1 facts as JSON → the register, computed by POST /api/clocks/evaluate. */
export function WhatIfForm() {
  const id = useId();
  const [text, setText] = useState(pretty(EXAMPLES[0].facts));
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (facts: unknown) => apiFetch<TEvaluation>("/api/clocks/evaluate", { method: "POST", body: facts }),
  });
  const fieldErrors = mutation.error instanceof ApiError ? Object.entries(mutation.error.fieldErrors) : [];
  const invalid = Boolean(syntaxError) || fieldErrors.length > 0;
  const errorId = `${id}-errors`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let facts: unknown;
    try {
      facts = JSON.parse(text);
    } catch (error) {
      setSyntaxError(`The facts are not valid JSON: ${(error as Error).message}`);
      mutation.reset();
      return;
    }
    setSyntaxError(null);
    mutation.mutate(facts);
  }

  function loadExample(exampleId: string) {
    const example = EXAMPLES.find((item) => item.id === exampleId);
    if (!example) return;
    setText(pretty(example.facts));
    setSyntaxError(null);
    mutation.reset();
  }

  return (
    <div className="flex flex-col gap-6">
      <WhatIfAffected text={text} onText={setText} />
      <form onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6" noValidate>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-example`} className="text-sm font-semibold text-slate-800">Start from an example</label>
          <select
            id={`${id}-example`}
            className="w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
            defaultValue={EXAMPLES[0].id}
            onChange={(event) => loadExample(event.target.value)}
          >
            {EXAMPLES.map((example) => <option key={example.id} value={example.id}>{example.label}</option>)}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-facts`} className="text-sm font-semibold text-slate-800">Facts (JSON)</label>
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            The facts of a hypothetical incident in the clock-engine contract v1: <code>asOf</code> is the moment the statuses are
            computed for; instants need seconds and an offset, e.g. <code>2027-03-26T11:05:00+00:00</code>.
          </p>
          <textarea
            id={`${id}-facts`}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={18}
            spellCheck={false}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-hint ${errorId}` : `${id}-hint`}
            className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-[invalid=true]:border-red-700"
          />
          {syntaxError || fieldErrors.length > 0 ? (
            <div id={errorId} className="text-sm font-medium text-red-800">
              {syntaxError ? <p><span aria-hidden="true">⚠ </span>{syntaxError}</p> : null}
              {fieldErrors.length > 0 ? (
                <ul aria-label="Problems in the facts" className="list-disc pl-5">
                  {fieldErrors.map(([name, reason]) => (
                    <li key={name}><code>{name}</code> {reason}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </div>
        <div>
          <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Evaluating…" : "Evaluate"}</Button>
        </div>
      </form>

      {mutation.error && fieldErrors.length === 0 ? (
        <Alert tone="error" title="The facts were not evaluated">{mutation.error.message} Try again; if it keeps failing, tell an administrator.</Alert>
      ) : null}
      {fieldErrors.length > 0 ? (
        <Alert tone="error" title="The facts were not evaluated">Correct the fields listed under the facts; no deadline is guessed from invalid facts.</Alert>
      ) : null}
      {mutation.isPending ? <p role="status" className="text-sm text-slate-700">Computing the register…</p> : null}
      {mutation.data ? <ObligationRegister evaluation={mutation.data} /> : null}
      {!mutation.data && !mutation.isPending && !mutation.error ? (
        <p className="text-sm text-slate-700">Choose an example or edit the facts, then select <strong>Evaluate</strong> to see the register.</p>
      ) : null}
    </div>
  );
}
