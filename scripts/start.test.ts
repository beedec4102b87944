import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildFingerprint, resolveDataKeyFile } from "./start";

describe("buildFingerprint", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "breachdesk-fingerprint-"));
    for (const dir of ["app", "lib/generated/prisma", "lib/incidents", "prisma"]) {
      await mkdir(path.join(root, dir), { recursive: true });
    }
    await writeFile(path.join(root, "app/page.tsx"), "export default function Page() {}\n");
    await writeFile(path.join(root, "lib/incidents/service.ts"), "export {};\n");
    await writeFile(path.join(root, "prisma/schema.prisma"), "// schema\n");
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("is stable while nothing changes", async () => {
    expect(await buildFingerprint(root, {})).toBe(await buildFingerprint(root, {}));
  });

  it("changes when a source file is edited, added, or touched", async () => {
    const before = await buildFingerprint(root, {});
    await writeFile(path.join(root, "lib/incidents/service.ts"), "export const x = 1;\n");
    const edited = await buildFingerprint(root, {});
    expect(edited).not.toBe(before);

    await writeFile(path.join(root, "app/layout.tsx"), "export {};\n");
    const added = await buildFingerprint(root, {});
    expect(added).not.toBe(edited);

    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(root, "prisma/schema.prisma"), later, later);
    expect(await buildFingerprint(root, {})).not.toBe(added);
  });

  it("ignores the generated Prisma client and test files, which do not change the build", async () => {
    const before = await buildFingerprint(root, {});
    await writeFile(path.join(root, "lib/generated/prisma/client.ts"), "export {};\n");
    await writeFile(path.join(root, "lib/incidents/service.test.ts"), "export {};\n");
    expect(await buildFingerprint(root, {})).toBe(before);
  });

  it("changes with NEXT_PUBLIC_ variables, which Next.js inlines at build time, and only with those", async () => {
    const before = await buildFingerprint(root, { DATABASE_URL: "a" });
    expect(await buildFingerprint(root, { DATABASE_URL: "b" })).toBe(before);
    expect(await buildFingerprint(root, { NEXT_PUBLIC_BRAND: "x" })).not.toBe(before);
  });
});

describe("resolveDataKeyFile (the embedded database's ledger key)", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "breachdesk-data-key-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("creates a 32-byte key readable by its owner only, and gives the same one on every later start", async () => {
    const file = path.join(dir, "nested", "data-key");
    const first = await resolveDataKeyFile(file);
    expect(Buffer.from(first, "base64")).toHaveLength(32);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await resolveDataKeyFile(file)).toBe(first);
  });

  it("makes consoles starting at the same moment agree on one key", async () => {
    const file = path.join(dir, "data-key");
    const keys = await Promise.all(Array.from({ length: 5 }, () => resolveDataKeyFile(file)));
    expect(new Set(keys).size).toBe(1);
  });

  it("refuses a file that is not a key rather than replace it", async () => {
    const file = path.join(dir, "data-key");
    await writeFile(file, "not a key\n");
    await expect(resolveDataKeyFile(file)).rejects.toThrow(/does not hold a data key/);
  });
});
