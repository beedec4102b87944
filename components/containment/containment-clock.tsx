import { Instant } from "@/components/ui/instant";
import type { TContainmentClock } from "@/lib/containment/containment-clock";

// Never calm while nothing has succeeded: only "ok" is green; waiting is amber, past the target red with a sign.
const TONES: Record<TContainmentClock["tone"], { box: string; icon: string }> = {
  ok: { box: "border-green-700 bg-green-50 text-green-900", icon: "✓" },
  warning: { box: "border-amber-600 bg-amber-50 text-amber-950", icon: "◷" },
  alert: { box: "border-red-700 bg-red-50 text-red-900", icon: "⚠" },
};

/**
 * The containment clock in words: a headline, the plain sentence, and the target instant (and when it stopped). The
 * same component on the incident overview, the containment tab and the exec status view. `compact` drops the details.
 */
export function ContainmentClockSummary({ clock, compact = false }: { clock: TContainmentClock; compact?: boolean }) {
  const tone = TONES[clock.tone];
  return (
    <div data-testid="containment-clock" data-state={clock.state} className={`rounded-md border-l-4 px-4 py-3 text-sm ${tone.box}`}>
      <p className="font-semibold">
        <span aria-hidden="true">{tone.icon} </span>
        {clock.headline}
      </p>
      <p className="mt-1">{clock.sentence}</p>
      {compact ? null : (
        <p className="mt-1">
          Target ({clock.targetHours} h from declaration): <Instant value={clock.targetAt} withUtc={false} />
          {clock.containedAt ? (
            <>
              {" "}· last success <Instant value={clock.containedAt} withUtc={false} />
            </>
          ) : null}
        </p>
      )}
    </div>
  );
}
