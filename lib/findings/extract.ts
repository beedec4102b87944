/**
 * Turns any accepted container into the findings it carries, each with the JSON text to store verbatim:
 *  - an ASFF finding, or a native GuardDuty finding (GuardDuty's API / EventBridge `detail` shape);
 *  - `{"Findings": [...]}` (Security Hub GetFindings output, BatchImportFindings input);
 *  - an EventBridge event: "Security Hub Findings - Imported" / "- Custom Action" (`detail.findings[]`) or
 *    "GuardDuty Finding" (`detail` is the finding);
 *  - a JSON array of any of these.
 * NDJSON files are split into lines by the reader and each line goes through here. Pure.
 */
import type { TIncomingFinding } from "@/lib/findings/ingest";
import { tryJsonSpans, type TJsonSpan } from "@/lib/findings/json-spans";

export type TContainerProblem = { index: number; reason: string };

const MAX_DEPTH = 3;

/**
 * `rawText`, when given, is the JSON text `value` was parsed from: a finding found inside a container is then kept
 * as its exact slice of that text (verbatim bytes), not re-serialized.
 */
export function extractFindings(value: unknown, rawText?: string): { findings: TIncomingFinding[]; problems: string[] } {
  const isContainer = Array.isArray(value) || (typeof value === "object" && value !== null && ("Findings" in value || "detail-type" in value));
  const span = rawText !== undefined && isContainer ? tryJsonSpans(rawText) : null;
  const text = span ? rawText : undefined;
  return extract(value, (s) => (text !== undefined && s ? text.slice(s.start, s.end) : undefined), span ?? undefined, rawText, 0);
}

type TSlice = (span: TJsonSpan | undefined) => string | undefined;

function extract(value: unknown, slice: TSlice, span: TJsonSpan | undefined, rawText: string | undefined, depth: number): { findings: TIncomingFinding[]; problems: string[] } {
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return { findings: [], problems: ["arrays nested too deeply"] };
    const findings: TIncomingFinding[] = [];
    const problems: string[] = [];
    value.forEach((element, i) => {
      const child = span?.items?.[i];
      const part = extract(element, slice, child, slice(child), depth + 1);
      findings.push(...part.findings);
      problems.push(...part.problems);
    });
    return { findings, problems };
  }
  if (typeof value !== "object" || value === null) {
    return { findings: [], problems: [`expected a finding, an event or a list, got ${value === null ? "null" : typeof value}`] };
  }
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.Findings)) return items(record.Findings, slice, span?.fields?.get("Findings"));
  if (typeof record["detail-type"] === "string" && "detail" in record) {
    const detail = record.detail as Record<string, unknown> | null;
    const detailSpan = span?.fields?.get("detail");
    if (detail && Array.isArray(detail.findings)) return items(detail.findings, slice, detailSpan?.fields?.get("findings"));
    if (record["detail-type"] === "GuardDuty Finding" && detail && typeof detail === "object") {
      return { findings: [{ value: detail, raw: slice(detailSpan) ?? JSON.stringify(detail) }], problems: [] };
    }
    return { findings: [], problems: [`EventBridge event of type "${String(record["detail-type"]).slice(0, 100)}" carries no findings`] };
  }
  return { findings: [{ value, raw: rawText ?? JSON.stringify(value) }], problems: [] };
}

function items(list: unknown[], slice: TSlice, span: TJsonSpan | undefined): { findings: TIncomingFinding[]; problems: string[] } {
  return { findings: list.map((item, i) => ({ value: item, raw: slice(span?.items?.[i]) ?? JSON.stringify(item) })), problems: [] };
}
