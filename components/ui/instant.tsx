"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

function format(date: Date, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(date);
}

/**
 * An instant shown in the viewer's time zone with UTC beside it. The server does not know the viewer's
 * zone, so the first paint shows UTC and the browser fills in its own zone.
 */
export function Instant({ value }: { value: string | Date }) {
  const date = typeof value === "string" ? new Date(value) : value;
  const viewerZone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  const utc = format(date, "UTC");
  const local = viewerZone && viewerZone !== "UTC" && viewerZone !== "Etc/UTC" ? format(date, viewerZone) : null;
  return (
    <time dateTime={date.toISOString()} className="tabular-nums">
      {local ? (
        <>
          {local} <span className="text-slate-600">({utc})</span>
        </>
      ) : (
        utc
      )}
    </time>
  );
}
