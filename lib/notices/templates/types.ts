import type { TNoticeKind } from "@/lib/notices/kinds";

/**
 * Where an element's first draft comes from. Each source is filled from the incident by lib/notices/prefill.ts; anything
 * the incident does not know is left as a placeholder marker ("[[…]]") that the completeness check reports.
 */
export type TPrefillSource =
  | "what-happened"
  | "dates"
  | "data-involved"
  | "people-affected"
  | "consequences"
  | "measures"
  | "what-you-can-do"
  | "contact"
  | "findings"
  | "material-impact"
  | "none";

export type TTemplateElement = {
  key: string;
  heading: string;
  /** Required by the law the template implements: the completeness check lists it while empty or still a placeholder. */
  required: boolean;
  /** What the law asks for, shown next to the field. */
  guidance: string;
  prefill: TPrefillSource;
};

export type TNoticeTemplate = {
  id: string;
  label: string;
  regime: string;
  citation: string;
  kind: TNoticeKind;
  /** Obligation rule ids (lib/clocks catalog) this template is the natural draft for. */
  ruleIds: readonly string[];
  subject: string;
  elements: readonly TTemplateElement[];
};
