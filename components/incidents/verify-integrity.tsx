"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TVerifyResult = {
  ok: boolean;
  checked: number;
  firstBroken: { sequence: number; reason: string; detail: string } | null;
};

/** Recomputes the timeline's hash chain on the server and says whether it is intact, or where it breaks. */
export function VerifyIntegrity({ incidentId }: { incidentId: string }) {
  // Verifying changes nothing: the page keeps its render and shows the answer.
  const mutation = useApiMutation({ mutationFn: () => apiFetch<TVerifyResult>(routes.incident(incidentId).verifyTimeline()), refresh: false });
  const result = mutation.data;
  return (
    <div className="flex flex-col items-start gap-2">
      <Button variant="secondary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        {mutation.isPending ? "Verifying…" : "Verify integrity"}
      </Button>
      {result?.ok ? (
        <Alert tone="success" title="Timeline intact">
          All {result.checked} events match their hashes and each points at the one before it.
        </Alert>
      ) : null}
      {result && !result.ok && result.firstBroken ? (
        <Alert tone="error" title={`Integrity broken at event #${result.firstBroken.sequence}`}>
          {result.firstBroken.detail} The {result.checked} events before it are intact. Report this to your administrator.
        </Alert>
      ) : null}
      {mutation.error ? (
        <Alert tone="error" title="Could not verify">
          {mutation.error.message} Try again.
        </Alert>
      ) : null}
    </div>
  );
}
