import { Instant } from "@/components/ui/instant";
import { TimelineSentence } from "@/components/incidents/timeline-sentence";
import { TIMELINE_KIND_LABELS, type TTimelineKind } from "@/lib/timeline/event-kinds";
import { describeTimelineEvent } from "@/lib/timeline-text/describe";

export type TTimelineItem = {
  id: string;
  sequence: number;
  kind: string;
  occurredAt: Date;
  recordedAt: Date;
  actorLabel: string;
  payload: unknown;
};

function kindLabel(kind: string): string {
  return TIMELINE_KIND_LABELS[kind as TTimelineKind] ?? kind;
}

function Details({ event }: { event: TTimelineItem }) {
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  const owner = (payload.owner as { name?: string } | undefined)?.name;
  const recordedLater = Math.abs(new Date(event.recordedAt).getTime() - new Date(event.occurredAt).getTime()) > 60_000;
  return (
    <>
      {event.kind === "note.added" || event.kind === "decision.recorded" ? (
        <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{String(payload.text ?? "")}</p>
      ) : null}
      {event.kind === "decision.recorded" ? (
        <dl className="mt-2 grid grid-cols-1 gap-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-3">
          <dt className="font-semibold text-slate-700">Owner</dt>
          <dd>{owner ?? "unknown"}</dd>
          <dt className="font-semibold text-slate-700">Rationale</dt>
          <dd className="whitespace-pre-wrap break-words">{String(payload.rationale ?? "")}</dd>
        </dl>
      ) : null}
      {typeof payload.corrects === "number" ? (
        <p className="mt-1 text-sm font-semibold text-amber-900">Corrects event #{payload.corrects}</p>
      ) : null}
      {recordedLater ? (
        <p className="mt-1 text-sm text-slate-700">
          Back-dated: recorded <Instant value={event.recordedAt} />
          {payload.backdateReason ? ` — ${String(payload.backdateReason)}` : ""}
        </p>
      ) : null}
    </>
  );
}

/** All text is rendered as text: payloads may carry attacker-controlled strings. */
export function TimelineList({ events, label = "Timeline, newest first" }: { events: TTimelineItem[]; label?: string }) {
  if (events.length === 0) return <p className="text-slate-700">Nothing has been recorded yet.</p>;
  return (
    <ol className="flex flex-col gap-3" aria-label={label}>
      {events.map((event) => (
        <li key={event.id} className="rounded-md border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-semibold text-slate-900">{kindLabel(event.kind)}</p>
            <p className="text-sm text-slate-700"><Instant value={event.occurredAt} /></p>
          </div>
          <p className="mt-1 break-words text-slate-800">
            <TimelineSentence sentence={describeTimelineEvent(event)} />
          </p>
          <Details event={event} />
          <p className="mt-1 text-sm text-slate-600">
            By {event.actorLabel} · #{event.sequence}
          </p>
        </li>
      ))}
    </ol>
  );
}
