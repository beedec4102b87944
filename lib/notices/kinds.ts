export const NOTICE_KINDS = ["regulator", "individuals", "public_media", "sec_filing", "other"] as const;
export type TNoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_LABELS: Record<TNoticeKind, string> = {
  regulator: "Regulator",
  individuals: "Individuals",
  public_media: "Public / media",
  sec_filing: "SEC filing",
  other: "Other",
};
