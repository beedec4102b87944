import { describe, expect, it } from "vitest";
import { parseSourceList, pullWindowStart } from "@/lib/findings/sources";
import { parseEnv } from "@/lib/env";

describe("BREACHDESK_AWS_SOURCES", () => {
  it("parses kinds, regions and an optional role ARN", () => {
    expect(parseSourceList("securityhub:us-east-1, guardduty:eu-west-1:arn:aws:iam::123456789012:role/Reader")).toEqual([
      { kind: "securityhub", region: "us-east-1", roleArn: "" },
      { kind: "guardduty", region: "eu-west-1", roleArn: "arn:aws:iam::123456789012:role/Reader" },
    ]);
    expect(parseSourceList(undefined)).toEqual([]);
  });

  it("is checked at start-up", () => {
    expect(() => parseEnv({ BREACHDESK_AWS_SOURCES: "macie:us-east-1" })).toThrow(/BREACHDESK_AWS_SOURCES/);
    expect(parseEnv({ BREACHDESK_AWS_SOURCES: "securityhub:us-east-1" }).BREACHDESK_AWS_SOURCES).toBe("securityhub:us-east-1");
  });
});

describe("pullWindowStart", () => {
  it("starts the overlap before the watermark, or at the fallback when there is none", () => {
    const fallback = new Date("2020-01-01T00:00:00Z");
    expect(pullWindowStart(new Date("2030-01-01T00:05:00Z"), 5 * 60_000, fallback).toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(pullWindowStart(null, 1, fallback)).toBe(fallback);
  });
});
