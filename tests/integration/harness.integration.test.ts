import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { assertLocalDatabaseUrl } from "./global-setup";
import { resetDatabase } from "./reset-db";
import { testDatabaseUrl } from "./database-url";

describe("integration test harness", () => {
  it("gives each worker its own migrated database as testDatabaseUrl() and DATABASE_URL, plus a test NEXTAUTH_SECRET", () => {
    expect(testDatabaseUrl()).toMatch(/^postgresql:\/\//);
    expect(process.env.DATABASE_URL).toBe(testDatabaseUrl());
    const urls = inject("databaseUrls");
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain(testDatabaseUrl());
    // Starting the servers borrows TMPDIR for initdb: the workers must not inherit a folder that is gone.
    expect(existsSync(tmpdir())).toBe(true);
    expect(process.env.NEXTAUTH_SECRET).toHaveLength(40);
  });

  it("resetDatabase empties every application table but keeps the migration history", async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      await client.query("INSERT INTO instance_settings (key, value) VALUES ('probe', 'x')");
      await resetDatabase();
      expect((await client.query("SELECT count(*)::int AS n FROM instance_settings")).rows).toEqual([{ n: 0 }]);
      expect((await client.query("SELECT count(*)::int AS n FROM _prisma_migrations")).rows[0].n).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it("refuses a TEST_DATABASE_URL that is not on this machine", () => {
    expect(() => assertLocalDatabaseUrl("postgresql://u:secret@db.prod.example.com/app")).toThrow(
      /Refusing to run the integration tests against postgresql:\/\/u:\*\*\*\*@db\.prod\.example\.com\/app/,
    );
    expect(() => assertLocalDatabaseUrl("postgresql://u:p@localhost:5432/test")).not.toThrow();
    expect(() => assertLocalDatabaseUrl("postgresql://u:p@127.0.0.1/test")).not.toThrow();
  });
});
