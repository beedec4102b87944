import "server-only";
import { hash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";
import { fastTypes } from "@/lib/db/timestamptz";
import { log } from "@/lib/log";

/**
 * Plain SQL beside Prisma, for the hot paths where Prisma's own cost per query dominates: the reads 50 clients
 * hammer (incident list, incident page, timeline page, chain verification — one hand-written statement each) and the
 * findings upsert, which hands PostgreSQL megabytes of JSON per batch. Everything else stays on Prisma. Created on
 * first use, like the Prisma client, so `next build` needs no database. pg parses uuid and text as strings, int4 as
 * numbers, timestamptz as Date and jsonb as values: the same types Prisma returns.
 */
const globalForPool = globalThis as unknown as { breachdeskSqlPool?: pg.Pool };

const POOL_SIZE = 10;

function pool(): pg.Pool {
  if (!globalForPool.breachdeskSqlPool) {
    const created = new pg.Pool({
      connectionString: databaseUrl(),
      max: POOL_SIZE,
      application_name: "breachdesk-sql",
      // Timestamps printed in UTC take the fast parser (lib/db/timestamptz.ts); instants are the same in any zone.
      options: "-c TimeZone=UTC",
      types: fastTypes,
    });
    // An idle connection dropped by the server (restart, failover) must not crash the process: the pool discards it.
    created.on("error", (error) => log.warn("database connection lost", { error: error.message }));
    globalForPool.breachdeskSqlPool = created;
  }
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

/** Runs `work` in one transaction on a pooled connection: committed if it resolves, rolled back if it throws. */
export async function withSqlTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch {
      broken = true; // a connection that cannot roll back is not handed out again
    }
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Code that must run in either kind of transaction takes a `TSqlExecutor`, made from a Prisma or a pg one. */
export type TSqlExecutor = <TRow>(text: string, values: readonly unknown[]) => Promise<TRow[]>;

export function prismaExecutor(tx: Prisma.TransactionClient): TSqlExecutor {
  return <TRow>(text: string, values: readonly unknown[]) => tx.$queryRawUnsafe<TRow[]>(text, ...values);
}

export function pgExecutor(client: pg.ClientBase): TSqlExecutor {
  return async <TRow>(text: string, values: readonly unknown[]) => (await client.query(text, values as unknown[])).rows as TRow[];
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

/** Runs a statement answering one text column `json` (lib/db/json-page.ts) and returns that text, or null. */
export async function sqlJsonText(text: string, values: readonly unknown[]): Promise<string | null> {
  const [row] = await sqlRows<{ json: string | null }>(text, values);
  return row?.json ?? null;
}
