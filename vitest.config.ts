import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// TZ is deliberately not set here: time-zone sensitive tests are rerun under several TZ values from the
// command line (TZ=Asia/Kolkata npm run test:unit), which a value pinned in the config would override.
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
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts"],
          exclude: ["**/node_modules/**", ".next/**", ".breachdesk/**", "lib/generated/**"],
          // One embedded PostgreSQL for the run (tests/integration/global-setup.ts); files share it, so they
          // run one after another and each resets it with tests/integration/reset-db.ts.
          globalSetup: ["tests/integration/global-setup.ts"],
          fileParallelism: false,
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
