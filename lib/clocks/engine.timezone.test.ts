import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The output must not depend on the process TZ. This file runs the CLI over every fixture under several TZ values
 * and compares the bytes; `npm run test:unit` additionally reruns the whole clocks folder under three TZ values.
 */
const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = ["us-multistate-hipaa.json", "eu-fintech-nis2-dora.json", "apac-latam-processor.json", "example-c-sec-california.json"];

function outputUnder(tz: string, fixture: string): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/clocks.ts", path.join("lib/clocks/fixtures", fixture)], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, TZ: tz },
  });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe.skipIf(Boolean(process.env.CLOCKS_TZ_RERUN))("output independent of the process time zone", () => {
  it.each(FIXTURES)("%s is byte-identical under UTC, Los Angeles, Kolkata and Lord Howe", (fixture) => {
    const reference = outputUnder("UTC", fixture);
    for (const tz of ["America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe"]) expect(outputUnder(tz, fixture)).toBe(reference);
  }, 120_000); // four CLI processes one after another: past the unit default on a loaded 2-core machine
});
