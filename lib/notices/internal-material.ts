import { MOMENTS } from "@/lib/clocks/types";

/**
 * Finds what must never reach a letter to the public: identifiers and vocabulary from the console and from AWS that a
 * reader cannot understand and should not be shown. Pure; the completeness check (content.ts) reports each hit.
 */

export type TInternalKind = "arn" | "control_id" | "finding_type" | "vocabulary" | "placeholder" | "merge_field" | "finding_text";
export type TInternalToken = { kind: TInternalKind; text: string };

/** How each kind is named to the person editing the letter. */
export const INTERNAL_KIND_LABELS: Record<TInternalKind, string> = {
  arn: "an AWS resource name",
  control_id: "a security control id",
  finding_type: "a finding type",
  vocabulary: "an internal field value",
  placeholder: "a placeholder to fill in",
  merge_field: "a merge field that is not a recipient field",
  finding_text: "text copied from a finding",
};

/** The merge syntax renderNoticeText replaces: `{{ field }}`. */
export const MERGE_FIELD = /\{\{\s*([\w-]+)\s*\}\}/g;
/** Merge fields every recipient has. */
export const BUILT_IN_MERGE_FIELDS = ["name", "email", "address"] as const;

const ARN = /\barn:aws[\w-]*:[^\s,;)"'<>]*/gi;
// Security Hub control ids: a service name and a number ("S3.1", "IAM.8", "CloudTrail.2", "EC2.7").
const CONTROL_ID = /\b[A-Z][A-Za-z0-9]{0,24}\.\d{1,3}\b(?!\.\d)/g;
// GuardDuty finding types: "Recon:IAMUser/MaliciousIPCaller.Custom", "UnauthorizedAccess:EC2/SSHBruteForce".
const FINDING_TYPE = /\b[A-Z][A-Za-z0-9]+:[A-Za-z0-9]+\/[\w.!-]+/g;
const SNAKE_CASE = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g;
const MOMENT_TOKEN = new RegExp(`\\b(?:${MOMENTS.filter((m) => /[A-Z]/.test(m)).join("|")})\\b`, "g");
const PLACEHOLDER_ALL = /\[\[[^\]]*\]\]/g;
// Addresses and links legitimately hold underscores and dots: they are not vocabulary.
const ADDRESS_OR_LINK = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Text from a finding shorter than this is too common to recognise as copied ("Root"); longer titles are not. */
const MIN_FINDING_TEXT = 12;

export type TInternalOptions = {
  /** The merge fields the recipients carry (name, email and address always; CSV columns when uploaded). */
  mergeFields?: ReadonlySet<string>;
  /** Titles and other text of the incident's findings, when known: copying them into a letter is flagged too. */
  findingTexts?: readonly string[];
};

export function internalTokens(text: string, options: TInternalOptions = {}): TInternalToken[] {
  const found: TInternalToken[] = [];
  const add = (kind: TInternalKind, hits: Iterable<string>) => {
    for (const hit of hits) if (!found.some((f) => f.kind === kind && f.text === hit)) found.push({ kind, text: hit });
  };
  const findingTexts = (options.findingTexts ?? []).map((t) => t.trim()).filter((t) => t.length >= MIN_FINDING_TEXT);
  const lower = text.toLowerCase();
  add("finding_text", findingTexts.filter((t) => lower.includes(t.toLowerCase())));

  const mergeFields = options.mergeFields ?? new Set<string>(BUILT_IN_MERGE_FIELDS);
  for (const match of text.matchAll(MERGE_FIELD)) {
    const fromFinding = (options.findingTexts ?? []).some((t) => t.includes(match[0]));
    if (fromFinding || !mergeFields.has(match[1]!)) add("merge_field", [match[0]]);
  }
  add("placeholder", text.match(PLACEHOLDER_ALL) ?? []);
  add("arn", text.match(ARN) ?? []);
  const prose = text.replace(ARN, " ").replace(ADDRESS_OR_LINK, " ").replace(MERGE_FIELD, " ").replace(PLACEHOLDER_ALL, " ");
  add("finding_type", prose.match(FINDING_TYPE) ?? []);
  add("control_id", prose.replace(FINDING_TYPE, " ").match(CONTROL_ID) ?? []);
  add("vocabulary", [...(prose.match(SNAKE_CASE) ?? []), ...(prose.match(MOMENT_TOKEN) ?? [])]);
  return found;
}

/** The merge fields a recipient list provides. */
export function recipientMergeFields(recipients: readonly { fields?: Record<string, string> }[]): Set<string> {
  const fields = new Set<string>(BUILT_IN_MERGE_FIELDS);
  for (const recipient of recipients) for (const key of Object.keys(recipient.fields ?? {})) fields.add(key);
  return fields;
}

/** "arn:aws:s3:::bucket (an AWS resource name), S3.1 (a security control id)" — at most a few, then "and N more". */
export function describeInternalTokens(tokens: readonly TInternalToken[], limit = 4): string {
  const shown = tokens.slice(0, limit).map((t) => `${t.kind === "finding_text" ? `“${t.text.slice(0, 60)}”` : t.text} (${INTERNAL_KIND_LABELS[t.kind]})`);
  return tokens.length > limit ? `${shown.join(", ")} and ${tokens.length - limit} more` : shown.join(", ");
}

/**
 * Makes text from outside (finding titles, summaries built from them) inert in a notice: `{{name}}` can never become a
 * merge field and `[[…]]` can never pose as a placeholder. A space between the braces keeps the text readable.
 */
export function neutralizeTemplateSyntax(text: string): string {
  return text.replace(/\{(?=\{)/g, "{ ").replace(/\}(?=\})/g, "} ").replace(/\[(?=\[)/g, "[ ").replace(/\](?=\])/g, "] ");
}
