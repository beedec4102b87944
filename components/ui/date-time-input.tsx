"use client";

import { useState, type InputHTMLAttributes } from "react";
import { TextInput } from "@/components/ui/field";
import { toDateLocal, toDateTimeLocal } from "@/lib/client/datetime-local";

type TFieldIds = { id: string; describedBy: string | undefined; invalid: boolean };

type TDateTimeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "defaultValue" | "onChange"> & {
  ids: TFieldIds;
  /** The field's label, so the button's name says which field it sets ("Set When to now"). */
  label: string;
  type: "datetime-local" | "date";
  /** A date field read as a UTC day (a filter that says so): "Today" is then today in UTC. */
  utc?: boolean;
} & ({ value: string; onValue: (value: string) => void; defaultValue?: never } | { defaultValue: string; value?: never; onValue?: never });

/**
 * A moment or date field with a "Now" (or "Today") button that fills in the viewer's current local time: typing
 * the present minute by hand under stress is where wrong dates come from. To the second when the input takes seconds
 * (`step` under 60), so "now" never lands before something done moments ago.
 */
export function DateTimeInput({ ids, label, type, utc = false, value, onValue, defaultValue, step, ...props }: TDateTimeInputProps) {
  // Uncontrolled use (a GET filter form rendered on the server) keeps its own value.
  const [own, setOwn] = useState(defaultValue ?? "");
  const current = value ?? own;
  const set = onValue ?? setOwn;
  const seconds = step !== undefined && Number(step) < 60;
  const word = type === "date" ? "today" : "now";
  const now = () => {
    const date = new Date();
    if (type === "datetime-local") return toDateTimeLocal(date, { seconds });
    return utc ? date.toISOString().slice(0, 10) : toDateLocal(date);
  };
  return (
    <div className="flex items-stretch gap-2">
      {/* min-w-0: a date input's own minimum width would push the button off a phone's screen. */}
      <div className="min-w-0 flex-1">
        <TextInput ids={ids} type={type} step={step} value={current} onChange={(event) => set(event.target.value)} {...props} />
      </div>
      <button
        type="button"
        aria-label={`Set ${label} to ${word}`}
        disabled={props.disabled}
        onClick={() => set(now())}
        className="inline-flex min-h-10 shrink-0 items-center rounded-md border border-slate-400 bg-white px-3 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-500"
      >
        {type === "date" ? "Today" : "Now"}
      </button>
    </div>
  );
}
