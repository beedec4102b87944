import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// The time-zone sensitive tests run once more under each of these zones (one project each, so one Vitest run
// shares its workers among them); each worker process is started with its project's TZ.
const RERUN_TIME_ZONES = ["America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe"];
const TIME_ZONE_SENSITIVE = ["lib/clocks", "lib/obligations", "lib/reminders", "lib/reminder-schedule", "lib/time"];

// Unit test files that replace modules (vi.mock) need a module registry of their own: they run isolated, in their own
// project (tests/vitest-isolation.test.ts holds this list to every file that mocks).
export const MOCKING_UNIT_TESTS = ["lib/live/shared-reads.test.ts"];
const UNIT_INCLUDE = ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"];
const UNIT_EXCLUDE = ["**/*.integration.test.ts", "**/node_modules/**"];

// TZ is deliberately not set for the unit project: it runs under the machine's zone (or TZ=… from the command line).
export default defineConfig({
  resolve: {
    alias: [
      // Regexes, so that "@prisma/…" and other scoped packages are left alone.
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "tests/server-only-stub.ts") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          // A few unit tests run the clocks CLI as a child process; on a loaded 2-core machine that takes seconds.
          testTimeout: 30_000,
          include: UNIT_INCLUDE,
          exclude: [...UNIT_EXCLUDE, ...MOCKING_UNIT_TESTS],
          // Vitest's default is one worker fewer than the CPUs: a single worker on a 2-core machine.
          maxWorkers: 2,
          // Unit tests keep no state between files, so each worker imports the modules once instead of once per file
          // (the imports were most of the run's time: 138 s → 37 s).
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: "unit:mocking", environment: "node", include: MOCKING_UNIT_TESTS, exclude: UNIT_EXCLUDE, maxWorkers: 2 },
      },
      ...RERUN_TIME_ZONES.map((timeZone) => ({
        extends: true as const,
        test: {
          name: `tz:${timeZone}`,
          environment: "node" as const,
          testTimeout: 30_000,
          include: TIME_ZONE_SENSITIVE.map((folder) => `${folder}/**/*.test.ts`),
          exclude: [...UNIT_EXCLUDE, ...MOCKING_UNIT_TESTS],
          maxWorkers: 2,
          isolate: false,
          env: { TZ: timeZone, CLOCKS_TZ_RERUN: "1" },
        },
      })),
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts"],
          exclude: ["**/node_modules/**", ".next/**", ".breachdesk/**", "lib/generated/**"],
          // One embedded PostgreSQL per worker (tests/integration/global-setup.ts): two files run side by side, each
          // on its own server, which it resets with tests/integration/reset-db.ts. Most of an integration file's
          // time is waiting (leases, timers, child processes), so the second worker costs little CPU.
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/worker-database.ts"],
          maxWorkers: process.env.TEST_DATABASE_URL ? 1 : 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: {
            // A fixed, obviously-fake secret (40 characters) so that serverEnv() accepts the environment.
            NEXTAUTH_SECRET: "integration-tests-only-secret-0123456789",
            // Integration tests talk to local fakes on 127.0.0.1; the outbound guard refuses loopback otherwise.
            BREACHDESK_ALLOW_INSECURE_INTEGRATIONS: "1",
          },
        },
      },
    ],
  },
});
