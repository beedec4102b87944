/**
 * Vitest globalSetup of the `integration` project: real PostgreSQL for the whole run, one per worker.
 *
 * - By default INTEGRATION_WORKERS embedded PostgreSQL 18 servers, each in a fresh folder under os.tmpdir(), on a
 *   free port, deleted at the end of the run: files run two at a time, each worker on its own server.
 * - With TEST_DATABASE_URL, that server instead (it must be on localhost: the tests TRUNCATE every table), and one
 *   worker.
 *
 * Either way the migrations are applied first. A worker finds its URL with testDatabaseUrl() (./database-url.ts),
 * and tests/integration/worker-database.ts sets it as process.env.DATABASE_URL before each file, so code that reads
 * its configuration through lib/env.ts finds it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type TEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations, maskDatabaseUrl } from "../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** URLs of the migrated test databases, one per worker (they contain passwords). */
    databaseUrls: string[];
  }
}

/** Integration files run this many at a time (vitest.config.ts), each worker on its own embedded server. */
export const INTEGRATION_WORKERS = process.env.TEST_DATABASE_URL ? 1 : 2;

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
  const external = process.env.TEST_DATABASE_URL;
  const servers: TEmbeddedPostgres[] = [];
  const tempDirs: string[] = [];
  const teardown = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  };

  let urls: string[];
  try {
    if (external) {
      assertLocalDatabaseUrl(external);
      log(`using TEST_DATABASE_URL ${maskDatabaseUrl(external)}`);
      urls = [external];
    } else {
      // One after another: starting a server points this process's TMPDIR at its data folder while initdb runs, and two
      // starts at once would restore each other's value (the workers then inherit a deleted temporary folder).
      urls = [];
      for (let index = 0; index < INTEGRATION_WORKERS; index++) {
        const dir = await mkdtemp(path.join(os.tmpdir(), "breachdesk-test-"));
        tempDirs.push(dir);
        const server = await startEmbeddedPostgres({ dataDir: dir, log: (line) => log(`${index + 1}: ${line}`) });
        servers.push(server);
        urls.push(server.url);
      }
    }
    for (const url of urls) {
      const { applied } = await applyMigrations(url);
      if (applied.length > 0 && url === urls[0]) log(`applied ${applied.join(", ")}`);
    }
  } catch (error) {
    await teardown();
    throw error;
  }

  process.env.DATABASE_URL = urls[0];
  project.provide("databaseUrls", urls);
  return teardown;
}
