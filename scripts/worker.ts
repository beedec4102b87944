/**
 * `npm run worker`: the one worker process for every durable queue — the findings sync, the obligation
 * reminders (lib/reminders/worker.ts: a pass every minute, each reminder sent exactly once) and the bulk notice
 * delivery (lib/notices/worker.ts), the re-evaluation of open incidents after an organisation profile save
 * (lib/register-reevaluation/work.ts), containment actions, and outbound webhooks (lib/webhooks/deliver.ts: a pass every
 * 2 s, each attempt claimed).
 *
 * The findings sync worker: Creates the sources named in BREACHDESK_AWS_SOURCES, then pulls
 * every source once a minute (pg-boss cron: once per cluster, however many workers run) until stopped with Ctrl-C.
 */
import { parseEnv } from "../lib/env";
import { parseSourceList } from "../lib/findings/sources";
import { connectScriptDatabase, runScript } from "./lib/database";

async function main(): Promise<number> {
  const specs = parseSourceList(parseEnv(process.env).BREACHDESK_AWS_SOURCES);
  const disconnect = await connectScriptDatabase();
  const { ensureSources } = await import("../lib/findings/pull");
  const { startSyncWorker } = await import("../lib/findings/worker");
  await ensureSources(specs);
  const worker = await startSyncWorker(process.env.DATABASE_URL as string);
  await worker.syncNow();
  // ─── Obligation reminders ───
  const { startReminderWorker } = await import("../lib/reminders/worker");
  const reminders = await startReminderWorker(process.env.DATABASE_URL as string);
  await reminders.runNow();
  // ─── Notices: bulk notice delivery, in the same worker process ───
  const { startNoticeWorker } = await import("../lib/notices/worker");
  const notices = await startNoticeWorker(process.env.DATABASE_URL as string, { ratePerSecond: parseEnv(process.env).BREACHDESK_NOTICE_RATE });
  // ─── Containment actions: approved requests started once, then followed ───
  const { startContainmentWorker } = await import("../lib/containment/runner");
  const containment = startContainmentWorker();
  // ─── Scoping: CloudTrail access reconstructions, claimed and run outside any transaction ───
  const { startScopingWorker } = await import("../lib/access-reconstruction/runner");
  const scoping = startScopingWorker();
  // ─── Data inventory from AWS: every BREACHDESK_INVENTORY_INTERVAL_HOURS (default 6), plus "Refresh now" ───
  const { startInventoryWorker } = await import("../lib/inventory/worker");
  const inventory = await startInventoryWorker(process.env.DATABASE_URL as string, { hours: parseEnv(process.env).BREACHDESK_INVENTORY_INTERVAL_HOURS });
  if (parseEnv(process.env).BREACHDESK_INVENTORY_INTERVAL_HOURS > 0) await inventory.refreshNow();
  // ─── Integrations: outbound webhooks, claimed per attempt from webhook_deliveries ───
  const { startWebhookWorker } = await import("../lib/webhooks/deliver");
  const webhooks = startWebhookWorker();
  // ─── Integrations: PagerDuty pages, Jira and ServiceNow tickets, claimed per attempt from integration_messages ───
  const { startIntegrationWorker } = await import("../lib/integration-delivery/deliver-messages");
  const integrations = startIntegrationWorker();
  // ─── Evidence bytes committed inside another domain's transaction, copied to the evidence store (S3) after it ───
  const { startPendingEvidenceWorker } = await import("../lib/evidence/pending-uploads");
  const pendingEvidence = startPendingEvidenceWorker();
  // ─── Organisation profile saved: every open incident's register re-evaluated in batches ───
  const { startReevaluationWorker } = await import("../lib/register-reevaluation/work");
  const reevaluation = startReevaluationWorker();
  console.log("Worker running (findings sync, obligation reminders, register re-evaluation after a profile change, notice delivery, containment actions, CloudTrail access reconstructions, data inventory, webhooks, PagerDuty/Jira/ServiceNow); Ctrl-C stops it.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await worker.stop();
  await reminders.stop();
  await notices.stop();
  await containment.stop();
  await scoping.stop();
  await inventory.stop();
  await webhooks.stop();
  await integrations.stop();
  await pendingEvidence.stop();
  await reevaluation.stop();
  await disconnect();
  return 0;
}

runScript(main);
