import { instantText } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";
import { TIMELINE_KIND_LABELS, type TTimelineKind } from "@/lib/timeline/event-kinds";
import { describeTimelineEvent } from "@/lib/timeline-text/describe";
import { sentenceText } from "@/lib/timeline-text/parts";
import { formatInstantWithOffset } from "@/lib/time/format-instant";

/** The full timeline, oldest first, each event as a sentence (instants in the report's zone, with its offset) with its hash. */
export const timelineSection: TReportSection = {
  id: "timeline",
  title: "Timeline",
  build({ data, zone }) {
    return {
      blocks: data.timeline.map((event) => ({
        kind: "entry" as const,
        title: `#${event.sequence} ${TIMELINE_KIND_LABELS[event.kind as TTimelineKind] ?? event.kind} — ${instantText(event.occurredAt, zone.zone)} — by ${event.actorLabel}`,
        lines: [
          ...(event.recordedAt.getTime() !== event.occurredAt.getTime() ? [{ text: `Recorded ${instantText(event.recordedAt, zone.zone)}` }] : []),
          { text: sentenceText(describeTimelineEvent(event), zone.zone, formatInstantWithOffset) },
          ...(event.kind === "note.added" || event.kind === "decision.recorded" ? [{ text: String((event.payload as { text?: unknown }).text ?? "") }] : []),
          { text: `sha256 ${event.hash}`, mono: true },
        ],
      })),
      json: data.timeline,
    };
  },
};
