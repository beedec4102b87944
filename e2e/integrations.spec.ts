import { readFileSync } from "node:fs";
import pg from "pg";
import { bodySignature } from "../lib/integrations/inbound-signature";
import { startFakeJira } from "../tests/fakes/jira";
import { startFakePagerDuty } from "../tests/fakes/pagerduty";
import { startFakeSlack } from "../tests/fakes/slack";
import { expect, screenshot, test } from "./support/fixtures";
import { E2E_BASE_URL, RUNTIME_FILE, type TE2ERuntime } from "./support/paths";

const ROUTING_KEY = "R0UT1NGKEY0123456789abcdefABCDEF";
const BOT_TOKEN = "xoxb-e2e-0000-abcdefABCDEF";
const JIRA_INBOUND = "jira-inbound-shared-secret";

/** Connections as `npm run admin -- add-connection` adds them, straight into the run's database. */
async function withDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const { databaseUrl } = JSON.parse(readFileSync(RUNTIME_FILE, "utf8")) as TE2ERuntime;
  if (!["127.0.0.1", "localhost"].includes(new URL(databaseUrl).hostname)) throw new Error("refusing a non-local database");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

test("declaring a high-severity incident opens its Slack channel and pages PagerDuty; a task sent to Jira turns done when Jira resolves it", async ({ page, users, signIn }) => {
  test.setTimeout(120_000);
  const slack = await startFakeSlack(BOT_TOKEN);
  const pd = await startFakePagerDuty();
  const jira = await startFakeJira({ email: "bot@example.com", token: "jira-token", projectKey: "SEC" });
  const names = { slack: `Slack e2e ${Date.now()}`, pd: `PagerDuty e2e ${Date.now()}`, jira: `Jira SEC ${Date.now()}` };
  await withDatabase(async (db) => {
    const insert = "INSERT INTO integration_connections (id, kind, name, config, secret, inbound_secret) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)";
    await db.query(insert, ["pagerduty", names.pd, { baseUrl: pd.url, severityFloor: "high" }, ROUTING_KEY, null]);
    await db.query(insert, ["jira", names.jira, { baseUrl: jira.url, email: "bot@example.com", projectKey: "SEC", issueType: "Task" }, "jira-token", JIRA_INBOUND]);
  });
  try {
    // Slack is added on the Integrations page by an administrator (the others as `npm run admin` would).
    const admin = await users.create(["admin"], "Ada Integrations");
    await signIn(page, admin);
    await page.goto("/admin/integrations");
    const add = page.getByRole("form", { name: "Add a connection" });
    await add.getByLabel("Service").selectOption("Slack");
    await add.getByLabel("Name").fill(names.slack);
    await add.getByLabel("Open a channel for each incident").check();
    await add.getByLabel("Channel id (optional)").fill("#incident-room");
    await add.getByLabel("Base URL (optional)").fill(slack.url);
    await add.getByLabel("Bot token").fill(BOT_TOKEN);
    await add.getByRole("button", { name: "Add connection" }).click();
    await expect(add.getByText("must be a Slack channel id such as C0123456789")).toBeVisible();
    await add.getByLabel("Channel id (optional)").fill("C0E2EROOM");
    await add.getByRole("button", { name: "Add connection" }).click();
    await expect(add.getByRole("status").filter({ hasText: `Connection “${names.slack}” added` })).toBeVisible();
    await expect(page.getByRole("table", { name: "Connections" })).toContainText(names.slack);
    await expect(page.locator("body")).not.toContainText(BOT_TOKEN);
    // Edited in place: renamed, its token kept (the secret field stays empty and is never filled in for you).
    const row = page.getByRole("table", { name: "Connections" }).getByRole("row").filter({ hasText: names.slack });
    await row.getByText("Edit").click();
    const edit = row.getByRole("form", { name: `Edit ${names.slack}` });
    await expect(edit.getByLabel("Channel id (optional)")).toHaveValue("C0E2EROOM");
    await expect(edit.getByLabel("New bot token (optional)")).toHaveValue("");
    names.slack = `${names.slack} (edited)`;
    await edit.getByLabel("Name", { exact: true }).fill(names.slack);
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Connections" })).toContainText(names.slack);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();

    const commander = await users.create(["commander"], "Casey Paging");
    slack.state.emails.set("UCASEY", commander.email);
    await signIn(page, commander);
    await page.getByRole("link", { name: "Declare incident" }).click();
    const title = `Payroll bucket public ${Date.now()}`;
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Severity").selectOption("high");
    await page.getByLabel("Commander").selectOption({ label: `Casey Paging (${commander.email})` });
    await page.getByRole("button", { name: "Declare incident" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    const incidentId = new URL(page.url()).pathname.split("/")[2]!;

    // The worker opens the incident's own Slack channel with its commander in it, posts there, announces it in the
    // team's channel, and pages on-call — once each.
    const reference = await withDatabase(async (db) => `inc-${String((await db.query<{ reference: number }>("SELECT reference FROM incidents WHERE id = $1", [incidentId])).rows[0]!.reference).padStart(4, "0")}`);
    await expect.poll(() => slack.state.posts.filter((p) => p.text.includes(title)).length, { timeout: 20_000 }).toBe(2);
    const channel = [...slack.state.channels.values()].find((c) => c.name === `breach-${reference}`);
    expect(channel, `a channel named breach-${reference}`).toBeDefined();
    // The invitation may follow the first post by a moment: a post can find the channel its opening message just made.
    await expect.poll(() => channel!.members.has("UCASEY"), { timeout: 20_000 }).toBe(true);
    expect(slack.state.posts.filter((p) => p.text.includes(title)).map((p) => p.channel).sort()).toEqual(["C0E2EROOM", channel!.id].sort());
    await expect.poll(async () => { await page.reload(); return page.getByRole("list", { name: "Timeline, newest first" }).getByText(`opened the channel #breach-${reference}`).count(); }, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => pd.requests.filter((r) => r.body.includes(incidentId)).length, { timeout: 20_000 }).toBe(1);
    expect(JSON.parse(pd.requests.find((r) => r.body.includes(incidentId))!.body)).toMatchObject({ event_action: "trigger", dedup_key: `breachdesk-${incidentId}` });

    // A task goes to Jira once; its key shows on the task.
    await page.getByRole("navigation", { name: "Incident sections" }).getByRole("link", { name: "Tasks" }).click();
    const form = page.getByRole("form", { name: "Add a task" });
    await form.getByLabel("Task", { exact: true }).fill("Rotate the leaked access keys");
    await form.getByLabel("Role").selectOption("engineering");
    await form.getByRole("button", { name: "Add task" }).click();
    const tasks = page.getByRole("list", { name: "Tasks" });
    const task = tasks.getByRole("listitem").filter({ hasText: "Rotate the leaked access keys" });
    await task.getByRole("button", { name: `Send task “Rotate the leaked access keys” to ${names.jira}` }).click();
    await expect.poll(async () => { await page.reload(); return task.getByRole("link", { name: /^SEC-\d+$/ }).count(); }, { timeout: 20_000 }).toBe(1);
    const key = (await task.getByRole("link", { name: /^SEC-\d+$/ }).textContent())!;

    // Jira reports the issue resolved through its signed webhook: the task turns done, with a timeline entry.
    const body = JSON.stringify({ webhookEvent: "jira:issue_updated", issue: { key, fields: { status: { name: "Done", statusCategory: { key: "done" } } } } });
    const answer = await fetch(`${E2E_BASE_URL}/api/integrations/jira/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-hub-signature": bodySignature(JIRA_INBOUND, body), "x-atlassian-webhook-identifier": `e2e-${Date.now()}` },
      body,
    });
    expect(answer.status).toBe(202);
    await page.reload();
    await expect(task).toContainText("Done");
    await screenshot(page, "integrations-task-done-from-jira");
    await page.goto(`/incidents/${incidentId}`);
    await expect(page.getByRole("list", { name: "Timeline, newest first" })).toContainText("Jira");
  } finally {
    await withDatabase((db) => db.query("UPDATE integration_connections SET enabled = false WHERE name = ANY($1)", [[names.slack, names.pd, names.jira]]));
    await Promise.all([slack.close(), pd.close(), jira.close()]);
  }
});
