"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState, useSyncExternalStore } from "react";
import { FactsFields } from "@/components/incident-facts/facts-fields";
import { AdvancedJson } from "@/components/what-if/advanced-json";
import { CompareWithIncident } from "@/components/what-if/compare-with-incident";
import { MomentsFields } from "@/components/what-if/moments-fields";
import { OrganisationSummary } from "@/components/what-if/organisation-summary";
import { WhatIfResultsView } from "@/components/what-if/what-if-results";
import { Alert } from "@/components/ui/alert";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field, Select } from "@/components/ui/field";
import { ApiError, apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { fromDateTimeLocal, toDateTimeLocal } from "@/lib/client/datetime-local";
import exampleA from "@/lib/clocks/fixtures/example-a-uk-gdpr.json";
import exampleB from "@/lib/clocks/fixtures/example-b-texas-washington.json";
import exampleC from "@/lib/clocks/fixtures/example-c-sec-california.json";
import euFintech from "@/lib/clocks/fixtures/eu-fintech-nis2-dora.json";
import usHealth from "@/lib/clocks/fixtures/us-multistate-hipaa.json";
import usNationwide from "@/lib/clocks/fixtures/us-nationwide-ecommerce.json";
import type { TMoment } from "@/lib/clocks/types";
import { affectedFromDraft, draftFromFacts } from "@/lib/incident-facts/draft";
import { buildWhatIfFacts, contractInstantOf, formErrors, SHOWN_BY_A_FIELD, type TWhatIfFacts, type TWhatIfOrigin } from "@/lib/what-if/facts";
import { compareResults } from "@/lib/what-if/compare";
import type { TWhatIfResults } from "@/lib/what-if/results";

const EXAMPLES = [
  { id: "uk", label: "UK GDPR, 72 hours across the clock change", facts: exampleA },
  { id: "tx-wa", label: "Texas and Washington residents", facts: exampleB },
  { id: "sec", label: "SEC registrant in California", facts: exampleC },
  { id: "health", label: "US health provider, six states", facts: usHealth },
  { id: "eu", label: "EU payment institution (GDPR, NIS2, DORA)", facts: euFintech },
  { id: "nationwide", label: "Nationwide e-commerce breach (every US state, DC and territory)", facts: usNationwide },
] as const;

const subscribe = () => () => {};
const DEBOUNCE_MS = 300;
const PROBLEM_DELAY_MS = 700;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function normalise(raw: Partial<TWhatIfFacts>): TWhatIfFacts {
  return {
    ...raw,
    asOf: raw.asOf ?? contractInstantOf(new Date()),
    organisation: raw.organisation ?? {},
    incident: raw.incident ?? {},
    affected: raw.affected ?? [],
    moments: raw.moments ?? {},
  } as TWhatIfFacts;
}

/**
 * The What-if page's working area: where the facts come from, the Facts form a lawyer knows, the moments, and the
 * answer in words, which follows every change. Nothing here writes anything: the incident it may have started from
 * is only read.
 */
export function WhatIfWorkbench({ start, origin: initialOrigin }: { start: TWhatIfFacts; origin: TWhatIfOrigin }) {
  const id = useId();
  const [origin, setOrigin] = useState(initialOrigin);
  const [base, setBase] = useState(() => normalise(start));
  const [draft, setDraft] = useState(() => draftFromFacts(base.incident, base.affected as never));
  const [moments, setMoments] = useState<Partial<Record<TMoment, string>>>(base.moments);
  const [asOf, setAsOf] = useState(base.asOf);
  // The viewer's zone and local times exist in the browser only.
  const viewerZone = useSyncExternalStore(subscribe, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => null);

  const { facts, problems, rowOf } = buildWhatIfFacts(base, draft, moments, asOf);
  const request = useDebounced(JSON.stringify({ facts, timeZone: viewerZone }), DEBOUNCE_MS);
  const blocked = Object.keys(problems).length > 0;
  // A place is said to name nothing once typing has paused, not at every letter of "Germany".
  const settledProblems = affectedFromDraft(useDebounced(draft, PROBLEM_DELAY_MS)).problems;
  const shownProblems = Object.fromEntries(Object.entries(problems).filter(([name, reason]) => settledProblems[name] === reason));
  const showingProblems = Object.keys(shownProblems).length > 0;
  const query = useQuery({
    queryKey: ["what-if", request],
    queryFn: () => apiFetch<TWhatIfResults>(routes.whatIf(), { method: "POST", body: JSON.parse(request) as unknown }),
    enabled: viewerZone !== null && !blocked,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: Infinity,
  });
  // Started from an incident: its own facts, evaluated once, to say what the form's changes change.
  const incidentRequest = origin.kind === "incident" ? JSON.stringify({ facts: normalise(start), timeZone: viewerZone }) : null;
  const incidentQuery = useQuery({
    queryKey: ["what-if", "incident", incidentRequest],
    queryFn: () => apiFetch<TWhatIfResults>(routes.whatIf(), { method: "POST", body: JSON.parse(incidentRequest!) as unknown }),
    enabled: viewerZone !== null && incidentRequest !== null,
    retry: false,
    staleTime: Infinity,
  });
  const apiErrors = query.error instanceof ApiError ? formErrors(query.error.fieldErrors, rowOf) : {};
  const errors = { ...apiErrors, ...shownProblems };
  const otherErrors = Object.entries(apiErrors).filter(([name]) => !SHOWN_BY_A_FIELD.test(name));

  function load(next: Partial<TWhatIfFacts>, nextOrigin: TWhatIfOrigin) {
    const facts = normalise(next);
    setBase(facts);
    setDraft(draftFromFacts(facts.incident, facts.affected as never));
    setMoments(facts.moments);
    setAsOf(facts.asOf);
    setOrigin(nextOrigin);
  }

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby={`${id}-facts`} className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 id={`${id}-facts`} className="text-xl font-bold">Facts</h2>
            <p className="mt-1 text-sm text-slate-700" data-testid="what-if-origin">
              {origin.kind === "incident"
                ? `Started from ${origin.label}. Changes here stay on this page: the incident is not changed.`
                : origin.kind === "example"
                  ? `Started from the example “${origin.label}”.`
                  : "Started from the organisation profile, with no facts yet."}
            </p>
            <p className="mt-1 text-sm"><a className="font-semibold text-blue-800 underline" href="#what-if-results-heading">See what these facts mean</a> (below the form, updated as you change it)</p>
          </div>
          <Field label="Start from an example">
            {(ids) => (
              <Select
                ids={ids}
                value=""
                onChange={(e) => {
                  const example = EXAMPLES.find((item) => item.id === e.target.value);
                  if (example) load(example.facts as Partial<TWhatIfFacts>, { kind: "example", label: example.label });
                }}
              >
                <option value="">Choose an example…</option>
                {EXAMPLES.map((example) => <option key={example.id} value={example.id}>{example.label}</option>)}
              </Select>
            )}
          </Field>
        </div>
        <OrganisationSummary organisation={base.organisation} origin={origin} />
        <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby={`${id}-facts`} className="flex flex-col gap-5">
          <FactsFields value={draft} onChange={setDraft} errors={errors} />
          {viewerZone ? (
            <>
              <MomentsFields value={moments} onChange={setMoments} errors={errors} />
              <div className="max-w-sm [&_input]:min-w-0">
                <Field label="Statuses as of" hint="Your local time. Due dates do not depend on it; on track, due soon and overdue do." error={errors.asOf}>
                  {(ids) => (
                    <DateTimeInput ids={ids} label="Statuses as of" type="datetime-local" step={1} value={toDateTimeLocal(asOf, { seconds: true })} onValue={(local) => {
                      const iso = fromDateTimeLocal(local);
                      if (iso) setAsOf(contractInstantOf(new Date(iso)));
                    }} />
                  )}
                </Field>
              </div>
            </>
          ) : (
            <p className="text-sm text-slate-700">Loading the moments in your time zone…</p>
          )}
        </form>
        <AdvancedJson facts={facts} onUse={(parsed) => load(parsed, { kind: "example", label: "your JSON" })} />
      </section>

      <div aria-live="polite" className="sr-only">
        {query.isFetching ? "Updating the results…" : query.isSuccess && !blocked ? "Results updated." : ""}
      </div>
      {showingProblems ? (
        <Alert tone="error" title="The results are not updated">Correct the fields marked above; no deadline is guessed from facts that name no place.</Alert>
      ) : query.error ? (
        <Alert tone="error" title="The results are not updated">
          {query.error instanceof ApiError && query.error.status === 400 ? "Correct the fields marked above; no deadline is guessed from invalid facts." : `${query.error.message} Try again; if it keeps failing, tell an administrator.`}
          {otherErrors.length > 0 ? (
            <ul aria-label="Problems in the facts" className="mt-1 list-disc pl-5">
              {otherErrors.map(([name, reason]) => <li key={name}>{name}: {reason}</li>)}
            </ul>
          ) : null}
        </Alert>
      ) : query.data ? (
        // While the facts are being typed the last results stay, dimmed, until the new ones arrive.
        <div aria-busy={query.isFetching || blocked} className={query.isPlaceholderData || blocked ? "opacity-70" : undefined}>
          {origin.kind === "incident" && incidentQuery.data ? (
            <div className="mb-5"><CompareWithIncident lines={compareResults(incidentQuery.data, query.data)} /></div>
          ) : null}
          <WhatIfResultsView results={query.data} />
        </div>
      ) : (
        <p role="status" className="text-sm text-slate-700">Working out the obligations…</p>
      )}
    </div>
  );
}
