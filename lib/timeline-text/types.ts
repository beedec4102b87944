import type { z } from "zod";
import type { TIMELINE_PAYLOADS, TTimelineKind } from "@/lib/timeline/event-kinds";
import type { TSentence } from "@/lib/timeline-text/parts";

/** What a sentence may say about its event besides the payload: who, and when it was written down. */
export type TEventContext = { actor: string; occurredAt: Date; recordedAt: Date };

/** One sentence writer per kind, each given its payload already checked against the kind's schema. */
export type TDescribers = {
  [K in TTimelineKind]?: (payload: z.output<(typeof TIMELINE_PAYLOADS)[K]>, event: TEventContext) => TSentence;
};
