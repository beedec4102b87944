import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3217);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const ARTIFACTS_DIR = path.resolve(__dirname, "..", ".artifacts");
/** Written by serve.ts once the console is up: the fixture admin token the tests use to create users. */
export const RUNTIME_FILE = path.join(ARTIFACTS_DIR, "runtime.json");
export const SCREENSHOTS_DIR = path.join(ARTIFACTS_DIR, "screenshots");

/**
 * simulatorUrl: the SSM Automation simulator serve.ts runs the containment worker against (GET /_estate reads its model).
 * smtpUrl and dataKey: what the console was started with, so a spec can start more consoles on the same database.
 */
export type TE2ERuntime = { databaseUrl: string; fixtureToken: string; simulatorUrl: string; smtpUrl: string; dataKey: string; snsUrl: string };

/** The SNS topic the console takes Amazon SES bounce reports from; serve.ts's fake SNS serves its signing certificate. */
export const E2E_BOUNCE_TOPIC = "arn:aws:sns:us-east-1:123456789012:e2e-bounces";

/** The instance of the GuardDuty finding the containment spec ingests, seeded in the simulator with these groups. */
export const E2E_CONTAINMENT_INSTANCE = { id: "i-0c10c2c7863d1a356", securityGroups: ["sg-0e2e0web", "sg-0e2e0ssh"] } as const;

// ─── Notices ───
/** Every message the e2e console sends lands in serve.ts's SMTP sink and is appended here, one JSON per line. */
export const MAILBOX_FILE = path.join(ARTIFACTS_DIR, "mailbox.jsonl");
