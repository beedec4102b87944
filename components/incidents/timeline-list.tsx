import { Instant } from "@/components/ui/instant";
import { STATUS_LABELS } from "@/lib/incidents/lifecycle";
import { INCIDENT_ROLE_LABELS, type TIncidentRole, type TIncidentStatus } from "@/lib/incidents/schemas";
import { describeClockEvent } from "@/lib/obligations/describe-event";
import { describeNoticeEvent } from "@/lib/notices/timeline-text";
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
  if (event.kind === "member.assigned" && payload) {
    const role = INCIDENT_ROLE_LABELS[payload.role as TIncidentRole] ?? String(payload.role);
    return `${String((payload.user as { name?: string }).name)} is now ${role}.`;
  }
  if (event.kind === "member.removed" && payload) return `${String((payload.user as { name?: string }).name)} no longer has a role.`;
  if (event.kind === "incident.restriction-changed" && payload) {
    const what = payload.restricted ? "Restricted to the people listed" : "Opened to everyone with a role";
    return `${what}${payload.reason ? `: ${String(payload.reason)}` : "."}`;
  }
  if (event.kind === "incident.status-changed" && payload) {
    const label = (s: unknown) => STATUS_LABELS[s as TIncidentStatus] ?? String(s);
    return `${label(payload.from)} → ${label(payload.to)}${payload.reason ? `: ${String(payload.reason)}` : ""}`;
  }
  if (event.kind === "finding.linked" && payload && Array.isArray(payload.findings)) {
    const findings = payload.findings as { title?: string; severity?: string }[];
    return `${findings.length} finding(s): ${findings.map((f) => `${String(f.title)} (${String(f.severity)})`).join("; ")}`;
  }
  if (event.kind === "finding.changed" && payload) {
    const finding = payload.finding as { title?: string } | undefined;
    return `“${String(finding?.title)}”: ${(payload.changes as string[] | undefined)?.join("; ") ?? ""}`;
  }
  // ─── Tasks, playbooks, evidence register (issue 5) ───
  if (event.kind === "task.created" && payload) {
    const owner = (payload.owner as { name?: string } | null)?.name;
    return `“${String((payload.task as { title?: string }).title)}” for ${String(payload.role)}${owner ? `, owner ${owner}` : ""}.`;
  }
  if (event.kind === "task.updated" && payload && Array.isArray(payload.changes)) {
    const changes = payload.changes as { field: string; from: string | null; to: string | null }[];
    return `“${String((payload.task as { title?: string }).title)}”: ${changes.map((c) => `${c.field} ${c.from ?? "none"} → ${c.to ?? "none"}`).join("; ")}`;
  }
  if (event.kind === "playbook.applied" && payload && Array.isArray(payload.tasks)) {
    return `“${String((payload.playbook as { title?: string }).title)}”: ${payload.tasks.length} task(s) added.`;
  }
  if (event.kind.startsWith("evidence.") && payload) {
    const name = `“${String((payload.evidence as { name?: string }).name)}”`;
    if (event.kind === "evidence.registered") return `${name}${payload.sha256 ? `, SHA-256 ${String(payload.sha256)}` : ""} — ${String(payload.reason)}`;
    if (event.kind === "evidence.custody") {
      const to = payload.to ? ` to ${String(payload.to)}` : "";
      return `${name} ${String(payload.action).replace("_", " ")}${to} — ${String(payload.reason)}`;
    }
    if (event.kind === "evidence.legal-hold") return `${name} ${payload.hold ? "placed under" : "released from"} legal hold — ${String(payload.reason)}`;
    if (event.kind === "evidence.deleted") return `${name} deleted — ${String(payload.reason)}`;
  }
  // ─── Exec status, reports and exports (issue 8) ───
  if (event.kind === "report.exported" && payload) {
    return `${String(payload.file)} (${String(payload.bytes)} bytes), SHA-256 ${String(payload.sha256)}`;
  }
  // ─── Notices and approval gates (issue 7) ───
  if (event.kind.startsWith("notice.") && payload) return describeNoticeEvent(event.kind, payload);
  // Clock facts and the stored register (issues 5 and 6)
  return describeClockEvent(event.kind, payload);
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
          {describe(event) ? <p className="mt-1 break-words text-slate-800">{describe(event)}</p> : null}
          <Details event={event} />
          <p className="mt-1 text-sm text-slate-600">
            By {event.actorLabel} · #{event.sequence}
          </p>
        </li>
      ))}
    </ol>
  );
}
