import { regionName } from "@/lib/clocks/jurisdictions";
import { momentName } from "@/lib/timeline-text/clocks";
import { factLabel } from "@/lib/timeline-text/facts";

/** What to record to settle an open question, from the facts pointer the engine names ("/incident/riskLevel"). */
function missingFact(pointer: string): string {
  const [root, field, third] = pointer.split("/").filter(Boolean) as [string, string | undefined, string | undefined];
  if (root === "moments" && field) return `declare ${momentName(field)}`;
  if (root === "affected" && third === "count") return "record the number of people affected";
  if (root === "incident" && field) return `answer “${factLabel(`incident.${field}`)}” in the incident's facts`;
  if (root === "organisation") return "complete the organisation profile";
  return "record the missing fact";
}

const CODE = "[A-Z]{2}(?:-[A-Z]{2})?";

/**
 * The clock engine's reason for an obligation's applicability, in words a regulator or a lawyer reads: facts pointers
 * become what to record ("risk assessment not assessed: answer “risk assessment” in the incident's facts"), region
 * codes become names ("no affected residents of Texas"), and the sentence is capitalised and closed.
 */
export function reasonInWords(reason: string): string {
  const text = reason
    .trim()
    .replace(/^applies on the declared facts$/, "applies on the recorded facts")
    .replace(/^applies: /, "applies (")
    .replace(/:\s*(\/[A-Za-z0-9_/]+)/g, (_, pointer: string) => `: ${missingFact(pointer)}`)
    .replace(new RegExp(`residents of (${CODE})\\b`, "g"), (_, code: string) => `residents of ${regionName(code)}`)
    .replace(new RegExp(`the (${CODE}) personal-information definition`, "g"), (_, code: string) => `the personal-information definition of ${regionName(code)}`)
    .replace(/\b(?:US|CA)-[A-Z]{2}\b/g, (code) => regionName(code));
  if (!text) return "";
  const closed = reason.trim().startsWith("applies: ") ? `${text})` : text;
  return `${closed.charAt(0).toUpperCase()}${closed.slice(1)}${/[.!?]$/.test(closed) ? "" : "."}`;
}
