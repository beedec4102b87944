import { describe, expect, it, vi } from "vitest";
import { sqlRows } from "@/lib/db/sql";

describe("sqlRows", () => {
  it("keeps prepared statements apart when the module is loaded more than once on the same pool (as Next.js bundles it)", async () => {
    // Two copies of the module, as two route chunks have; both use the one pool on globalThis.
    vi.resetModules();
    const other = await import("@/lib/db/sql");
    expect(other.sqlRows).not.toBe(sqlRows);
    for (let i = 0; i < 3; i += 1) {
      expect(await sqlRows<{ n: number }>("SELECT 1::int AS n", [])).toEqual([{ n: 1 }]);
      expect(await other.sqlRows<{ word: string }>("SELECT $1::text AS word", ["two"])).toEqual([{ word: "two" }]);
    }
  });
});
