import { iso, payloadText } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";
import { TIMELINE_KIND_LABELS, type TTimelineKind } from "@/lib/timeline/event-kinds";

/** The full timeline, oldest first, each event with its hash. */
export const timelineSection: TReportSection = {
  id: "timeline",
  title: "Timeline",
  build({ data }) {
    return {
      blocks: data.timeline.map((event) => ({
        kind: "entry" as const,
        title: `#${event.sequence} ${TIMELINE_KIND_LABELS[event.kind as TTimelineKind] ?? event.kind} — ${iso(event.occurredAt)} — by ${event.actorLabel}`,
        lines: [
          ...(event.recordedAt.getTime() !== event.occurredAt.getTime() ? [{ text: `Recorded ${iso(event.recordedAt)}` }] : []),
          { text: payloadText(event.payload) || "(no details)" },
          { text: `sha256 ${event.hash}`, mono: true },
        ],
      })),
      json: data.timeline,
    };
  },
};
