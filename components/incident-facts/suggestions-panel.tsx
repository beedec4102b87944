"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { DATA_CATEGORY_LABELS } from "@/lib/incident-facts/schemas";
import type { TDataCategory } from "@/lib/clocks/types";

export type TSuggestion = {
  finding: { id: string; title: string };
  store: { id: string; name: string; arn: string; dataCategories: string[]; residency: { jurisdiction: string; count: number | null }[]; encrypted: boolean };
};

/** Findings on a listed data store suggest the affected data; the user accepts each one (finding text is shown as text). */
export function SuggestionsPanel({ incidentId, suggestions, version, canAccept }: { incidentId: string; suggestions: TSuggestion[]; version: number; canAccept: boolean }) {
  const mutation = useApiMutation({
    mutationFn: (s: TSuggestion) =>
      apiFetch(routes.incident(incidentId).factSuggestions(), { method: "POST", body: { findingId: s.finding.id, storeId: s.store.id, expectedVersion: version } }),
  });
  if (suggestions.length === 0) return null;
  return (
    <section aria-labelledby="suggestions-heading" className="mb-8 rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h2 id="suggestions-heading" className="text-xl font-bold">Suggested from the data inventory</h2>
      <p className="mt-1 text-sm text-slate-800">Findings of this incident are on data stores listed in the inventory. Accepting adds the store&apos;s data categories and residents to the facts, and sets the encryption fact: encrypted only when every store the findings touch is encrypted at rest.</p>
      <ul className="mt-3 flex flex-col gap-3">
        {suggestions.map((s) => (
          <li key={`${s.finding.id}-${s.store.id}`} className="rounded-md border border-amber-200 bg-white p-3 text-sm">
            <p>
              Finding <span className="font-semibold break-words">“{s.finding.title}”</span> is on <span className="font-semibold">{s.store.name}</span>{" "}
              <span className="break-all font-mono text-xs text-slate-600">{s.store.arn}</span>
            </p>
            <p className="text-slate-700">
              Holds: {s.store.dataCategories.map((c) => DATA_CATEGORY_LABELS[c as TDataCategory] ?? c).join(", ") || "no categories listed"}; people in{" "}
              {s.store.residency.map((r) => `${r.jurisdiction} (${r.count ?? "count unknown"})`).join(", ") || "no jurisdiction listed"};{" "}
              {s.store.encrypted ? "encrypted at rest" : "not encrypted at rest"}.
            </p>
            {canAccept ? (
              <Button variant="secondary" className="mt-2" disabled={mutation.isPending} onClick={() => mutation.mutate(s)}>
                Accept<span className="sr-only"> the suggestion from {s.store.name}</span>
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {mutation.error ? <div className="mt-3"><Alert tone="error" title="Not accepted">{mutation.error.message}</Alert></div> : null}
    </section>
  );
}
