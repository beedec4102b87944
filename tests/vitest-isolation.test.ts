import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MOCKING_UNIT_TESTS } from "@/vitest.config";

const ROOT = path.resolve(__dirname, "..");

function testFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : testFiles(relative);
    return entry.name.endsWith(".test.ts") && !entry.name.endsWith(".integration.test.ts") ? [relative] : [];
  });
}

describe("unit tests share their workers' modules", () => {
  it("runs every unit test file that replaces a module (vi.mock) in the isolated project, and only those", () => {
    const mocking = ["lib", "scripts", "tests"].flatMap(testFiles).filter((file) => /\bvi\.(mock|doMock|resetModules)\(/.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(mocking.sort()).toEqual([...MOCKING_UNIT_TESTS].sort());
  });
});
