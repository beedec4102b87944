"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { useSyncExternalStore } from "react";
import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Instant } from "@/components/ui/instant";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TReevaluationProgress } from "@/lib/register-reevaluation/types";

export const REEVALUATION_QUERY_KEY = ["organisation", "reevaluation"] as const;

/** No incident settled for this long while some wait: the worker is probably not running. */
const STALLED_MS = 60_000;

const count = (n: number) => n.toLocaleString("en-US");
const incidents = (n: number) => `${count(n)} open incident${n === 1 ? "" : "s"}`;

/**
 * The re-evaluation of the open incidents after the latest profile save, followed live (polled while it runs): how
 * many are done, which could not follow and why, and a warning when nothing moves (no worker).
 */
export function ReevaluationProgress({ initial }: { initial: TReevaluationProgress | null }) {
  const query = useQuery({
    queryKey: REEVALUATION_QUERY_KEY,
    queryFn: () => apiFetch<{ reevaluation: TReevaluationProgress | null }>(routes.organisationReevaluation()).then((r) => r.reevaluation),
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.state === "running" ? 1_500 : false),
  });
  const now = useNow(query.data?.state === "running");
  const run = query.data;
  if (!run) return null;
  const lastMove = Date.parse(run.lastProgressAt ?? run.startedAt);
  const stalled = run.state === "running" && now !== null && now - lastMove > STALLED_MS;

  return (
    <section aria-labelledby="reevaluation-heading" className="mb-8 flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="reevaluation-heading" className="text-xl font-bold">Open incidents after the latest profile change</h2>
      <p className="text-sm text-slate-700">
        Saved by {run.startedBy} at <Instant value={run.startedAt} withUtc={false} />: “{run.cause.replace(/^organisation profile changed: /, "")}”.
      </p>
      {run.state === "running" ? (
        <>
          <label htmlFor="reevaluation-progress" className="text-sm font-semibold">Re-evaluation</label>
          <progress id="reevaluation-progress" max={Math.max(run.total, 1)} value={run.done + run.failed} className="h-3 w-full" />
          <Alert tone="info" title={`Re-evaluating ${count(run.done + run.failed)} of ${incidents(run.total)}…`}>
            Incidents not re-evaluated yet still show clocks worked out under the previous profile, and say so on their pages. This page follows the progress by itself.
          </Alert>
        </>
      ) : (
        <Alert
          tone={run.failed > 0 ? "error" : "success"}
          title={
            run.failed > 0
              ? `${count(run.done)} of ${incidents(run.total)} re-evaluated; ${count(run.failed)} could not follow the new profile`
              : `All ${incidents(run.total)} re-evaluated`
          }
        >
          {run.finishedAt ? <>Finished at <Instant value={run.finishedAt} withUtc={false} />.</> : null}
        </Alert>
      )}
      {stalled ? (
        <Alert tone="error" title="No progress for over a minute">
          The worker that re-evaluates incidents seems not to be running. `npm start` runs it beside the console unless BREACHDESK_WORKER=0; otherwise start `npm run worker`. Nothing is lost: it carries on where it stopped.
        </Alert>
      ) : null}
      {run.failures.length > 0 ? (
        <div>
          <h3 className="text-base font-semibold">Incidents whose clocks still follow the previous profile</h3>
          <p className="text-sm text-slate-700">Correct each one&apos;s facts: saving them re-evaluates it under the current profile.</p>
          <ul className="mt-2 flex flex-col gap-2">
            {run.failures.map((failure) => (
              <li key={failure.incidentId} className="text-sm">
                <IntentLink href={`/incidents/${failure.incidentId}/facts`} className="font-semibold text-blue-800 underline">
                  {failure.reference}
                  {failure.title ? ` — ${failure.title}` : " (need-to-know)"}
                </IntentLink>
                <span className="block break-words text-slate-800">{failure.reason}</span>
              </li>
            ))}
          </ul>
          {run.failed > run.failures.length ? <p className="text-sm">…and {count(run.failed - run.failures.length)} more.</p> : null}
        </div>
      ) : null}
    </section>
  );
}

/** The clock in 10-second steps; null on the server and the first paint (no hydration mismatch). */
function useNow(live: boolean): number | null {
  return useSyncExternalStore(
    (onChange) => {
      if (!live) return () => {};
      const timer = setInterval(onChange, 10_000);
      return () => clearInterval(timer);
    },
    () => Math.floor(Date.now() / 10_000) * 10_000,
    () => null,
  );
}
