"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * Keeps the incident page current: listens to the incident's server-sent events and, on each new timeline
 * event, invalidates the incident's queries and re-renders the server components (no full reload). The browser
 * reconnects by itself and sends Last-Event-ID, so the server resumes after the last event this page saw.
 */
export function LiveUpdates({ incidentId, lastSequence }: { incidentId: string; lastSequence: number }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [state, setState] = useState<"connecting" | "live" | "reconnecting">("connecting");
  const startAfter = useRef(lastSequence);

  useEffect(() => {
    const source = new EventSource(`/api/incidents/${incidentId}/events?after=${startAfter.current}`);
    source.onopen = () => setState("live");
    source.onerror = () => setState("reconnecting");
    source.addEventListener("timeline", () => {
      void queryClient.invalidateQueries({ queryKey: ["incidents", "detail", incidentId] });
      router.refresh();
    });
    return () => source.close();
  }, [incidentId, queryClient, router]);

  const text = { connecting: "Connecting to live updates…", live: "Live: changes appear as they happen", reconnecting: "Reconnecting… changes made meanwhile will appear" }[state];
  return (
    <p role="status" className="text-sm text-slate-700" data-live-state={state}>
      <span aria-hidden="true">{state === "live" ? "● " : "○ "}</span>
      {text}
    </p>
  );
}
