"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/lib/client/api";

/** Links one touched store to the incident: its categories and residents join the facts (a facts change on the timeline). */
export function LinkStoreButton({ incidentId, runId, storeArn, storeName, factsVersion }: { incidentId: string; runId: string; storeArn: string; storeName: string; factsVersion: number }) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => apiFetch(`/api/incidents/${incidentId}/scoping/${runId}/links`, { method: "POST", body: { storeArns: [storeArn], expectedVersion: factsVersion } }),
    onSuccess: () => router.refresh(),
  });
  return (
    <span className="flex flex-col gap-1">
      <Button type="button" onClick={() => mutation.mutate()} disabled={mutation.isPending} aria-label={`Link ${storeName} to the incident's facts`}>
        {mutation.isPending ? "Linking…" : "Link to facts"}
      </Button>
      {mutation.error ? <span role="alert" className="text-sm text-red-800">{mutation.error.message}</span> : null}
    </span>
  );
}
