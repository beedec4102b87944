"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

const WATCH_MS = 20_000;
const EVERY_MS = 2_000;

/** Send test and turn on/off for a connection. After a test the page re-reads its health until the worker has sent it. */
export function ConnectionActions({ id, name, enabled, pending }: { id: string; name: string; enabled: boolean; pending: number }) {
  const router = useRouter();
  const test = useApiMutation({ mutationFn: () => apiFetch(routes.connectionTest(id), { method: "POST" }) });
  const toggle = useApiMutation({ mutationFn: () => apiFetch(routes.connection(id), { method: "PATCH", body: { enabled: !enabled } }) });
  const watching = test.isSuccess && pending > 0;
  useEffect(() => {
    if (!test.isSuccess) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > WATCH_MS) clearInterval(timer);
      else router.refresh();
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, [test.isSuccess, test.data, router]);
  const error = test.error ?? toggle.error;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={test.isPending || !enabled} onClick={() => test.mutate()}>
          Send test<span className="sr-only"> through {name}</span>
        </Button>
        <Button variant={enabled ? "danger" : "secondary"} disabled={toggle.isPending} onClick={() => toggle.mutate()}>
          {enabled ? "Turn off" : "Turn on"}<span className="sr-only"> {name}</span>
        </Button>
      </div>
      {test.isSuccess ? (
        <p role="status" className="text-sm">
          {watching ? "Test queued: waiting for the worker to send it…" : "Test sent by the worker: see the last success or error beside it."}
        </p>
      ) : null}
      {error ? <p role="alert" className="text-sm text-red-800">{error.message}</p> : null}
    </div>
  );
}
