import type { TNoticeKind } from "@/lib/notices/kinds";

// Which kind of notice an obligation's rule calls for, read from the catalog's rule ids (first match wins). Rules
// that are internal records, not notices, call for none. Everything else goes to an authority: a regulator notice.
const RULE_KINDS: readonly [RegExp, TNoticeKind | null][] = [
  [/^US-SEC-/, "sec_filing"],
  [/^US-HIPAA-406$/, "public_media"],
  [/^US-HIPAA-404$|^US-MD-14-3504$|-(IND|DS|TIT|DP|CM|RECIP|CLIENT)$/, "individuals"],
  // State rows to residents whose suffix names their sector, not their audience (one notice may also go to the AG).
  [/^US-GA-46-5-214-TEL$|^US-NV-675\.283-FIN$|^US-VA-32\.1-127\.1-05-MED$/, "individuals"],
  [/-(ASSESS|REC)$|^US-CA-1798\.150$/, null],
  [/-(VND|PROC|CRA|ORG)$|^US-HIPAA-410$/, "other"],
];

/** The kind of notice an obligation's rule calls for (null: the rule is not a notice to anyone). */
export function obligationKind(ruleId: string): TNoticeKind | null {
  for (const [pattern, kind] of RULE_KINDS) if (pattern.test(ruleId)) return kind;
  return "regulator";
}
