import { RULES_BY_ID } from "@/lib/clocks/catalog";
import { EEA } from "@/lib/clocks/jurisdictions";
import type { TRuleId } from "@/lib/clocks/types";
import type { TNoticeKind } from "@/lib/notices/kinds";
import type { TNoticeTemplate } from "@/lib/notices/templates/types";

/** Notices read by people outside the organisation and its regulators: they get plain words, never internal material. */
export const CONSUMER_KINDS: readonly TNoticeKind[] = ["individuals", "public_media"];

export function isConsumerKind(kind: string): boolean {
  return (CONSUMER_KINDS as readonly string[]).includes(kind);
}

/** The catalog regions ("US-CA", "EU", "UK"…) of the rules a template is written for; empty for a generic template. */
export function templateRegions(template: Pick<TNoticeTemplate, "ruleIds">): string[] {
  const regions = template.ruleIds.map((id) => RULES_BY_ID.get(id as TRuleId)?.region).filter((region): region is NonNullable<typeof region> => Boolean(region));
  return [...new Set<string>(regions)];
}

/**
 * Whether people recorded under jurisdiction `code` fall under a rule of `region`, as the clock engine decides which
 * rows a jurisdiction touches: a US state only its own; "EU" every EU/EEA member state; "UK" Great Britain.
 */
export function jurisdictionInRegion(code: string, region: string): boolean {
  const country = code.slice(0, 2);
  switch (region) {
    case "EU":
      return code === "EU" || EEA.has(country);
    case "UK":
      return country === "GB" || code === "UK";
    default:
      return region.includes("-") ? code === region : country === region;
  }
}

/** Whether a jurisdiction belongs to the audience of a template; a template without rules takes every one. */
export function inTemplateScope(code: string, regions: readonly string[]): boolean {
  return regions.length === 0 || regions.some((region) => jurisdictionInRegion(code, region));
}
