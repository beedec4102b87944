"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Instant } from "@/components/ui/instant";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TMoment } from "@/lib/clocks/types";
import { momentName } from "@/lib/timeline-text/clocks";

type TSameMoment = { incidentId: string; moment: TMoment; sameAs: TMoment };

/**
 * Declares `moment` at the instant of `sameAs`'s current declaration: the server reads that instant under the
 * incident's lock, so it is exactly the other moment's, and the clocks that run from `moment` start.
 */
export function useDeclareSameMoment({ incidentId, moment, sameAs }: TSameMoment) {
  return useApiMutation({
    mutationFn: () =>
      apiFetch(routes.incident(incidentId).declarations(), {
        method: "POST",
        // The timeline already says "the same moment as Aware": the reason records how it was decided.
        body: { moment, sameAs, reason: `Confirmed with one click on “${momentName(moment)} at the same time?”` },
      }),
  });
}

/** What a click made of it, or why it failed; announced where the button was. */
export function SameMomentResult({ mutation, moment, sameAs }: { mutation: ReturnType<typeof useDeclareSameMoment>; moment: TMoment; sameAs: TMoment }) {
  if (mutation.isSuccess) {
    return <Alert tone="success" title={`${momentName(moment)} declared at the same moment as ${momentName(sameAs)}.`}>The clocks that run from it have started.</Alert>;
  }
  return mutation.error ? <Alert tone="error" title={`${momentName(moment)} was not declared`}>{mutation.error.message}</Alert> : null;
}

/** "Discovered at the same time?", offered on the moments panel once Aware is declared. */
export function SameMomentOffer({ declared, sameAsAt, ...target }: TSameMoment & { sameAsAt: string; /** Already declared: nothing to offer, but a click made here keeps its confirmation. */ declared: boolean }) {
  const mutation = useDeclareSameMoment(target);
  if (declared && !mutation.isSuccess) return null;
  const name = momentName(target.moment);
  const other = momentName(target.sameAs);
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      {mutation.isSuccess ? null : (
        <>
          <p className="text-sm text-slate-800">
            <span className="font-semibold">{name} at the same time?</span> {other} was declared at <Instant value={sameAsAt} />. If the
            breach was {name.toLowerCase()} then too, record it in one click: the clocks that run from {name} start.
          </p>
          <div>
            <Button variant="secondary" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
              {mutation.isPending ? "Declaring…" : `Yes, ${name} at the same time`}
            </Button>
          </div>
        </>
      )}
      <SameMomentResult mutation={mutation} moment={target.moment} sameAs={target.sameAs} />
    </div>
  );
}
