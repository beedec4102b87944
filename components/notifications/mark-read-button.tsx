"use client";

import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

export function MarkReadButton({ ids, label }: { ids?: string[]; label: string }) {
  const mutation = useApiMutation({ mutationFn: () => apiFetch(routes.notificationsRead(), { method: "POST", body: ids ? { ids } : {} }) });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button variant="secondary" disabled={mutation.isPending} onClick={() => mutation.mutate()}>{label}</Button>
      {mutation.error ? <span role="alert" className="text-sm text-red-800">{mutation.error.message}</span> : null}
    </span>
  );
}
