/**
 * Playwright's web server: a fresh embedded PostgreSQL, migrations, a fixture admin API token (so tests can
 * create users through the real API), then the console itself through the same launcher `npm start` uses.
 * Containment runs here too, not in the console: the SSM Automation simulator (with STS from the fake AWS) and the
 * containment worker, so a spec can approve an action and watch its steps arrive; its estate is readable at the
 * simulator's GET /_estate. The notice worker (bulk sends, such as a notice to the affected-people ledger's residents)
 * runs here as well, delivering to the same SMTP sink with the same data key as the console, the register
 * re-evaluation after a profile save (the Organisation page shows its progress), and the integration worker
 * (to fakes a spec starts on loopback).
 * Run with `--conditions=react-server` so the server-only services can be imported here.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../../lib/db/migrate";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { startSmtpSink } from "../../tests/support/smtp-sink";
import { startFakeSns } from "../../tests/fakes/sns";
import { startFakeAws } from "../../tests/aws/fake-aws";
import { startSsmSimulator } from "../../tests/aws/ssm-simulator";
import { ARTIFACTS_DIR, E2E_BASE_URL, E2E_BOUNCE_TOPIC, E2E_CONTAINMENT_INSTANCE, E2E_PORT, MAILBOX_FILE, RUNTIME_FILE, type TE2ERuntime } from "./paths";

async function main() {
  // The console's environment, before the containment worker's AWS settings are added to this process's.
  const consoleEnv = { ...process.env };
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const dataDir = mkdtempSync(path.join(ARTIFACTS_DIR, "pg-"));
  const database = await startEmbeddedPostgres({ dataDir });
  // Evidence files of this run, removed with its database.
  const evidenceDir = `${dataDir}-evidence`;
  let stopContainment = async () => {};
  let stopNotices = async () => {};
  const cleanup = async () => {
    await stopNotices().catch(() => {});
    await stopContainment().catch(() => {});
    await database.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(evidenceDir, { recursive: true, force: true });
  };
  // ─── Notices: a real SMTP server for the console's outgoing mail; messages go to MAILBOX_FILE ───
  writeFileSync(MAILBOX_FILE, "");
  const mailSink = await startSmtpSink({ onMessage: (mail) => appendFileSync(MAILBOX_FILE, `${JSON.stringify(mail)}\n`) });
  // Amazon SNS, as far as the console's bounce intake sees it: the signing certificate of the reports specs post.
  const sns = await startFakeSns();
  // The affected-people ledger's key, new for every run (its database is new too).
  const dataKey = randomBytes(32).toString("base64");
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    const { insertApiToken } = await import("../../lib/tokens/service");
    const { disconnectDb } = await import("../../lib/db");
    const { secret } = await insertApiToken({ name: "e2e fixtures", roles: ["admin"] }, null);
    await disconnectDb();
    const simulatorUrl = await startContainment();
    Object.assign(process.env, { SMTP_URL: mailSink.url, BREACHDESK_DATA_KEY: dataKey });
    const { startNoticeWorker } = await import("../../lib/notices/worker");
    const notices = await startNoticeWorker(database.url, { ratePerSecond: 200 });
    // Integrations (Slack, PagerDuty, Jira…) delivered here too, to the fakes a spec starts on this machine.
    process.env.BREACHDESK_ALLOW_INSECURE_INTEGRATIONS = "1";
    const { startIntegrationWorker } = await import("../../lib/integration-delivery/deliver-messages");
    const integrations = startIntegrationWorker({ intervalMs: 1_000 });
    // A profile save's re-evaluation of the open incidents, which the Organisation page follows.
    const { startReevaluationWorker } = await import("../../lib/register-reevaluation/work");
    const reevaluation = startReevaluationWorker({ intervalMs: 500 });
    stopNotices = async () => {
      await reevaluation.stop();
      await integrations.stop();
      await notices.stop();
    };
    const runtime: TE2ERuntime = { databaseUrl: database.url, fixtureToken: secret, simulatorUrl, smtpUrl: mailSink.url, dataKey, snsUrl: sns.url };
    writeFileSync(RUNTIME_FILE, JSON.stringify(runtime), { mode: 0o600 });
  } catch (error) {
    await cleanup();
    throw error;
  }

  /**
   * The simulator and fake STS on loopback ports, the instance the containment spec's finding names, and the worker
   * (a short interval so steps arrive within a spec's patience), all in this process with the console's database.
   */
  async function startContainment(): Promise<string> {
    const sim = await startSsmSimulator();
    const sts = await startFakeAws();
    sim.model.instances.set(E2E_CONTAINMENT_INSTANCE.id, { securityGroups: [...E2E_CONTAINMENT_INSTANCE.securityGroups], volumes: ["vol-0e2e0root"] });
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: "AKIAE2EFAKEFAKE", AWS_SECRET_ACCESS_KEY: "e2e-fake-secret", AWS_REGION: "us-east-1",
      AWS_ENDPOINT_URL_SSM: sim.url, AWS_ENDPOINT_URL_IAM: sim.url, AWS_ENDPOINT_URL_CLOUDTRAIL: sim.url, AWS_ENDPOINT_URL_STS: sts.url,
      BREACHDESK_CONTAINMENT_SIMULATOR_URL: sim.url, BREACHDESK_EVIDENCE_DIR: evidenceDir,
    });
    const { startContainmentWorker } = await import("../../lib/containment/runner");
    const worker = startContainmentWorker({ intervalMs: 1_000 });
    stopContainment = async () => {
      await worker.stop();
      await Promise.all([sim.close(), sts.close()]);
    };
    return sim.url;
  }


  const console_ = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    stdio: "inherit",
    env: {
      ...consoleEnv,
      DATABASE_URL: database.url,
      PORT: String(E2E_PORT),
      NEXTAUTH_URL: E2E_BASE_URL,
      BREACHDESK_SKIP_BUILD: "1",
      BREACHDESK_EVIDENCE_DIR: evidenceDir,
      // No sync worker: specs add sources that have no AWS behind them, and a scheduled pull would race the
      // assertions on their state. The worker process is tested in scripts/worker.integration.test.ts.
      BREACHDESK_WORKER: "0",
      SMTP_URL: mailSink.url,
      BREACHDESK_DATA_KEY: dataKey,
      BREACHDESK_BOUNCE_TOPIC_ARNS: E2E_BOUNCE_TOPIC,
      AWS_ENDPOINT_URL_SNS: sns.url,
      NODE_OPTIONS: "",
    },
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console_.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  console_.on("exit", async (code) => {
    await cleanup();
    process.exit(stopping ? 0 : (code ?? 1));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
