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

export type TContainerProblem = { index: number; reason: string };

const MAX_DEPTH = 3;

export function extractFindings(
  value: unknown,
  rawText?: string,
  depth = 0,
): { findings: TIncomingFinding[]; problems: string[] } {
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return { findings: [], problems: ["arrays nested too deeply"] };
    const findings: TIncomingFinding[] = [];
    const problems: string[] = [];
    for (const element of value) {
      const part = extractFindings(element, undefined, depth + 1);
      findings.push(...part.findings);
      problems.push(...part.problems);
    }
    return { findings, problems };
  }
  if (typeof value !== "object" || value === null) {
    return { findings: [], problems: [`expected a finding, an event or a list, got ${value === null ? "null" : typeof value}`] };
  }
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.Findings)) return items(record.Findings);
  if (typeof record["detail-type"] === "string" && "detail" in record) {
    const detail = record.detail as Record<string, unknown> | null;
    if (detail && Array.isArray(detail.findings)) return items(detail.findings);
    if (record["detail-type"] === "GuardDuty Finding" && detail && typeof detail === "object") {
      return { findings: [{ value: detail, raw: JSON.stringify(detail) }], problems: [] };
    }
    return { findings: [], problems: [`EventBridge event of type "${String(record["detail-type"]).slice(0, 100)}" carries no findings`] };
  }
  return { findings: [{ value, raw: rawText ?? JSON.stringify(value) }], problems: [] };
}

function items(list: unknown[]): { findings: TIncomingFinding[]; problems: string[] } {
  return { findings: list.map((item) => ({ value: item, raw: JSON.stringify(item) })), problems: [] };
}
