"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { SameMomentResult, useDeclareSameMoment } from "@/components/incident-facts/same-moment-offer";
import { Button } from "@/components/ui/button";
import type { TMoment } from "@/lib/clocks/types";

/** A next step done in one click (Discovered at Aware's instant), with the form for another instant beside it. */
export function SameMomentStep({ incidentId, moment, sameAs, label, href, hrefLabel }: { incidentId: string; moment: TMoment; sameAs: TMoment; label: string; href: string; hrefLabel: string }) {
  const mutation = useDeclareSameMoment({ incidentId, moment, sameAs });
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      {mutation.isSuccess ? null : (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <Button disabled={mutation.isPending} onClick={() => mutation.mutate()}>{mutation.isPending ? "Declaring…" : label}</Button>
          <IntentLink href={href} className="text-sm font-semibold text-blue-800 underline">{hrefLabel}</IntentLink>
        </div>
      )}
      <SameMomentResult mutation={mutation} moment={moment} sameAs={sameAs} />
    </div>
  );
}
