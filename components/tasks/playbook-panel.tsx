"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

export type TPlaybookOffer = {
  id: string;
  title: string;
  description: string;
  version: number;
  items: string[];
  matchedFindings: number;
  appliedItems: number;
};

function Offer({ incidentId, offer, canApply }: { incidentId: string; offer: TPlaybookOffer; canApply: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useApiMutation({
    mutationFn: () =>
      apiFetch<{ added: { title: string }[] }>(routes.incident(incidentId).playbooks(), { method: "POST", body: { playbookId: offer.id } }),
    onSuccess: ({ added }) =>
      setMessage(added.length > 0 ? `Added ${added.length} task(s) from “${offer.title}”.` : `Every task of “${offer.title}” is already on this incident.`),
  });
  const complete = offer.appliedItems >= offer.items.length;
  return (
    <li className="rounded-md border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-semibold">{offer.title} <span className="text-sm font-normal text-slate-600">(version {offer.version})</span></h3>
          <p className="text-sm text-slate-700">{offer.description}</p>
          <p className="mt-1 text-sm text-slate-700">
            {offer.matchedFindings > 0 ? `Suggested: ${offer.matchedFindings} linked finding(s) match. ` : ""}
            {complete ? "Applied: all its tasks are on this incident." : offer.appliedItems > 0 ? `${offer.appliedItems} of ${offer.items.length} tasks already added.` : `${offer.items.length} tasks.`}
          </p>
          <details className="mt-1 text-sm">
            <summary className="cursor-pointer font-semibold text-slate-800">Checklist</summary>
            <ul className="mt-1 list-disc pl-5">
              {offer.items.map((item) => <li key={item}>{item}</li>)}
            </ul>
          </details>
        </div>
        {canApply ? (
          <Button variant={offer.matchedFindings > 0 ? "primary" : "secondary"} disabled={mutation.isPending || complete} onClick={() => mutation.mutate()}>
            {mutation.isPending ? "Applying…" : complete ? "Applied" : `Apply “${offer.title}”`}
          </Button>
        ) : null}
      </div>
      <div aria-live="polite">{message ? <p className="mt-2 text-sm text-green-900">✓ {message}</p> : null}</div>
      {mutation.error ? <Alert tone="error" title="Playbook not applied">{mutation.error.message}</Alert> : null}
    </li>
  );
}

/** Playbooks for this incident: those its linked findings call for first; the others on request. */
export function PlaybookPanel({ incidentId, offers, canApply }: { incidentId: string; offers: TPlaybookOffer[]; canApply: boolean }) {
  const suggested = offers.filter((o) => o.matchedFindings > 0);
  const others = offers.filter((o) => o.matchedFindings === 0);
  return (
    <section aria-labelledby="playbooks" className="mb-8">
      <h2 id="playbooks" className="mb-2 text-xl font-bold">Playbooks</h2>
      {suggested.length === 0 ? (
        <p className="mb-2 text-slate-700">No linked finding calls for a playbook. Link findings to this incident from the Findings page, or pick one below.</p>
      ) : (
        <ul className="mb-3 flex flex-col gap-2" aria-label="Suggested playbooks">
          {suggested.map((offer) => <Offer key={offer.id} incidentId={incidentId} offer={offer} canApply={canApply} />)}
        </ul>
      )}
      <details>
        <summary className="cursor-pointer font-semibold text-slate-800">All playbooks ({others.length} more)</summary>
        <ul className="mt-2 flex flex-col gap-2" aria-label="Other playbooks">
          {others.map((offer) => <Offer key={offer.id} incidentId={incidentId} offer={offer} canApply={canApply} />)}
        </ul>
      </details>
    </section>
  );
}
