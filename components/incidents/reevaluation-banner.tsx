"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Instant } from "@/components/ui/instant";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TIncidentReevaluation } from "@/lib/register-reevaluation/types";

/**
 * On every page of an incident whose clocks wait for the re-evaluation after an organisation profile change, or could
 * not follow it: the deadlines on the page may not be the current ones, and the page must not look settled. While
 * waiting it checks every 3 s and refreshes the page once the incident is done.
 */
export function ReevaluationBanner({ incidentId, initial }: { incidentId: string; initial: TIncidentReevaluation }) {
  const router = useRouter();
  const query = useQuery({
    queryKey: ["incident", incidentId, "reevaluation"],
    queryFn: () => apiFetch<{ reevaluation: TIncidentReevaluation }>(routes.incident(incidentId).reevaluation()).then((r) => r.reevaluation),
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.state === "pending" ? 3_000 : false),
  });
  const state = query.data;
  const wasPending = useRef(initial?.state === "pending");
  useEffect(() => {
    if (state?.state === "pending") wasPending.current = true;
    else if (wasPending.current) {
      wasPending.current = false;
      router.refresh();
    }
  }, [state, router]);

  if (!state) return null;
  if (state.state === "pending") {
    return (
      <div className="mb-4">
        <Alert tone="info" title="Clocks being re-evaluated after the organisation profile change">
          The profile changed at <Instant value={state.since} withUtc={false} />; this incident is queued for re-evaluation. Until then its deadlines
          follow the previous profile. This page updates by itself when it is done.
        </Alert>
      </div>
    );
  }
  return (
    <div className="mb-4">
      <Alert tone="error" title="These clocks could not follow the organisation profile change">
        <p className="break-words">{state.reason}</p>
        <p className="mt-1">
          The deadlines shown follow the previous profile.{" "}
          <IntentLink href={`/incidents/${incidentId}/facts`} className="font-semibold underline">Correct the facts</IntentLink>.
        </p>
      </Alert>
    </div>
  );
}
