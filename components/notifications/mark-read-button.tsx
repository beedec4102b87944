"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/lib/client/api";

export function MarkReadButton({ ids, label }: { ids?: string[]; label: string }) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => apiFetch("/api/notifications/read", { method: "POST", body: ids ? { ids } : {} }),
    onSuccess: () => router.refresh(),
  });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button variant="secondary" disabled={mutation.isPending} onClick={() => mutation.mutate()}>{label}</Button>
      {mutation.error ? <span role="alert" className="text-sm text-red-800">{mutation.error.message}</span> : null}
    </span>
  );
}
