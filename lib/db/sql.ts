import "server-only";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Plain SQL beside Prisma, for the few hot paths where Prisma's own cost per query dominates (the findings upsert
 * hands PostgreSQL megabytes of JSON per batch). Code that must run in either kind of transaction takes a
 * `TSqlExecutor`, made from a Prisma transaction or from a node-postgres client.
 */
export type TSqlExecutor = <TRow>(text: string, values: readonly unknown[]) => Promise<TRow[]>;

export function prismaExecutor(tx: Prisma.TransactionClient): TSqlExecutor {
  return <TRow>(text: string, values: readonly unknown[]) => tx.$queryRawUnsafe<TRow[]>(text, ...values);
}

export function pgExecutor(client: pg.ClientBase): TSqlExecutor {
  return async <TRow>(text: string, values: readonly unknown[]) => (await client.query(text, values as unknown[])).rows as TRow[];
}

const globalForPool = globalThis as unknown as { breachdeskSqlPool?: pg.Pool };

function pool(): pg.Pool {
  // Cached on globalThis, like the Prisma client, so hot reloads share one pool.
  if (!globalForPool.breachdeskSqlPool) {
    const created = new pg.Pool({ connectionString: databaseUrl(), max: 4, application_name: "breachdesk-sql" });
    // An idle connection dropped by the server (restart, failover) must not crash the process: the pool discards it.
    created.on("error", (error) => log.warn("database connection lost", { error: error.message }));
    globalForPool.breachdeskSqlPool = created;
  }
  return globalForPool.breachdeskSqlPool;
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

export async function closeSqlPool(): Promise<void> {
  const open = globalForPool.breachdeskSqlPool;
  globalForPool.breachdeskSqlPool = undefined;
  await open?.end();
}
