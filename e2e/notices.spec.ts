import { readFileSync } from "node:fs";
import pg from "pg";
import type { Browser } from "@playwright/test";
import { RULES_BY_ID } from "../lib/clocks/catalog";
import { axeFailures } from "./support/axe";
import { expect, screenshot, test, type TTestUser } from "./support/fixtures";
import { sesBounceMessage, snsNotification } from "../tests/fakes/sns";
import { mailboxMessages } from "./support/mailbox";
import { E2E_BASE_URL, E2E_BOUNCE_TOPIC, RUNTIME_FILE, type TE2ERuntime } from "./support/paths";

/** One obligation row inserted directly, as the register would store it, so the spec needs no clock facts to start. */
async function insertObligation(incidentId: string, ruleId: string, dueAt: Date): Promise<void> {
  const { databaseUrl } = JSON.parse(readFileSync(RUNTIME_FILE, "utf8")) as TE2ERuntime;
  if (!["127.0.0.1", "localhost"].includes(new URL(databaseUrl).hostname)) throw new Error("refusing a non-local database");
  const rule = RULES_BY_ID.get(ruleId as never)!;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO obligations (id, incident_id, rule_id, recipient, rule_version, catalog_version, rule_snapshot, applies, status, evaluation, due_at, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, 'e2e', $5, 'yes', 'on_track', '{}', $6, now())`,
      [incidentId, ruleId, rule.recipient, rule.version, JSON.stringify(rule), dueAt],
    );
  } finally {
    await client.end();
  }
}

async function as(browser: Browser, signIn: (page: import("@playwright/test").Page, user: TTestUser) => Promise<void>, user: TTestUser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return { page, close: () => context.close() };
}

test("comms drafts a California notice, legal and comms approve it from the queue, the commander sends it and the obligation turns met", async ({
  browser,
  users,
  signIn,
  adminApi,
}) => {
  test.setTimeout(120_000);
  const commander = await users.create(["commander"], "Casey Commander");
  const drafter = await users.create(["comms"], "Cam Comms");
  const comms = await users.create(["comms"], "Cat Comms");
  const legal = await users.create(["legal"], "Lee Legal");
  const title = `Customer records exposed ${Date.now()}`;
  const created = await adminApi.post("/api/incidents", { data: { title, severity: "high", commanderId: commander.id, summary: "An S3 bucket with <b>customer</b> records was public." } });
  expect(created.status()).toBe(201);
  const incidentId = ((await created.json()) as { incident: { id: string } }).incident.id;
  await insertObligation(incidentId, "US-CA-1798.82-IND", new Date(Date.now() + 5 * 86_400_000));

  // 1. Comms drafts from the obligation: the California template, pre-filled, with what is still missing listed.
  const c = await as(browser, signIn, drafter);
  await c.page.goto(`/incidents/${incidentId}/notices`);
  const obligationSelect = c.page.getByLabel("For obligation");
  const obligationValue = await obligationSelect.locator("option", { hasText: "US-CA-1798.82-IND" }).getAttribute("value");
  await obligationSelect.selectOption(obligationValue!);
  await expect(c.page.getByLabel("Template")).toHaveValue("california-1798-82");
  await c.page.getByRole("button", { name: "Draft notice" }).click();
  await expect(c.page.getByRole("heading", { name: /California — Notice of Data Breach/ })).toBeVisible();
  const missing = c.page.getByRole("status").filter({ hasText: "Still missing before it can be sent" });
  await expect(missing).toContainText("What We Are Doing.: still has a placeholder to fill in");
  // A letter to residents never starts from the internal title or summary: what happened is for a person to write.
  await expect(c.page.getByLabel("What Happened?")).not.toHaveValue(new RegExp(title));
  // The incident has no declared moments or clock facts yet: those parts stay placeholders until written.
  await expect(missing).toContainText("What Happened?: still has a placeholder to fill in");
  await c.page.getByLabel("What Happened?").fill(`${title}. On 18 November we found a storage bucket open to the internet; we closed it the same day.`);
  await c.page.getByLabel("What Information Was Involved?").fill("Names, postal addresses and <b>account numbers</b>.");
  await c.page.getByLabel("What We Are Doing.").fill("We closed public access to the bucket and rotated the keys.");
  await c.page.getByLabel("What You Can Do.").fill("Watch your accounts, {{name}}; the credit bureaus' numbers are below.");
  await c.page.getByLabel("For More Information.").fill("Call 0800 000 000 or write to privacy@example.com.");
  await c.page.getByLabel("Recipients", { exact: true }).fill("Ana Resident <ana@example.org>");
  await c.page.getByRole("button", { name: "Save new version" }).click();
  await expect(c.page.getByText("Every required element is filled in.")).toBeVisible();
  await expect(c.page.getByText("You saved version 2, so someone else must approve it.")).toBeVisible();
  await screenshot(c.page, "notices-draft");
  await c.close();

  // 2. Legal sees it in the review queue (with the full text, nothing approved before) and approves with the password.
  const l = await as(browser, signIn, legal);
  await l.page.getByRole("link", { name: "Reviews" }).click();
  const queue = l.page.getByRole("list", { name: "Drafts awaiting your approval" });
  await expect(queue.getByRole("link", { name: /California — Notice of Data Breach/ })).toBeVisible();
  await expect(queue).toContainText("We closed public access to the bucket");
  await screenshot(l.page, "notices-review-queue");
  await queue.getByRole("link", { name: /California — Notice of Data Breach/ }).click();
  await l.page.getByLabel("Confirm your password").fill(legal.password);
  await l.page.getByRole("button", { name: "Approve version 2" }).click();
  await expect(l.page.getByText(/Legal: approved by Lee Legal/)).toBeVisible();
  await l.close();

  // 3. Another comms reviewer approves.
  const k = await as(browser, signIn, comms);
  await k.page.goto("/reviews");
  await k.page.getByRole("link", { name: /California — Notice of Data Breach/ }).click();
  await k.page.getByLabel("Confirm your password").fill(comms.password);
  await k.page.getByRole("button", { name: "Approve version 2" }).click();
  await expect(k.page.getByText(/Communications: approved by Cat Comms/)).toBeVisible();
  await k.close();

  // 4. The commander sends it; the obligation turns met; the timeline shows every step.
  const m = await as(browser, signIn, commander);
  await m.page.goto(`/incidents/${incidentId}/notices`);
  await expect(m.page.getByText("Approved — ready to send")).toBeVisible();
  // The next-steps panel says what to do and links straight to the notice.
  await m.page.getByRole("link", { name: /^Open it to send/ }).click();
  await m.page.getByRole("button", { name: "Send by e-mail to 1 person…" }).click();
  await m.page.getByRole("dialog", { name: "Send to 1 person — this cannot be undone" }).getByRole("button", { name: "Send to 1 person" }).click();
  await expect(m.page.getByRole("heading", { name: "Sent", exact: true })).toBeVisible();
  await expect(m.page.getByText(/^met · due/)).toBeVisible();
  await screenshot(m.page, "notices-sent");
  const mails = mailboxMessages();
  const mail = mails.find((x) => x.to.includes("ana@example.org"));
  expect(mail?.subject).toBe("Notice of Data Breach");
  expect(mail?.raw).toContain("Watch your accounts, Ana Resident;");

  // 5. Minutes later Amazon SES reports Ana's mailbox gone (a bounce through SNS, signed): the notice page and the next
  //    steps say she was not reached, though the obligation stays met.
  const { snsUrl } = JSON.parse(readFileSync(RUNTIME_FILE, "utf8")) as TE2ERuntime;
  const report = snsNotification(snsUrl, E2E_BOUNCE_TOPIC, sesBounceMessage({ messageId: mail!.messageId, address: "ana@example.org" }));
  const posted = await fetch(`${E2E_BASE_URL}/api/notices/bounces/sns`, { method: "POST", headers: { "content-type": "text/plain; charset=UTF-8" }, body: JSON.stringify(report) });
  expect(await posted.json()).toEqual({ outcome: "applied", bounced: 1 });
  await m.page.reload();
  const notReached = m.page.getByRole("alert").filter({ hasText: "1 recipient was not reached" });
  await expect(notReached).toBeVisible();
  await expect(notReached.getByRole("list", { name: "Recipients not reached" })).toContainText("ana@example.org — Bounced after the mail server accepted it (Permanent / General): 5.1.1 smtp; 550 5.1.1");
  await expect(m.page.getByText("1 of 1 sent, 1 bounced — finished.")).toBeVisible();
  expect(await axeFailures(m.page, "a sent notice that did not reach its recipient")).toEqual([]);
  await screenshot(m.page, "notices-bounced");

  await m.page.goto(`/incidents/${incidentId}`);
  const timeline = m.page.getByRole("list", { name: "Timeline, newest first" });
  await expect(timeline).toContainText("Notice drafted");
  await expect(timeline).toContainText(/saved version 2 of “[^”]+” for 1 recipient/);
  await expect(timeline).toContainText(/approved version 2 of “[^”]+” for Legal\./);
  await expect(timeline).toContainText(/approved version 2 of “[^”]+” for Communications; it has every approval it needs/);
  await expect(timeline).toContainText("Obligation met");
  await expect(timeline).toContainText(/sent version 2 of “[^”]+” by e-mail to 1 recipient\./);
  await expect(timeline).toContainText(/The mail provider reported 1 message of “[^”]+” undeliverable \(Permanent \/ General\)/);
  await expect(m.page.getByRole("link", { name: "See who was not reached" })).toBeVisible();
  await screenshot(m.page, "notices-timeline");
  await m.close();
});

test("an exercise incident says so on every page and shows its sandbox mailbox", async ({ page, users, signIn }) => {
  const commander = await users.create(["commander"], "Drill Commander");
  await signIn(page, commander);
  await page.goto("/incidents/new");
  await page.getByLabel("Title").fill(`Tabletop ${Date.now()}`);
  await page.getByLabel("Severity").selectOption("medium");
  await page.getByLabel("Commander").selectOption({ label: `Drill Commander (${commander.email})` });
  await page.getByLabel("This is an exercise").check();
  await page.getByRole("button", { name: "Declare incident" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tabletop");
  await expect(page.getByRole("note", { name: "Exercise" })).toContainText("EXERCISE");
  const incidentId = /\/incidents\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.getByRole("link", { name: "Notices" }).click();
  await expect(page.getByRole("note", { name: "Exercise" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sandbox mailbox (exercise)" })).toBeVisible();
  await screenshot(page, "notices-exercise");
  await page.goto(`/incidents/${incidentId}`);
  await expect(page.getByRole("note", { name: "Exercise" })).toBeVisible();
});
