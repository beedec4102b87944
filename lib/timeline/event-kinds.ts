import { z } from "zod";

/** Every kind of timeline event and the shape of its payload. New kinds are added here, never ad hoc. */
export const TIMELINE_PAYLOADS = {
  "incident.declared": z.object({
    title: z.string(),
    severity: z.string(),
    summary: z.string(),
    commander: z.object({ id: z.string(), name: z.string() }),
  }),
  // ─── Findings intake (issue 4) ───
  "finding.linked": z.object({
    findings: z
      .array(z.object({ id: z.string(), title: z.string(), severity: z.string(), product: z.string(), awsId: z.string() }))
      .min(1),
  }),
  "finding.changed": z.object({
    finding: z.object({ id: z.string(), title: z.string(), awsId: z.string() }),
    changes: z.array(z.string()).min(1),
  }),
} as const;

export type TTimelineKind = keyof typeof TIMELINE_PAYLOADS;
export type TTimelinePayload<K extends TTimelineKind> = z.input<(typeof TIMELINE_PAYLOADS)[K]>;

export const TIMELINE_KIND_LABELS: Record<TTimelineKind, string> = {
  "incident.declared": "Incident declared",
  "finding.linked": "Findings linked",
  "finding.changed": "Linked finding changed",
};
