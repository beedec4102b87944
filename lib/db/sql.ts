import { hash } from "node:crypto";
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import { fastTypes } from "@/lib/db/timestamptz";

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
  globalForPool.breachdeskSqlPool ??= new pg.Pool({
    connectionString: databaseUrl(),
    max: POOL_SIZE,
    application_name: "breachdesk-read",
    // Timestamps printed in UTC take the fast parser (lib/db/timestamptz.ts); instants are the same in any zone.
    options: "-c TimeZone=UTC",
    types: fastTypes,
  });
  return globalForPool.breachdeskSqlPool;
}

/**
 * Statement names by SQL text. Each statement is prepared once per connection (pg does that for a named query),
 * so PostgreSQL stops parsing and planning it on every request: that halved its CPU per read in the benchmark.
 * The name is derived from the text itself, never from a counter: Next.js bundles this module into several chunks,
 * each with its own copy of this map, and they all share the one pool, so equal names must mean equal texts.
 * The texts are built from fixed fragments only (every value is a placeholder), so there are a few dozen of them
 * at most; past MAX_PREPARED further texts simply run unprepared.
 */
const statementNames = new Map<string, string>();
const MAX_PREPARED = 500;

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_PREPARED) {
    name = `bd_${hash("sha256", text, "hex").slice(0, 32)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** Runs one parameterised statement ($1, $2 … placeholders; never string-built from input) and returns its rows. */
export async function sqlRows<T>(text: string, values: readonly unknown[]): Promise<T[]> {
  const result = await pool().query({ name: statementName(text), text, values: values as unknown[] });
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
