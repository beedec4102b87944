import { Instant } from "@/components/ui/instant";
import { TIMELINE_KIND_LABELS, type TTimelineKind } from "@/lib/timeline/event-kinds";

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

function describe(event: TTimelineItem): string | null {
  const payload = event.payload as Record<string, unknown> | null;
  if (event.kind === "incident.declared" && payload) {
    const commander = (payload.commander as { name?: string } | undefined)?.name;
    return `“${String(payload.title)}”, severity ${String(payload.severity)}${commander ? `, commander ${commander}` : ""}.`;
  }
  if (event.kind === "finding.linked" && payload && Array.isArray(payload.findings)) {
    const findings = payload.findings as { title?: string; severity?: string }[];
    return `${findings.length} finding(s): ${findings.map((f) => `${String(f.title)} (${String(f.severity)})`).join("; ")}`;
  }
  if (event.kind === "finding.changed" && payload) {
    const finding = payload.finding as { title?: string } | undefined;
    return `“${String(finding?.title)}”: ${(payload.changes as string[] | undefined)?.join("; ") ?? ""}`;
  }
  return null;
}

/** Newest first. All text is rendered as text: payloads may carry attacker-controlled strings. */
export function TimelineList({ events }: { events: TTimelineItem[] }) {
  if (events.length === 0) return <p className="text-slate-700">Nothing has been recorded yet.</p>;
  return (
    <ol className="flex flex-col gap-3" aria-label="Timeline, newest first">
      {events.map((event) => (
        <li key={event.id} className="rounded-md border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-semibold text-slate-900">{kindLabel(event.kind)}</p>
            <p className="text-sm text-slate-700"><Instant value={event.occurredAt} /></p>
          </div>
          {describe(event) ? <p className="mt-1 break-words text-slate-800">{describe(event)}</p> : null}
          <p className="mt-1 text-sm text-slate-600">
            By {event.actorLabel} · #{event.sequence}
          </p>
        </li>
      ))}
    </ol>
  );
}
