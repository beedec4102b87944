/** How an incident's number is shown everywhere (pages, e-mails, reports): INC-0042. Pure. */
export function incidentReference(reference: number): string {
  return `INC-${String(reference).padStart(4, "0")}`;
}
