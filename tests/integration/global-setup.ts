/**
 * Vitest globalSetup of the `integration` project: one real PostgreSQL for the whole run.
 *
 * - By default an embedded PostgreSQL 18 in a fresh folder under os.tmpdir(), on a free port, deleted at the
 *   end of the run.
 * - With TEST_DATABASE_URL, that server instead (it must be on localhost: the tests TRUNCATE every table).
 *
 * Either way the migrations are applied first. Workers get the URL both as `inject("databaseUrl")` and as
 * process.env.DATABASE_URL (set before any worker starts), so code that reads its configuration through
 * lib/env.ts finds it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations, maskDatabaseUrl } from "../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the migrated test database (contains its password). */
    databaseUrl: string;
  }
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Throws unless the URL points at this machine: the integration tests wipe every table they find. */
export function assertLocalDatabaseUrl(databaseUrl: string): void {
  let host: string;
  try {
    host = new URL(databaseUrl).hostname;
  } catch {
    throw new Error("TEST_DATABASE_URL is not a valid URL");
  }
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(
      `Refusing to run the integration tests against ${maskDatabaseUrl(databaseUrl)}: they TRUNCATE every ` +
        "table, so TEST_DATABASE_URL must point at localhost or 127.0.0.1.",
    );
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string) => console.log(`[integration db] ${line}`);
  let server: TEmbeddedPostgres | undefined;
  let tempDir: string | undefined;
  let databaseUrl = process.env.TEST_DATABASE_URL;

  if (databaseUrl) {
    assertLocalDatabaseUrl(databaseUrl);
    log(`using TEST_DATABASE_URL ${maskDatabaseUrl(databaseUrl)}`);
  } else {
    tempDir = await mkdtemp(path.join(os.tmpdir(), "breachdesk-test-"));
    try {
      server = await startEmbeddedPostgres({ dataDir: tempDir, log });
    } catch (error) {
      await rm(tempDir, { recursive: true, force: true });
      throw error;
    }
    databaseUrl = server.url;
  }

  const teardown = async () => {
    await server?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };

  try {
    const { applied } = await applyMigrations(databaseUrl);
    if (applied.length > 0) log(`applied ${applied.join(", ")}`);
  } catch (error) {
    await teardown();
    throw error;
  }

  process.env.DATABASE_URL = databaseUrl;
  project.provide("databaseUrl", databaseUrl);
  return teardown;
}
