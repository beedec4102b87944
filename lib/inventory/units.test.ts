import { describe, expect, it } from "vitest";
import { inventoryUnits } from "@/lib/inventory/units";
import { inventoryCron } from "@/lib/inventory/worker-cron";

describe("inventory units", () => {
  it("covers each role once for S3 and each role and region for the regional services, without repeats", () => {
    const role = "arn:aws:iam::222222222222:role/Reader";
    const units = inventoryUnits([
      { region: "us-east-1", roleArn: "" },
      { region: "us-east-1", roleArn: "" }, // a Security Hub and a GuardDuty source of the same account and region
      { region: "eu-west-1", roleArn: role },
      { region: "us-east-1", roleArn: role },
    ]);
    expect(units.filter((u) => u.service === "s3").map((u) => u.scope)).toEqual(["default-credentials|global|s3", `${role}|global|s3`]);
    expect(units.filter((u) => u.service === "rds").map((u) => u.scope)).toEqual(["default-credentials|us-east-1|rds", `${role}|eu-west-1|rds`, `${role}|us-east-1|rds`]);
    expect(units.find((u) => u.roleArn === role)?.accountId).toBe("222222222222");
    expect(new Set(units.map((u) => u.scope)).size).toBe(units.length);
  });
});

describe("inventory schedule", () => {
  it("runs every N hours on the hour, daily at 24, never at 0", () => {
    expect(inventoryCron(6)).toBe("0 */6 * * *");
    expect(inventoryCron(24)).toBe("0 0 * * *");
    expect(inventoryCron(0)).toBeNull();
  });
});
