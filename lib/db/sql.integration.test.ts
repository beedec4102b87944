import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { pgExecutor, prismaExecutor, sqlRows, withSqlTransaction } from "@/lib/db/sql";

describe("plain SQL beside Prisma", () => {
  it("commits what the work wrote, and rolls all of it back when the work throws", async () => {
    await prisma.$executeRawUnsafe("CREATE TABLE IF NOT EXISTS sql_transaction_probe (n int)");
    await prisma.$executeRawUnsafe("TRUNCATE sql_transaction_probe");
    await withSqlTransaction((client) => client.query("INSERT INTO sql_transaction_probe VALUES (1), (2)"));
    await expect(
      withSqlTransaction(async (client) => {
        await client.query("INSERT INTO sql_transaction_probe VALUES (3)");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const rows = await prisma.$queryRawUnsafe<{ n: number }[]>("SELECT n FROM sql_transaction_probe ORDER BY n");
    expect(rows.map((r) => r.n)).toEqual([1, 2]);
    await prisma.$executeRawUnsafe("DROP TABLE sql_transaction_probe");
  });

  it("survives the server dropping an idle pooled connection (no crash; the next transaction gets a fresh one)", async () => {
    const [first] = await withSqlTransaction(async (client) => (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows);
    await prisma.$queryRawUnsafe("SELECT pg_terminate_backend($1::int)", first!.pid);
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the pool see the connection die
    const [second] = await withSqlTransaction(async (client) => (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows);
    expect(second!.pid).not.toBe(first!.pid);
  });

  it("gives the same rows through a Prisma transaction and a node-postgres one", async () => {
    const query = "SELECT $1::int + 1 AS n, $2::text AS t";
    const viaPrisma = await prisma.$transaction((tx) => prismaExecutor(tx)<{ n: number; t: string }>(query, [41, "x"]));
    const viaPg = await withSqlTransaction((client) => pgExecutor(client)<{ n: number; t: string }>(query, [41, "x"]));
    expect(viaPrisma).toEqual([{ n: 42, t: "x" }]);
    expect(viaPg).toEqual(viaPrisma);
  });
});

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
