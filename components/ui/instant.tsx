"use client";

import { useSyncExternalStore } from "react";
import { instantLabels } from "@/lib/time/format-instant";

const subscribe = () => () => {};

/**
 * An instant shown in the viewer's time zone with UTC beside it (`withUtc={false}`: in a sentence, UTC only as the
 * tooltip). The server does not know the viewer's zone, so the first paint shows UTC and the browser fills in its
 * own zone.
 */
export function Instant({ value, withUtc = true }: { value: string | Date; withUtc?: boolean }) {
  const date = typeof value === "string" ? new Date(value) : value;
  const viewerZone = useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  const { local, utc } = instantLabels(date, viewerZone);
  if (!withUtc) {
    return (
      <time dateTime={date.toISOString()} title={utc} className="tabular-nums">
        {local ?? utc}
      </time>
    );
  }
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
