import { describe, expect, it } from "vitest";
import { CATALOG, CATALOG_VERSION, RULES_BY_ID } from "@/lib/clocks/catalog";
import { ruleDigest } from "@/lib/clocks/catalog/digest";
import type { TRule } from "@/lib/clocks/catalog/model";
import { CATALOG_RELEASES } from "@/lib/clocks/catalog/releases";
import { catalogChanges, recordRelease, releaseOf, releaseProblems, type TCatalogRelease } from "@/lib/clocks/catalog/releases-check";

const rule = (id: string) => RULES_BY_ID.get(id as TRule["id"])!;
const release = (catalogVersion: string, rules: Record<string, [string, string]>): TCatalogRelease => ({ catalogVersion, rules });

describe("recorded catalog versions", () => {
  it("record the catalog as it is now under CATALOG_VERSION (change a rule: new CATALOG_VERSION, then npm run catalog:release)", () => {
    expect(releaseProblems(releaseOf(CATALOG_VERSION, CATALOG), CATALOG_RELEASES)).toEqual([]);
  });

  it("digest a rule's meaning: any field but the link changes it", () => {
    const base = rule("US-CA-1798.82-AG");
    expect(ruleDigest({ ...base, url: "https://example.org/elsewhere" })).toBe(ruleDigest(base));
    expect(ruleDigest({ ...base, citation: `${base.citation} ` })).not.toBe(ruleDigest(base));
    expect(ruleDigest({ ...base, gates: base.gates.slice(1) })).not.toBe(ruleDigest(base));
  });

  it("refuse a catalog whose rules changed while its version stayed", () => {
    const recorded = [release("2026-11-22.1", { A: ["v1", "d1"], B: ["v1", "d2"] })];
    expect(releaseProblems(release("2026-11-22.1", { A: ["v1", "d1"], B: ["v1", "d2"] }), recorded)).toEqual([]);
    const added = releaseProblems(release("2026-11-22.1", { A: ["v1", "d1"], B: ["v1", "d2"], C: ["v1", "d3"] }), recorded);
    expect(added).toEqual([expect.stringContaining("changed after version 2026-11-22.1 was recorded (C)")]);
    expect(releaseProblems(release("2026-12-01.1", { A: ["v1", "d1"] }), recorded)).toEqual([
      "Catalog version 2026-12-01.1 is not recorded. Run `npm run catalog:release`.",
    ]);
  });

  it("refuse a rule version whose text changed, in any recorded version", () => {
    const recorded = [release("2026-11-22.1", { A: ["v1", "d1"] }), release("2026-12-01.1", { A: ["v1", "d1"] })];
    const problems = releaseProblems(release("2026-12-02.1", { A: ["v1", "other"] }), [...recorded, release("2026-12-02.1", { A: ["v1", "other"] })]);
    expect(problems).toEqual(["Rule A version v1 has changed text under the same version: give the rule a new version."]);
    expect(recordRelease(release("2026-12-02.1", { A: ["v1", "other"] }), recorded)).toEqual({ ok: false, problems });
  });

  it("record a new version once, after the last, and never rewrite one", () => {
    const recorded = [release("2026-11-22.1", { A: ["v1", "d1"] })];
    const next = release("2026-12-01.1", { A: ["v2", "d9"] });
    expect(recordRelease(next, recorded)).toEqual({ ok: true, releases: [...recorded, next], recorded: true });
    expect(recordRelease(next, [...recorded, next])).toEqual({ ok: true, releases: [...recorded, next], recorded: false });
    expect(recordRelease(release("2026-12-01.1", { A: ["v3", "d8"] }), [...recorded, next])).toMatchObject({ ok: false });
    expect(recordRelease(release("2026-11-01.1", { A: ["v0", "d0"] }), recorded)).toMatchObject({
      ok: false,
      problems: ["Catalog version 2026-11-01.1 is recorded after 2026-11-22.1: versions must increase."],
    });
  });

  it("say what changed since the previous recorded version: added, revised (from → to) and removed rules", () => {
    const releases = [
      release("2026-11-22.1", { A: ["v1", "d1"], B: ["v1", "d2"], C: ["v1", "d3"] }),
      release("2026-12-01.1", { A: ["v1", "d1"], B: ["v2", "d4"], D: ["v1", "d5"] }),
    ];
    expect(catalogChanges(releases[1]!, releases)).toEqual({
      previousVersion: "2026-11-22.1",
      added: ["D"],
      revised: [{ id: "B", from: "v1", to: "v2" }],
      removed: [{ id: "C", version: "v1" }],
    });
    expect(catalogChanges(releases[0]!, releases)).toEqual({ previousVersion: null, added: [], revised: [], removed: [] });
  });
});
