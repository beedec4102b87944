import { describe, expect, it } from "vitest";
import { writebackBatches, writebackNote } from "@/lib/findings/writeback-note";

describe("writebackNote", () => {
  it("names the incident by reference and title, on one line", () => {
    expect(writebackNote({ reference: 42, title: "Public bucket\n  exposed", restricted: false })).toBe("Linked to Breachdesk incident #42: Public bucket exposed");
  });
  it("names a need-to-know incident by its reference only: its title never reaches Security Hub", () => {
    const note = writebackNote({ reference: 42, title: "Board member's mailbox exfiltrated", restricted: true });
    expect(note).toBe("Linked to Breachdesk incident #42 (need-to-know: ask its commander).");
    expect(note).not.toContain("mailbox");
  });
  it("stays within Security Hub's 512-character note limit", () => {
    const note = writebackNote({ reference: 7, title: "x".repeat(2_000), restricted: false });
    expect(note).toHaveLength(512);
    expect(note.endsWith("…")).toBe(true);
  });
});

describe("writebackBatches", () => {
  const asff = (region: string, n: number) => ({ format: "asff", productArn: `arn:aws:securityhub:${region}::product/aws/securityhub`, awsId: `id-${region}-${n}` });
  it("groups Security Hub findings by the region of their ProductArn in chunks of 100, skipping native GuardDuty ones", () => {
    const batches = writebackBatches([
      ...Array.from({ length: 150 }, (_, n) => asff("us-east-1", n)),
      asff("eu-west-1", 1),
      { format: "guardduty", productArn: "arn:aws:guardduty:eu-west-1::product/aws/guardduty", awsId: "arn:aws:guardduty:eu-west-1:1:detector/d/finding/f" },
    ]);
    expect(batches.map((b) => [b.region, b.findings.length])).toEqual([
      ["eu-west-1", 1],
      ["us-east-1", 100],
      ["us-east-1", 50],
    ]);
  });
});
