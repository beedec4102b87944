"use client";

import { Button } from "@/components/ui/button";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field } from "@/components/ui/field";
import { fromDateTimeLocal, toDateTimeLocal } from "@/lib/client/datetime-local";
import { MOMENTS, type TMoment } from "@/lib/clocks/types";
import { MOMENT_LABELS } from "@/lib/incident-facts/schemas";
import { contractInstantOf } from "@/lib/what-if/facts";

/** The moments most clocks start from; the others are folded away until one is set. */
const MAIN: readonly TMoment[] = ["suspected", "aware", "discovered", "breachDetermined"];

type TMoments = Partial<Record<TMoment, string>>;

/**
 * When each moment happened, in the viewer's local time, with "Now" (components/ui/date-time-input) and "Clear". Browser only: a datetime-local
 * value depends on the viewer's zone, which the server does not know.
 */
export function MomentsFields({ value, onChange, errors }: { value: TMoments; onChange: (next: TMoments) => void; errors: Record<string, string> }) {
  const others = MOMENTS.filter((moment) => !MAIN.includes(moment));
  const set = (moment: TMoment, instant: string | null) => {
    const next = { ...value };
    if (instant) next[moment] = instant;
    else delete next[moment];
    onChange(next);
  };
  const field = (moment: TMoment) => (
    <MomentField key={moment} moment={moment} instant={value[moment] ?? null} error={errors[`moments.${moment}`]} onSet={(instant) => set(moment, instant)} />
  );
  return (
    // A datetime input is as wide as its longest value unless told it may shrink (a phone is narrower).
    <fieldset className="flex min-w-0 flex-col gap-3 [&_input]:min-w-0">
      <legend className="text-sm font-semibold text-slate-800">Moments</legend>
      <p className="text-sm text-slate-600">When each happened, in your local time. A clock starts only from a moment that is set.</p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">{MAIN.map(field)}</div>
      <details open={others.some((moment) => value[moment] !== undefined)} className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-semibold">Other moments (classification, ransom, authority request…)</summary>
        <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2">{others.map(field)}</div>
      </details>
    </fieldset>
  );
}

function MomentField({ moment, instant, error, onSet }: { moment: TMoment; instant: string | null; error?: string; onSet: (instant: string | null) => void }) {
  const label = MOMENT_LABELS[moment];
  const short = label.replace(/ \(.*\)$/, "");
  return (
    <div className="flex flex-col gap-1">
      <Field label={label} error={error}>
        {(ids) => (
          <DateTimeInput
            ids={ids}
            label={short}
            type="datetime-local"
            step={1}
            value={toDateTimeLocal(instant, { seconds: true })}
            onValue={(local) => {
              const iso = fromDateTimeLocal(local);
              onSet(iso ? contractInstantOf(new Date(iso)) : null);
            }}
          />
        )}
      </Field>
      {instant ? (
        <div>
          <Button variant="secondary" className="min-h-8 px-2 py-1 text-xs" onClick={() => onSet(null)}>
            Clear<span className="sr-only"> {short}</span>
          </Button>
        </div>
      ) : null}
    </div>
  );
}
