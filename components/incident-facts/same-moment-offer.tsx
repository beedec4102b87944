"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Instant } from "@/components/ui/instant";
import { apiFetch } from "@/lib/client/api";
import type { TMoment } from "@/lib/clocks/types";
import { momentName } from "@/lib/timeline-text/clocks";

/**
 * "Discovered at the same time?": one click declares `moment` at the instant of `sameAs`'s current declaration (the
 * server reads that instant under the incident's lock), which starts the clocks that run from it.
 */
export function SameMomentOffer({
  incidentId,
  moment,
  sameAs,
  sameAsAt,
  declared,
}: {
  incidentId: string;
  moment: TMoment;
  sameAs: TMoment;
  sameAsAt: string;
  /** Already declared: nothing to offer, except the confirmation of a click made here. */
  declared: boolean;
}) {
  const router = useRouter();
  const name = momentName(moment);
  const other = momentName(sameAs);
  const mutation = useMutation({
    mutationFn: () =>
      apiFetch(`/api/incidents/${incidentId}/declarations`, {
        method: "POST",
        body: { moment, sameAs, reason: `${name} at the same moment as ${other}.` },
      }),
    onSuccess: () => router.refresh(),
  });
  if (declared && !mutation.isSuccess) return null;
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      {mutation.isSuccess ? (
        <Alert tone="success" title={`${name} declared at the same moment as ${other}.`}>The clocks that run from it have started.</Alert>
      ) : (
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
      {mutation.error ? <Alert tone="error" title={`${name} was not declared`}>{mutation.error.message}</Alert> : null}
    </div>
  );
}
