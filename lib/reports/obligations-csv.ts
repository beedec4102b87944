import { coverageGapText, coverageGaps } from "@/lib/clocks/coverage";
import type { TIncidentCoverage } from "@/lib/obligations/coverage";
import { toCsv, type TCsvColumn } from "@/lib/reports/csv";
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

const COLUMNS: TCsvColumn<TCsvRow>[] = [
  { header: "rule_id", value: (r) => r.ruleId },
  { header: "rule_version", value: (r) => r.ruleVersion },
  { header: "recipient", value: (r) => r.recipient },
  { header: "jurisdiction", value: (r) => r.jurisdiction },
  { header: "applies", value: (r) => r.applies },
  { header: "status", value: (r) => r.status },
  { header: "due_at", value: (r) => r.dueAt },
  { header: "met_at", value: (r) => r.metAt },
  { header: "owner", value: (r) => r.owner },
  { header: "citation", value: (r) => r.citation },
  { header: "reason", value: (r) => r.reason },
  { header: "retired_at", value: (r) => r.retiredAt },
];

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
