import { inject } from "vitest";

/**
 * This worker's test database: the run starts one PostgreSQL per integration worker (tests/integration/global-setup.ts),
 * so files running side by side never share tables, locks or connections. Vitest numbers its workers 1…n.
 */
export function testDatabaseUrl(): string {
  const urls = inject("databaseUrls");
  const worker = Number(process.env.VITEST_POOL_ID ?? "1");
  const url = urls[(worker - 1) % urls.length];
  if (!url) throw new Error("the integration run has no test database (tests/integration/global-setup.ts did not run)");
  return url;
}
