import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3217);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const ARTIFACTS_DIR = path.resolve(__dirname, "..", ".artifacts");
/** Written by serve.ts once the console is up: the fixture admin token the tests use to create users. */
export const RUNTIME_FILE = path.join(ARTIFACTS_DIR, "runtime.json");
export const SCREENSHOTS_DIR = path.join(ARTIFACTS_DIR, "screenshots");

export type TE2ERuntime = { databaseUrl: string; fixtureToken: string };

// ─── Notices ───
/** Every message the e2e console sends lands in serve.ts's SMTP sink and is appended here, one JSON per line. */
export const MAILBOX_FILE = path.join(ARTIFACTS_DIR, "mailbox.jsonl");
