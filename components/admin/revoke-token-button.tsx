"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/lib/client/api";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => apiFetch(`/api/tokens/${tokenId}`, { method: "DELETE" }),
    onSuccess: () => router.refresh(),
  });
  return (
    <div>
      <Button
        variant="danger"
        disabled={mutation.isPending}
        onClick={() => {
          if (window.confirm(`Revoke the token “${name}”? Anything using it stops working at once.`)) mutation.mutate();
        }}
      >
        Revoke<span className="sr-only"> {name}</span>
      </Button>
      {mutation.error ? <p role="alert" className="mt-1 text-sm text-red-800">{mutation.error.message}</p> : null}
    </div>
  );
}
