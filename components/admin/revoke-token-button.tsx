"use client";

import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const mutation = useApiMutation({ mutationFn: () => apiFetch(routes.token(tokenId), { method: "DELETE" }) });
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
