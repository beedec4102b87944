import { createHash } from "node:crypto";
import type { TRule } from "@/lib/clocks/catalog/model";
import { canonicalJson } from "@/lib/hashing/canonical-json";

/**
 * The SHA-256 of what a rule means: its canonical JSON (RFC 8785) without `url`, which only says where to read the
 * citation. Two rules with the same id and version must have the same digest, in every catalog version: a counsel
 * review and a stored obligation name a rule by id and version, so a version's text may never change under them.
 */
export function ruleDigest(rule: TRule): string {
  const meaning: Partial<TRule> = JSON.parse(JSON.stringify(rule));
  delete meaning.url;
  return createHash("sha256").update(canonicalJson(meaning)).digest("hex");
}
