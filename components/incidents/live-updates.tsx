"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * Keeps a page current: listens to server-sent events and, on each one, re-renders the server components (no full
 * reload). The browser reconnects by itself and sends Last-Event-ID, so the server resumes after the last event this
 * page saw.
 */
export function LiveUpdates({ url, eventName }: { url: string; eventName: string }) {
  const router = useRouter();
  const [state, setState] = useState<"connecting" | "live" | "reconnecting" | "ended">("connecting");
  // The first URL is kept: afterwards the browser's own reconnects resume from Last-Event-ID.
  const startUrl = useRef(url);

  useEffect(() => {
    const source = new EventSource(startUrl.current);
    source.onopen = () => setState("live");
    // A refused reconnection (signed out, access removed) closes the source for good instead of retrying.
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? "ended" : "reconnecting");
    source.addEventListener(eventName, () => router.refresh());
    // The server ends the stream when the viewer's access changed: re-render, which signs out or hides what must go.
    source.addEventListener("end", () => {
      source.close();
      setState("ended");
      router.refresh();
    });
    return () => source.close();
  }, [eventName, router]);

  const text = {
    connecting: "Connecting to live updates…",
    live: "Live: changes appear as they happen",
    reconnecting: "Reconnecting… changes made meanwhile will appear",
    ended: "Live updates stopped. Reload the page to resume them.",
  }[state];
  return (
    <p role="status" className="text-sm text-slate-700" data-live-state={state}>
      <span aria-hidden="true">{state === "live" ? "● " : "○ "}</span>
      {text}
    </p>
  );
}
