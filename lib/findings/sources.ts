export type TSourceSpec = { kind: "securityhub" | "guardduty"; region: string; roleArn: string };

/** Parses BREACHDESK_AWS_SOURCES ("securityhub:us-east-1,guardduty:eu-west-1:arn:aws:iam::1:role/x"). Pure. */
export function parseSourceList(value: string | undefined): TSourceSpec[] {
  if (!value) return [];
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [kind, region, ...role] = part.split(":");
      if (kind !== "securityhub" && kind !== "guardduty") throw new Error(`Unknown source kind in "${part}"`);
      return { kind, region: region ?? "", roleArn: role.join(":") };
    });
}

/** The UpdatedAt filter start: the watermark minus a safety overlap (replays are harmless; gaps are not). */
export function pullWindowStart(watermark: Date | null, overlapMs: number, fallbackStart: Date): Date {
  return watermark ? new Date(watermark.getTime() - overlapMs) : fallbackStart;
}
