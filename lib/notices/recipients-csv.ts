import { parse } from "csv-parse/sync";
import { z } from "zod";
import { sanitizeMergeValue, type TNoticeRecipient } from "@/lib/notices/content";
import { duplicateReason, duplicateRecipients } from "@/lib/notices/duplicate-recipients";

export const MAX_CSV_RECIPIENTS = 100_000;

export type TBadRow = { line: number; reason: string };

const ZAddress = z.email();

/**
 * Parses a recipients CSV (header row required, an `email` column, optional `name`, any other columns become merge
 * fields). Rows that are not valid are reported with their line number and left out. A repeated address (compared
 * without regard to case) is reported apart, in `duplicates`: the caller refuses the whole list, naming the line.
 */
export function parseRecipientsCsv(text: string): { recipients: TNoticeRecipient[]; badRows: TBadRow[]; duplicates: TBadRow[] } {
  let rows: { record: Record<string, string>; line: number }[];
  try {
    rows = (parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, relax_column_count: true, info: true }) as { record: Record<string, string>; info: { lines: number } }[]).map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (error) {
    return { recipients: [], badRows: [{ line: (error as { lines?: number }).lines ?? 1, reason: `the file is not valid CSV (${(error as Error).message})` }], duplicates: [] };
  }
  const recipients: TNoticeRecipient[] = [];
  const lines: number[] = [];
  const badRows: TBadRow[] = [];
  if (rows.length > 0 && !("email" in rows[0]!.record)) {
    return { recipients: [], badRows: [{ line: 1, reason: "the header row has no email column" }], duplicates: [] };
  }
  for (const { record, line } of rows) {
    if (recipients.length >= MAX_CSV_RECIPIENTS) {
      badRows.push({ line, reason: `more than ${MAX_CSV_RECIPIENTS} recipients` });
      continue;
    }
    const address = (record.email ?? "").trim().toLowerCase();
    if (!address) {
      badRows.push({ line, reason: "email is empty" });
      continue;
    }
    if (!ZAddress.safeParse(address).success) {
      badRows.push({ line, reason: `"${sanitizeMergeValue(address).slice(0, 80)}" is not an e-mail address` });
      continue;
    }
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(record)) {
      if (key === "email" || key === "name" || !/^[\w-]{1,40}$/.test(key)) continue;
      fields[key] = sanitizeMergeValue(value ?? "");
    }
    recipients.push({ address, name: sanitizeMergeValue(record.name ?? ""), fields });
    lines.push(line);
  }
  const duplicates = duplicateRecipients(recipients).map((d) => ({ line: lines[d.index]!, reason: duplicateReason(d, (index) => `line ${lines[index]}`) }));
  return { recipients, badRows, duplicates };
}
