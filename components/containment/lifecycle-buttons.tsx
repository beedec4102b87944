"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/lib/client/api";

/** Retries a failed request on its existing approvals; the server refuses (409) when anything changed since. */
export function ContainmentRetryButton({ incidentId, requestId, attempt, title }: { incidentId: string; requestId: string; attempt: number; title: string }) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => apiFetch(`/api/incidents/${incidentId}/containment/${requestId}/retry`, { method: "POST", body: { basedOnAttempt: attempt } }),
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="mt-2 flex flex-col gap-2">
      <div>
        <Button type="button" onClick={() => mutation.mutate()} disabled={mutation.isPending} aria-label={`Retry ${title}`}>
          {mutation.isPending ? "Retrying…" : "Retry"}
        </Button>
      </div>
      <p className="text-sm text-slate-700">Nothing changed since it was approved, so a retry runs on the same approvals, as a new attempt.</p>
      {mutation.error ? (
        <Alert tone="error" title="Not retried">
          {mutation.error.message}
        </Alert>
      ) : null}
    </div>
  );
}

/** Asks for the release of a succeeded reversible action: a new request, approved like any other. */
export function ContainmentReleaseButton({ incidentId, requestId, title }: { incidentId: string; requestId: string; title: string }) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => apiFetch(`/api/incidents/${incidentId}/containment/${requestId}/release`, { method: "POST" }),
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="mt-2 flex flex-col gap-2">
      <div>
        <Button type="button" variant="secondary" onClick={() => mutation.mutate()} disabled={mutation.isPending} aria-label={`Release ${title}`}>
          {mutation.isPending ? "Requesting the release…" : "Release"}
        </Button>
      </div>
      <p className="text-sm text-slate-700">Releasing undoes the action through its own request, which needs approval by the same rules.</p>
      {mutation.error ? (
        <Alert tone="error" title="Release not requested">
          {mutation.error.message}
        </Alert>
      ) : null}
    </div>
  );
}
