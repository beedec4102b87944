import type { TNoticeKind } from "@/lib/notices/kinds";

/**
 * Where an element's first draft comes from. Each source is filled from the incident by lib/notices/prefill.ts; anything
 * the incident does not know is left as a placeholder marker ("[[…]]") that the completeness check reports.
 */
export type TPrefillSource =
  | "what-happened"
  | "dates"
  | "data-involved"
  | "data-categories"
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
  /** For an element the incident cannot fill: the placeholder its first draft holds, so the check asks for it. */
  placeholder?: string;
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
  /** The law forbids stating how many people were affected in this notice: why, for the completeness check. */
  forbidsPeopleCount?: string;
  /** A legal caution shown above the draft (what the notice must not say, an offer the law requires). */
  caution?: string;
};
