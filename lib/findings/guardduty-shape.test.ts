import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toNativeGuardDuty } from "@/lib/findings/guardduty-shape";

/** The inverse, as the SDK does it: every member name with an upper-case first letter. */
function toSdkShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toSdkShape);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [/^[a-z]/.test(k) ? k.charAt(0).toUpperCase() + k.slice(1) : k, toSdkShape(v)]));
}

describe("toNativeGuardDuty", () => {
  it("restores a real native GuardDuty finding from its SDK shape", () => {
    for (const name of ["guardduty-native-finding-PenTest-S3-ParrotLinux.sample.json", "guardduty-native-finding-Recon-IAMUser-MaliciousIPCaller.Custom.sample.json"]) {
      const native = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws", name), "utf8")) as unknown;
      expect(toNativeGuardDuty(toSdkShape(native))).toEqual(native);
    }
  });
});
