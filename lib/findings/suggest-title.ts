/** The incident title offered when findings are opened as an incident; the commander can change it before opening. */

export type TTitleSource = { title: string; severityRank: number; resource: string };

const MAX = 200;

/** "arn:aws:s3:::customer-exports" → "customer-exports"; "i-0abc" stays. */
export function resourceShortName(resource: string): string {
  const tail = resource.split(/[:/]/).filter(Boolean).at(-1);
  return tail && tail.length > 0 ? tail : resource;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX ? `${flat.slice(0, MAX - 1)}…` : flat;
}

/**
 * The most severe finding's title, with the resource it is about and how many more findings come with it:
 * "S3 bucket allows public reads — customer-exports (+2 related findings)". Empty when nothing is selected.
 */
export function suggestIncidentTitle(findings: readonly TTitleSource[]): string {
  if (findings.length === 0) return "";
  const lead = [...findings].sort((a, b) => b.severityRank - a.severityRank)[0]!;
  const resources = new Set(findings.map((f) => f.resource));
  const others = findings.length - 1;
  if (others === 0) return clip(lead.title);
  const where = resources.size === 1 ? resourceShortName(lead.resource) : `${resources.size} resources`;
  const suffix = ` — ${where} (+${others} related finding${others === 1 ? "" : "s"})`;
  const room = MAX - suffix.length;
  const title = lead.title.replace(/\s+/g, " ").trim();
  return `${title.length > room ? `${title.slice(0, room - 1)}…` : title}${suffix}`;
}
