/**
 * Applies Prisma's standard `prisma/migrations/<timestamp>_<name>/migration.sql` folder with Prisma's own
 * WebAssembly schema engine, so no native engine has to be downloaded (the Prisma CLI fetches one from Prisma's
 * binary host, which machines without internet access cannot reach).
 *
 * The engine records every migration in `_prisma_migrations` exactly as `prisma migrate deploy` does, so a
 * machine that has the native engine can keep using the Prisma CLI on the same database.
 *
 * Only the launcher (scripts/), the migration tooling and the tests import this file: it loads a 5 MB wasm
 * module and must never end up in the Next.js server bundle.
 */
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import type * as WasmEngine from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export type TApplyMigrationsOptions = {
  /** Defaults to the repository's prisma/migrations. */
  migrationsDir?: string;
  /** Progress lines ("Applying migration …"); never receives secrets. */
  log?: (line: string) => void;
};

export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/**
 * Key of the session-level advisory lock that serialises whole `applyMigrations` runs across processes.
 * Deliberately not Prisma's own key (72707369): the engine takes that one itself, on a pooled connection of
 * the adapter, and holding it here on another session would deadlock the engine against us.
 */
const MIGRATION_LOCK_KEY = 7_236_810_423_931_001n; // arbitrary, fixed forever
const LOCK_WAIT_TIMEOUT = "10min";

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

/* ------------------------------------------------------------------------------------------------ */
/* The wasm engine, loaded once per process                                                          */
/* ------------------------------------------------------------------------------------------------ */

type TEngineModule = typeof WasmEngine;

let enginePromise: Promise<TEngineModule> | undefined;
/** The last Rust panic message; the wasm trap itself only says "unreachable". */
let lastPanic: string | undefined;

function loadEngine(): Promise<TEngineModule> {
  enginePromise ??= (async () => {
    // The package targets bundlers (it `import`s the .wasm file); in plain Node we instantiate it ourselves.
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    // Imported by resolved file URL: a bare import() fails when tsx compiles this file to CommonJS and it is
    // loaded from an ES module.
    const jsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import(pathToFileURL(jsPath).href)) as TEngineModule;
    const bytes = await readFile(jsPath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return bg;
  })();
  // A failed load (e.g. a missing file) should not poison every later call in a long-lived process.
  enginePromise.catch(() => {
    enginePromise = undefined;
  });
  return enginePromise;
}

/** Turns whatever the engine threw into an Error with a readable message (panics included). */
function engineError(error: unknown): Error {
  if (error instanceof WebAssembly.RuntimeError && lastPanic) {
    return new Error(`the Prisma schema engine crashed: ${lastPanic}`, { cause: error });
  }
  if (error instanceof Error) return error;
  return new Error(typeof error === "string" ? error : JSON.stringify(error));
}

type TEngineLog = { level?: string; fields?: { message?: string } };

function engineLogger(log: ((line: string) => void) | undefined) {
  return (line: string) => {
    if (!log) return;
    let parsed: TEngineLog;
    try {
      parsed = JSON.parse(line) as TEngineLog;
    } catch {
      return;
    }
    // "Applying `20260101000000_init`" is the only line worth showing; the rest is engine tracing.
    const applying = /^Applying `(.+)`$/.exec(parsed.fields?.message ?? "");
    if (applying) log(`Applying migration ${applying[1]}`);
    else if (parsed.level === "WARN" || parsed.level === "ERROR") log(`schema engine: ${parsed.fields?.message}`);
  };
}

/* ------------------------------------------------------------------------------------------------ */
/* applyMigrations                                                                                   */
/* ------------------------------------------------------------------------------------------------ */

/** Reads a migrations folder the way the Prisma CLI does (directories sorted by name, each with migration.sql). */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockfilePath = "migration_lock.toml";
  const lockContent = await readFile(path.join(baseDir, lockfilePath), "utf8").catch(() => null);
  let entries;
  try {
    entries = await readdir(baseDir, { withFileTypes: true });
  } catch (error) {
    throw new Error(`Cannot read the migrations folder ${baseDir}: ${(error as Error).message}`, { cause: error });
  }
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const content = await readFile(path.join(baseDir, name, "migration.sql"), "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      if (content.tag === "error") {
        throw new Error(`Migration "${name}" has no readable migration.sql (${content.value})`);
      }
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  return {
    baseDir,
    lockfile: { path: lockfilePath, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** `postgresql://user:secret@host/db` → `postgresql://user:****@host/db`, for logs and error messages. */
export function maskDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "****";
    for (const key of [...url.searchParams.keys()]) {
      if (/pass|secret|key/i.test(key)) url.searchParams.set(key, "****");
    }
    return url.toString();
  } catch {
    return "<unparseable database URL>";
  }
}

async function connectLockClient(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "breachdesk-migrate-lock" });
  // An idle client that loses its server emits 'error'; without a listener that would crash the process.
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new Error(
      `Cannot connect to the database at ${maskDatabaseUrl(databaseUrl)} to apply migrations: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return client;
}

async function acquireMigrationLock(client: pg.Client, log?: (line: string) => void) {
  const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [
    MIGRATION_LOCK_KEY.toString(),
  ]);
  if (rows[0]?.locked) return;
  log?.("Another process is applying migrations to this database; waiting for it to finish");
  await client.query(`SET lock_timeout = '${LOCK_WAIT_TIMEOUT}'`);
  try {
    await client.query("SELECT pg_advisory_lock($1::bigint)", [MIGRATION_LOCK_KEY.toString()]);
  } catch (error) {
    throw new Error(
      `Gave up waiting (${LOCK_WAIT_TIMEOUT}) for another process to finish applying migrations: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/**
 * @prisma/adapter-pg's executeScript splits a script on every ";" and runs the pieces one by one in
 * autocommit: a function body or a string containing ";" breaks, and a failing migration leaves its first
 * half applied. The native engine sends the whole script as one simple-protocol query instead, which
 * PostgreSQL runs as a single implicit transaction; this wrapper restores that behaviour (errors still go
 * through the adapter's own mapping, so the engine reports them as usual).
 */
function runningScriptsWhole(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const internals = adapter as SqlDriverAdapter & { underlyingDriver?(): pg.Pool; onError?(error: unknown): never };
    const driver = internals.underlyingDriver?.();
    if (!driver || typeof internals.onError !== "function") {
      throw new Error("@prisma/adapter-pg changed: cannot run migration scripts as a whole (see lib/db/migrate.ts)");
    }
    const mapError = internals.onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await driver.query(script); // no parameters: simple query protocol, multi-statement, one transaction
      } catch (error) {
        mapError(error);
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}

type TFailedMigration = { migration_name: string; logs: string | null };

async function failedMigrations(pool: pg.Pool): Promise<TFailedMigration[]> {
  try {
    const { rows } = await pool.query<TFailedMigration>(
      `SELECT migration_name, logs FROM _prisma_migrations
        WHERE finished_at IS NULL AND rolled_back_at IS NULL ORDER BY started_at`,
    );
    return rows;
  } catch {
    return []; // no _prisma_migrations table yet
  }
}

/**
 * Applies every migration of `migrationsDir` that the database has not recorded yet, in name order, and
 * returns the names it applied (empty when the database was up to date).
 *
 * Safe to call from several processes at once: whole runs are serialised by a PostgreSQL advisory lock held
 * on a separate connection, so the second caller waits and then finds nothing left to apply.
 */
export async function applyMigrations(
  databaseUrl: string,
  options: TApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const { log } = options;
  const migrationsList = await readMigrationsList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const engineModule = await loadEngine();

  const lockClient = await connectLockClient(databaseUrl);
  try {
    await acquireMigrationLock(lockClient, log);

    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, application_name: "breachdesk-migrate" });
    pool.on("error", () => undefined);
    try {
      let engine: WasmEngine.SchemaEngine;
      try {
        engine = await engineModule.SchemaEngine.new(
          { datamodels: undefined },
          engineLogger(log),
          bindMigrationAwareSqlAdapterFactory(runningScriptsWhole(new PrismaPg(pool))),
        );
      } catch (error) {
        throw new Error(
          `Cannot start the schema engine on ${maskDatabaseUrl(databaseUrl)}: ${engineError(error).message}`,
          { cause: error },
        );
      }
      try {
        const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
        return { applied: result.appliedMigrationNames };
      } catch (error) {
        const cause = engineError(error);
        const failed = await failedMigrations(pool);
        if (failed.length > 0) {
          const names = failed.map((row) => `"${row.migration_name}"`).join(", ");
          throw new Error(
            `Migration ${names} failed on ${maskDatabaseUrl(databaseUrl)}.\n${cause.message}\n` +
              "PostgreSQL runs a migration script as one transaction (unless it contains its own COMMIT), so " +
              "none of it was applied, but " +
              "_prisma_migrations keeps the failed attempt and blocks later runs: fix the migration, then " +
              "mark the attempt rolled back (`prisma migrate resolve --rolled-back <name>`, or " +
              "`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '<name>' " +
              "AND finished_at IS NULL`).",
            { cause: error },
          );
        }
        throw new Error(`Applying migrations to ${maskDatabaseUrl(databaseUrl)} failed: ${cause.message}`, {
          cause: error,
        });
      } finally {
        engine.free();
      }
    } finally {
      // Closing the pool also ends the session on which the engine took its own advisory lock.
      await pool.end().catch(() => undefined);
    }
  } finally {
    // Ending the session releases the advisory lock even if the unlock itself fails.
    await lockClient
      .query("SELECT pg_advisory_unlock($1::bigint)", [MIGRATION_LOCK_KEY.toString()])
      .catch(() => undefined);
    await lockClient.end().catch(() => undefined);
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* diffDatamodels                                                                                    */
/* ------------------------------------------------------------------------------------------------ */

/**
 * A driver adapter that reaches no database. `SchemaEngine.new` always opens a connection and asks the server
 * for its version; a datamodel-to-datamodel diff needs nothing else, so that one probe is answered here and
 * every other query fails loudly.
 */
function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const info = { provider: "postgres" as const, adapterName: "@prisma/adapter-pg" };
  const refuse = async (query?: SqlQuery): Promise<never> => {
    throw new Error(
      `diffDatamodels works without a database, but the schema engine tried to run: ${query?.sql ?? "a transaction"}`,
    );
  };
  const adapter: SqlDriverAdapter = {
    ...info,
    async queryRaw(query) {
      if (query.sql.includes("server_version_num")) {
        // SELECT EXISTS(<schema public>), version(), current_setting('server_version_num')::integer
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [5 /* Boolean */, 7 /* Text */, 0 /* Int32 */],
          rows: [[true, "PostgreSQL 18.0 (offline diff)", 180000]],
        };
      }
      return refuse(query);
    },
    executeRaw: refuse,
    executeScript: () => refuse(),
    startTransaction: () => refuse(),
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => undefined,
  };
  return { ...info, connect: async () => adapter, connectToShadowDb: async () => adapter };
}

/**
 * The SQL migration that turns a database shaped like the `from` schema (null: an empty database) into one
 * shaped like `to`, as `prisma migrate diff` would write it. Returns "" when the two are equivalent.
 * Needs no database.
 */
export async function diffDatamodels(from: string | null, to: string): Promise<string> {
  const engineModule = await loadEngine();
  const datamodel = (content: string) => ({
    tag: "schemaDatamodel" as const,
    files: [{ path: "schema.prisma", content }],
  });
  let engine: WasmEngine.SchemaEngine;
  try {
    engine = await engineModule.SchemaEngine.new(
      { datamodels: undefined },
      () => undefined,
      bindMigrationAwareSqlAdapterFactory(offlineAdapterFactory()),
    );
  } catch (error) {
    throw new Error(`Cannot start the schema engine: ${engineError(error).message}`, { cause: error });
  }
  try {
    // exitCode: true makes the engine answer 2 when there is a difference and 0 when there is none.
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : datamodel(from),
      to: datamodel(to),
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "");
  } catch (error) {
    throw new Error(`Cannot diff the Prisma schemas:\n${engineError(error).message}`, { cause: error });
  } finally {
    engine.free();
  }
}
