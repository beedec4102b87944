import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { resetDatabase } from "../tests/integration/reset-db";
import { resolveStoredNextAuthSecret } from "./start";
import { testDatabaseUrl } from "@/tests/integration/database-url";

describe("resolveStoredNextAuthSecret", () => {
  const databaseUrl = testDatabaseUrl();
  afterEach(() => resetDatabase());

  it("creates one secret of 48 random bytes and returns the same one to every later caller", async () => {
    const first = await resolveStoredNextAuthSecret(databaseUrl);
    expect(first).toMatch(/^[A-Za-z0-9_-]{64}$/); // 48 bytes, base64url
    expect(await resolveStoredNextAuthSecret(databaseUrl)).toBe(first);
  });

  it("makes consoles starting at the same moment agree on one secret", async () => {
    const secrets = await Promise.all(Array.from({ length: 6 }, () => resolveStoredNextAuthSecret(databaseUrl)));
    expect(new Set(secrets).size).toBe(1);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT value FROM instance_settings WHERE key = 'nextauth_secret'");
      expect(rows).toEqual([{ value: secrets[0] }]);
    } finally {
      await client.end();
    }
  });
});
