/**
 * The one documented way to reset the integration-test database between tests:
 *
 *   TRUNCATE <every table in schema public except _prisma_migrations> RESTART IDENTITY CASCADE
 *
 * TRUNCATE (unlike DELETE) fires no row-level trigger, so it empties the append-only timeline_events too;
 * RESTART IDENTITY resets serials such as incidents.reference. The table list is read from the catalog on
 * each call, so a new migration's tables are included without editing this file.
 */
import pg from "pg";
import { testDatabaseUrl } from "./database-url";

/**
 * Resets the run's test database (testDatabaseUrl()). Takes no arguments, so it can be passed straight to
 * a hook: `beforeEach(resetDatabase)` (Vitest hands hooks its test context, which is ignored here).
 */
export function resetDatabase(): Promise<void> {
  return truncateApplicationTables(testDatabaseUrl());
}

/** The same reset on an explicit database. */
export async function truncateApplicationTables(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "breachdesk-test-reset" });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
        ORDER BY tablename`,
    );
    if (rows.length === 0) return;
    const tables = rows.map((row) => `public.${client.escapeIdentifier(row.tablename)}`).join(", ");
    await client.query(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}
