import { z } from "zod";

/** Every kind of timeline event and the shape of its payload. New kinds are added here, never ad hoc. */
export const TIMELINE_PAYLOADS = {
  "incident.declared": z.object({
    title: z.string(),
    severity: z.string(),
    summary: z.string(),
    commander: z.object({ id: z.string(), name: z.string() }),
  }),
} as const;

export type TTimelineKind = keyof typeof TIMELINE_PAYLOADS;
export type TTimelinePayload<K extends TTimelineKind> = z.input<(typeof TIMELINE_PAYLOADS)[K]>;

export const TIMELINE_KIND_LABELS: Record<TTimelineKind, string> = {
  "incident.declared": "Incident declared",
};
