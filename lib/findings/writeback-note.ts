/** Pure helpers for the Security Hub write-back (BatchUpdateFindings). */

export type TWritebackFinding = { productArn: string; awsId: string };

/** Security Hub accepts at most 100 finding identifiers per BatchUpdateFindings call. */
export const WRITEBACK_CHUNK = 100;

/**
 * The note Security Hub shows on the finding: names the Breachdesk incident. Anyone with Security Hub access reads
 * it, so a need-to-know incident is named by its reference only, never its title. Note.Text is at most 512 characters.
 */
export function writebackNote(incident: { reference: number; title: string; restricted: boolean }): string {
  if (incident.restricted) return `Linked to Breachdesk incident #${incident.reference} (need-to-know: ask its commander).`;
  const prefix = `Linked to Breachdesk incident #${incident.reference}: `;
  const title = incident.title.replace(/\s+/g, " ").trim();
  const room = 512 - prefix.length;
  return prefix + (title.length > room ? `${title.slice(0, room - 1)}…` : title);
}

/**
 * Groups ASFF findings by the Security Hub region that holds them (the region of the ProductArn) in chunks of 100.
 * Native GuardDuty findings (not in Security Hub) and ARNs without a region are left out.
 */
export function writebackBatches(findings: (TWritebackFinding & { format: string })[]): { region: string; findings: TWritebackFinding[] }[] {
  const byRegion = new Map<string, TWritebackFinding[]>();
  for (const f of findings) {
    if (f.format !== "asff") continue;
    const region = /^arn:[^:]+:securityhub:([a-z0-9-]+):/.exec(f.productArn)?.[1];
    if (!region) continue;
    byRegion.set(region, [...(byRegion.get(region) ?? []), { productArn: f.productArn, awsId: f.awsId }]);
  }
  const batches: { region: string; findings: TWritebackFinding[] }[] = [];
  for (const [region, list] of [...byRegion].sort(([a], [b]) => a.localeCompare(b))) {
    for (let i = 0; i < list.length; i += WRITEBACK_CHUNK) batches.push({ region, findings: list.slice(i, i + WRITEBACK_CHUNK) });
  }
  return batches;
}
