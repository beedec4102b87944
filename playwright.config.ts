import { defineConfig } from "@playwright/test";
import { findBrowser } from "./e2e/support/browser";
import { E2E_BASE_URL, E2E_PORT } from "./e2e/support/paths";

// `npm run test:e2e` runs scripts/ensure-browser.ts first, which installs a Chromium when none is found.
const chromiumPath = findBrowser()?.path ?? "/usr/bin/chromium";

/**
 * Specs that touch only what they create themselves (their own users, incidents, notices, files), run two at a time.
 * Every other spec runs alone, after them: those change or read what the whole console shows — the organisation
 * profile (re-evaluates every open incident), integrations (every declaration goes to Slack), users and roles (an
 * approval deadlock is "no one holds the role"), the findings queue, the dashboard's order, the catalog's reviews, the
 * administration log, several consoles at once. A new spec is in the second group until it is listed here.
 */
const SELF_CONTAINED_SPECS = /\/(people|containment|notices|tasks-evidence|obligations|api-docs|auth|public-assets|navigation|incidents|incident-record)\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  outputDir: "e2e/.artifacts/test-results",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // First-run setup needs an empty console, so it runs before everything else.
    { name: "first-run", testMatch: /first-run\.spec\.ts/ },
    { name: "console", testMatch: SELF_CONTAINED_SPECS, dependencies: ["first-run"] },
    { name: "console-alone", testIgnore: [/first-run\.spec\.ts/, SELF_CONTAINED_SPECS], dependencies: ["console"], workers: 1 },
  ],
  webServer: {
    command: "node --conditions=react-server --require ./scripts/lib/require-esm-only.js --import tsx e2e/support/serve.ts",
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    // Without it Playwright SIGKILLs the server and the embedded database outlives the run.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(E2E_PORT) },
  },
});
