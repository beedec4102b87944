"use client";

import { useEffect, useState } from "react";
import { formatRemaining } from "@/lib/status/status";

/**
 * Time left until `due`, refreshed every 30 s. A timer role with aria-live off: screen readers read it when the
 * user gets to it instead of being interrupted every tick (the due instant is stated next to it as text).
 */
export function Countdown({ due, now }: { due: string; now: string }) {
  const [current, setCurrent] = useState(() => new Date(now));
  useEffect(() => {
    const timer = setInterval(() => setCurrent(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const text = formatRemaining(new Date(due), current);
  const overdue = text.startsWith("overdue");
  return (
    <span role="timer" aria-live="off" className={`text-3xl font-bold tabular-nums ${overdue ? "text-red-800" : "text-slate-900"}`}>
      {overdue ? <span aria-hidden="true">⚠ </span> : null}
      {text}
    </span>
  );
}
