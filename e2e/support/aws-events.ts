import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

const fixture = (name: string) =>
  JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws", name), "utf8")) as Record<string, unknown>;

/** A "Security Hub Findings - Imported" event carrying one finding with a fresh Id, title and bucket. */
export function eventWith(title: string, bucket: string) {
  const event = fixture("eventbridge-securityhub-findings-imported-afsbp-ec2.7.json");
  const base = fixture("securityhub-asff-control-S3.8-bucket-bpa.json");
  const finding = {
    ...base,
    Id: `arn:aws:securityhub:us-east-1:111111111111:e2e/${randomUUID()}`,
    Title: title,
    Resources: [{ Type: "AwsS3Bucket", Id: `arn:aws:s3:::${bucket}`, Partition: "aws", Region: "us-east-1" }],
  };
  return { ...event, detail: { findings: [finding] } };
}
