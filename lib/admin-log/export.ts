import { adminActionLabel } from "@/lib/admin-log/actions";
import { toCsv, type TCsvColumn } from "@/lib/csv/write-csv";

export type TAdminAuditRow = {
  seq: number;
  at: Date;
  actorKind: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  targetLabel: string;
  before: unknown;
  after: unknown;
};

const COLUMNS: readonly TCsvColumn<TAdminAuditRow>[] = [
  { header: "Entry", value: (r) => r.seq },
  { header: "At (UTC)", value: (r) => r.at },
  { header: "Actor kind", value: (r) => r.actorKind },
  { header: "Actor id", value: (r) => r.actorId },
  { header: "Actor", value: (r) => r.actorLabel },
  { header: "Action", value: (r) => r.action },
  { header: "Action label", value: (r) => adminActionLabel(r.action) },
  { header: "Target type", value: (r) => r.targetType },
  { header: "Target id", value: (r) => r.targetId },
  { header: "Target", value: (r) => r.targetLabel },
  { header: "Before (JSON)", value: (r) => (r.before === null ? "" : JSON.stringify(r.before)) },
  { header: "After (JSON)", value: (r) => (r.after === null ? "" : JSON.stringify(r.after)) },
];

/** Pure: the log as CSV (formula-injection safe: names and labels come from people). */
export function adminAuditCsv(rows: readonly TAdminAuditRow[]): string {
  return toCsv(COLUMNS, rows);
}

/** Pure: the log as JSON, one object per entry with ISO instants. */
export function adminAuditJson(rows: readonly TAdminAuditRow[]): string {
  return `${JSON.stringify({ entries: rows.map((r) => ({ ...r, at: r.at.toISOString() })) }, null, 2)}\n`;
}
