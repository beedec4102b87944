import pg from "pg";
import { databaseUrl } from "@/lib/env";

/**
 * A plain pg pool for the hot read paths (incident list, incident page, timeline page, chain verification),
 * which each answer with one hand-written SQL statement. Prisma costs several times more Node CPU per request
 * (query compilation, result mapping) than the round trip to PostgreSQL, and these reads are what 50 clients
 * hammer; writes and everything else stay on Prisma. Created on first use, like the Prisma client, so
 * `next build` needs no database. pg parses uuid and text as strings, int4 as numbers, timestamptz as Date
 * and jsonb as values: the same types Prisma returns.
 */
const globalForPool = globalThis as unknown as { breachdeskSqlPool?: pg.Pool };

const POOL_SIZE = 10;

function pool(): pg.Pool {
  globalForPool.breachdeskSqlPool ??= new pg.Pool({ connectionString: databaseUrl(), max: POOL_SIZE, application_name: "breachdesk-read" });
  return globalForPool.breachdeskSqlPool;
}

/** Runs one parameterised statement ($1, $2 … placeholders; never string-built from input) and returns its rows. */
export async function sqlRows<T>(text: string, values: readonly unknown[]): Promise<T[]> {
  const result = await pool().query(text, values as unknown[]);
  return result.rows as T[];
}

export async function endSqlPool(): Promise<void> {
  const current = globalForPool.breachdeskSqlPool;
  globalForPool.breachdeskSqlPool = undefined;
  await current?.end();
}

/** Collects the values of a statement being built and hands out their placeholders, so no $n is counted by hand. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** The placeholder for `value`, e.g. "$3". */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
