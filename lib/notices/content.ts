import { statesPeopleCount } from "@/lib/notices/templates/us-state-residents";
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { isConsumerKind } from "@/lib/notices/audience";
import { describeInternalTokens, internalTokens, MERGE_FIELD, recipientMergeFields } from "@/lib/notices/internal-material";
import type { TNoticeTemplate } from "@/lib/notices/templates/types";

export type TNoticeSection = { key: string; heading: string; body: string };
export type TNoticeContent = { subject: string; sections: TNoticeSection[] };
export type TNoticeRecipient = { address: string; name?: string; fields?: Record<string, string> };

/** The marker a pre-filled draft leaves where the incident did not know the answer. */
export const PLACEHOLDER = /\[\[[^\]]*\]\]/;

/**
 * SHA-256 (hex) of the RFC 8785 canonical JSON of exactly { content, recipients }: an approval is bound to this, so
 * any change to the text or to who receives it is a different hash. Key order and insignificant whitespace in the
 * JSON cannot change it; a changed character or recipient always does.
 */
export function noticeContentHash(content: TNoticeContent, recipients: TNoticeRecipient[]): string {
  const canonical = canonicalize({ content, recipients });
  if (canonical === undefined) throw new Error("notice content is not serializable");
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

export type TMissingElement = { key: string; heading: string; reason: string };

export type TCompletenessOptions = {
  /** The notice's kind when it differs from its template's: letters to individuals or the public are held to plain words. */
  kind?: string;
  /** Text of the incident's findings, when the caller has it: a letter to the public must not quote it. */
  findingTexts?: readonly string[];
};

/**
 * Required elements still empty or still holding a placeholder marker, and an empty recipient list. A notice to
 * individuals or the public is also refused any internal material (ARNs, control ids, vocabulary tokens, stray
 * placeholders, merge fields no recipient has or that came from finding text), in every element and the subject.
 */
export function missingElements(template: TNoticeTemplate, content: TNoticeContent, recipients: TNoticeRecipient[], options: TCompletenessOptions = {}): TMissingElement[] {
  const missing: TMissingElement[] = [];
  if (!content.subject.trim()) missing.push({ key: "subject", heading: "Subject", reason: "is empty" });
  else if (PLACEHOLDER.test(content.subject)) missing.push({ key: "subject", heading: "Subject", reason: "still has a placeholder to fill in" });
  for (const element of template.elements) {
    if (!element.required) continue;
    const section = content.sections.find((s) => s.key === element.key);
    const body = section?.body.trim() ?? "";
    if (!body) missing.push({ key: element.key, heading: element.heading, reason: "is empty" });
    else if (PLACEHOLDER.test(body)) missing.push({ key: element.key, heading: element.heading, reason: "still has a placeholder to fill in" });
  }
  if (template.forbidsPeopleCount) {
    for (const part of [{ key: "subject", heading: "Subject", body: content.subject }, ...content.sections]) {
      if (statesPeopleCount(part.body)) missing.push({ key: `${part.key}:count`, heading: part.heading, reason: `states a number of people affected: this notice ${template.forbidsPeopleCount}` });
    }
  }
  if (isConsumerKind(options.kind ?? template.kind)) missing.push(...internalMaterial(content, recipients, options, missing));
  if (recipients.length === 0) missing.push({ key: "recipients", heading: "Recipients", reason: "no recipient yet" });
  return missing;
}

function internalMaterial(content: TNoticeContent, recipients: TNoticeRecipient[], options: TCompletenessOptions, alreadyMissing: readonly TMissingElement[]): TMissingElement[] {
  const check = { mergeFields: recipientMergeFields(recipients), findingTexts: options.findingTexts ?? [] };
  const parts = [{ key: "subject", heading: "Subject", body: content.subject }, ...content.sections];
  const found: TMissingElement[] = [];
  for (const part of parts) {
    // A required element already reported for its placeholder is not reported twice for it.
    const reported = alreadyMissing.some((m) => m.key === part.key);
    const tokens = internalTokens(part.body, check).filter((t) => !(reported && t.kind === "placeholder"));
    if (tokens.length) found.push({ key: `${part.key}:internal`, heading: part.heading, reason: `contains internal material a reader would not understand: ${describeInternalTokens(tokens)}; write it in plain words` });
  }
  return found;
}

/** Merge values may come from an uploaded CSV: no line breaks or control characters, bounded length. */
export function sanitizeMergeValue(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, " ").trim().slice(0, 200);
}

/**
 * Plain text of a notice for one recipient. `{{name}}` and `{{field}}` are replaced by the recipient's values
 * (sanitized); unknown fields become empty. The result is text/plain — never HTML — so finding text or merge values
 * cannot become markup. Apart from the merge, the approved subject and section bodies go out exactly as approved:
 * nothing is trimmed, cut or replaced here (the draft schemas refuse what could not be sent as it is).
 */
export function renderNoticeText(content: TNoticeContent, recipient?: TNoticeRecipient): { subject: string; text: string } {
  const merge = (text: string) =>
    text.replace(MERGE_FIELD, (_, field: string) => {
      if (!recipient) return `{{${field}}}`;
      if (field === "name") return sanitizeMergeValue(recipient.name ?? "");
      if (field === "email" || field === "address") return sanitizeMergeValue(recipient.address);
      return sanitizeMergeValue(recipient.fields?.[field] ?? "");
    });
  const text = content.sections
    .filter((section) => section.body.trim())
    .map((section) => `${section.heading}\n\n${merge(section.body)}`)
    .join("\n\n");
  return { subject: merge(content.subject), text: `${text}\n` };
}

/** The text two versions are compared on in the review queue: subject, then every section, then recipients. */
export function comparableText(content: TNoticeContent, recipients: TNoticeRecipient[]): string {
  const body = content.sections.map((s) => `## ${s.heading}\n${s.body.trim()}`).join("\n\n");
  const list = recipients.map((r) => (r.name ? `${r.name} <${r.address}>` : r.address)).join("\n");
  return `Subject: ${content.subject}\n\n${body}\n\n## Recipients (${recipients.length})\n${list}\n`;
}
