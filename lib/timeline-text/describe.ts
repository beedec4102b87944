import { TIMELINE_KIND_LABELS, TIMELINE_PAYLOADS, type TTimelineKind } from "@/lib/timeline/event-kinds";
import { clockDescribers } from "@/lib/timeline-text/clocks";
import { containmentDescribers } from "@/lib/timeline-text/containment";
import { scopingDescribers } from "@/lib/timeline-text/scoping";
import { integrationDescribers } from "@/lib/timeline-text/integrations";
import { peopleDescribers } from "@/lib/timeline-text/people";
import { incidentDescribers } from "@/lib/timeline-text/incident";
import { noticeDescribers } from "@/lib/timeline-text/notices";
import type { TSentence } from "@/lib/timeline-text/parts";
import type { TDescribers, TEventContext } from "@/lib/timeline-text/types";
import { workDescribers } from "@/lib/timeline-text/work";

export const TIMELINE_DESCRIBERS: TDescribers = { ...incidentDescribers, ...clockDescribers, ...workDescribers, ...noticeDescribers, ...containmentDescribers, ...peopleDescribers, ...scopingDescribers, ...integrationDescribers };

export type TDescribableEvent = { kind: string; actorLabel: string; payload: unknown; occurredAt: Date; recordedAt: Date };

function isKind(kind: string): kind is TTimelineKind {
  return Object.hasOwn(TIMELINE_PAYLOADS, kind);
}

/**
 * The event as one sentence in words: who did what, with instants left for the viewer's zone. A payload that does
 * not match its kind's schema (an event written before the schema grew) falls back to the kind's label, so the
 * timeline never shows raw field names or JSON.
 */
export function describeTimelineEvent(event: TDescribableEvent): TSentence {
  const label = isKind(event.kind) ? TIMELINE_KIND_LABELS[event.kind] : event.kind;
  if (!isKind(event.kind)) return [`${label}.`];
  const describer = TIMELINE_DESCRIBERS[event.kind] as ((payload: unknown, context: TEventContext) => TSentence) | undefined;
  const parsed = TIMELINE_PAYLOADS[event.kind].safeParse(event.payload);
  if (!describer || !parsed.success) return [`${label} (by ${event.actorLabel}).`];
  return describer(parsed.data, { actor: event.actorLabel, occurredAt: new Date(event.occurredAt), recordedAt: new Date(event.recordedAt) });
}
