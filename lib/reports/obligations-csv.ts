import { coverageGapText, coverageGaps } from "@/lib/clocks/coverage";
import type { TIncidentCoverage } from "@/lib/obligations/coverage";
import { toCsv, type TCsvColumn } from "@/lib/csv/write-csv";
import type { TStoredObligation } from "@/lib/status/queries";
import { jurisdictionOf } from "@/lib/status/status";

type TObligationCsvSource = Omit<TStoredObligation, "incidentId" | "trigger" | "owesNotice">;

type TCsvRow = {
  ruleId: string;
  ruleVersion: string;
  recipient: string;
  jurisdiction: string;
  applies: string;
  status: string;
  dueAt: Date | null;
  metAt: Date | null;
  owner: string;
  citation: string;
  reason: string;
  retiredAt: Date | null;
};

/** Column header of each field, in file order (the columns obligations.csv always had). */
const HEADERS: Record<keyof TCsvRow, string> = {
  ruleId: "rule_id", ruleVersion: "rule_version", recipient: "recipient", jurisdiction: "jurisdiction", applies: "applies", status: "status",
  dueAt: "due_at", metAt: "met_at", owner: "owner", citation: "citation", reason: "reason", retiredAt: "retired_at",
};
const COLUMNS: TCsvColumn<TCsvRow>[] = (Object.keys(HEADERS) as (keyof TCsvRow)[]).map((key) => ({ header: HEADERS[key], value: (row) => row[key] }));

const fromObligation = (o: TObligationCsvSource): TCsvRow => ({
  ruleId: o.ruleId, ruleVersion: o.ruleVersion, recipient: o.recipient, jurisdiction: jurisdictionOf(o), applies: o.applies, status: o.status,
  dueAt: o.dueAt, metAt: o.metAt, owner: o.owner?.name ?? "", citation: o.citation, reason: o.reason, retiredAt: o.retiredAt,
});

/**
 * A jurisdiction the register touches but the catalog has no rules for has no obligation row of its own, so a
 * spreadsheet of the rows alone would look complete: it gets a row with status `coverage_gap` saying so.
 */
const fromGap = (jurisdiction: string, catalogVersion: string): TCsvRow => ({
  ruleId: "", ruleVersion: "", recipient: "", jurisdiction, applies: "undetermined", status: "coverage_gap",
  dueAt: null, metAt: null, owner: "", citation: "", reason: coverageGapText({ jurisdiction }, catalogVersion), retiredAt: null,
});

/** obligations.csv: every register row, then one row per coverage gap. */
export function obligationsCsv(obligations: readonly TObligationCsvSource[], coverage: TIncidentCoverage): string {
  return toCsv(COLUMNS, [
    ...obligations.map(fromObligation),
    ...coverageGaps(coverage.coverage).map((entry) => fromGap(entry.jurisdiction, coverage.catalogVersion)),
  ]);
}
