import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { axeFailures } from "./support/axe";
import { eventWith } from "./support/aws-events";
import { expect, test } from "./support/fixtures";
import { withDatabase } from "./support/records";
import { as, shoot } from "./support/sessions";

const stepsOf = (page: Page) => page.getByTestId("next-steps");
/** The numbered step whose title matches, inside "Next steps for you". */
const step = (page: Page, title: string | RegExp) => stepsOf(page).getByRole("listitem").filter({ hasText: title });

/** Unfolds "Waiting on others" (open already when nothing waits for the viewer). */
async function openWaiting(page: Page) {
  const details = stepsOf(page).locator("details");
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  await expect(details).toHaveAttribute("open", "");
}

/** Follows a next step's link (its accessible name is its label followed by the step's title). */
async function follow(page: Page, item: Locator, label: string) {
  await expect(item).toBeVisible();
  await item.getByRole("link", { name: new RegExp(`^${label}`) }).click();
}

test("a commander who knows nothing of the model is led from findings to the first notice by the next steps alone", async ({ browser, users, signIn, adminApi }) => {
  test.setTimeout(600_000);
  const failures: string[] = [];
  const bucket = `exports-${randomUUID().slice(0, 8)}`;
  for (const title of [`Bucket ${bucket} is publicly readable`, `Bucket ${bucket} has Block Public Access off`]) {
    const pushed = await adminApi.post("/api/intake/eventbridge", { data: eventWith(title, bucket) });
    expect(pushed.status(), await pushed.text()).toBe(202);
  }
  const commander = await users.create(["commander"], "Casey Lead");
  const comms = await users.create(["comms"], "Cam Writer");
  const legal = await users.create(["legal"], "Lee Counsel");

  // ─── The commander opens an incident from the findings ───
  const k = await as(browser, signIn, commander);
  await k.page.goto("/findings");
  await k.page.getByLabel("Resource ARN or id").fill(bucket);
  await k.page.getByRole("button", { name: "Apply filters" }).click();
  const group = k.page.getByRole("region", { name: `Resource arn:aws:s3:::${bucket}` });
  await group.getByRole("checkbox", { name: `Select all 2 finding(s) on arn:aws:s3:::${bucket}` }).check();
  await k.page.getByRole("button", { name: "Open incident" }).click();
  await expect(k.page.getByRole("heading", { name: "Next steps for you" })).toBeVisible();
  const incidentUrl = new URL(k.page.url()).pathname;
  expect(incidentUrl).toMatch(/^\/incidents\/[0-9a-f-]{36}$/);

  // 1. Nothing is known yet: the facts come first.
  await expect(stepsOf(k.page).getByRole("listitem").first()).toContainText("Record what was exposed and whose data it is");
  await expect(step(k.page, "Apply the “Public S3 bucket” playbook")).toBeVisible();
  failures.push(...(await axeFailures(k.page, "next steps of a new incident")));
  await shoot(k.page, "next-steps-opened");
  await follow(k.page, step(k.page, "Record what was exposed"), "Record the facts");

  // 2. The facts form; the jurisdiction is typed as a name, and text that names no place is refused at its field.
  await k.page.getByLabel("Personal data compromised").selectOption("yes");
  await k.page.getByRole("checkbox", { name: "Names", exact: true }).check();
  await k.page.getByRole("checkbox", { name: "Government id numbers (SSN, national id)" }).check();
  await k.page.getByRole("checkbox", { name: "Data were acquired / exfiltrated" }).check();
  await k.page.getByLabel("Encryption", { exact: true }).selectOption("none");
  await k.page.getByRole("button", { name: "Add a jurisdiction" }).click();
  await k.page.getByRole("combobox", { name: "Jurisdiction 1" }).fill("Atlantis");
  await k.page.getByLabel("Residents affected 1").fill("1200");
  await k.page.getByLabel("Risk assessment").selectOption("risk");
  await k.page.getByLabel("Why this change").fill("The customer table was in the exposed bucket");
  await k.page.getByRole("button", { name: "Save facts" }).click();
  const jurisdiction = k.page.getByRole("combobox", { name: "Jurisdiction 1" });
  await expect(k.page.getByText("Jurisdiction 1 is not a country, US state or Canadian province")).toBeVisible();
  await expect(jurisdiction).toHaveAttribute("aria-invalid", "true");
  await expect(jurisdiction).toBeFocused();
  failures.push(...(await axeFailures(k.page, "facts with an unknown jurisdiction")));
  await jurisdiction.fill("California");
  await expect(k.page.getByText("Read as California (US-CA)")).toBeVisible();
  await k.page.getByRole("button", { name: "Add a jurisdiction" }).click();
  await k.page.getByRole("combobox", { name: "Jurisdiction 2" }).fill("germany");
  await k.page.getByLabel("Residents affected 2").fill("300");
  failures.push(...(await axeFailures(k.page, "facts with jurisdictions typed as names")));
  await shoot(k.page, "next-steps-facts-names");
  await k.page.getByRole("button", { name: "Save facts" }).click();
  // The form comes back at the saved version (its confirmation goes with the old one).
  await expect(k.page.getByText("Version 1. Every change is recorded on the timeline with its reason.")).toBeVisible();
  await expect(k.page.getByRole("combobox", { name: "Jurisdiction 1" })).toHaveValue("California (US-CA)");

  // 3. The clocks wait for moments, Aware first; its form opens on Aware and "Now" fills the instant.
  await expect(stepsOf(k.page).getByRole("listitem").first()).toContainText("The European Union clock has not started: declare Aware");
  await expect(stepsOf(k.page).getByRole("listitem").nth(1)).toContainText("The California clocks have not started: declare Discovered");
  failures.push(...(await axeFailures(k.page, "next steps waiting for moments")));
  await follow(k.page, step(k.page, "declare Aware"), "Declare Aware");
  await expect(k.page.getByRole("combobox", { name: "Moment" })).toHaveValue("aware");
  await k.page.getByRole("button", { name: "Set When to now" }).click();
  await expect(k.page.getByLabel("When", { exact: true })).toHaveValue(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/);
  await k.page.getByLabel("Why", { exact: true }).fill("Reads of the customer table confirmed in CloudTrail");
  await k.page.getByRole("button", { name: "Declare moment" }).click();
  await expect(k.page.getByText(/Aware \(.*\) declared\./)).toBeVisible();

  // 4. "Discovered at the same time?": one click, from the next steps, starts the California clocks.
  const sameTime = stepsOf(k.page).getByRole("button", { name: "Yes, Discovered at the same time as Aware" });
  await expect(sameTime).toBeVisible();
  await expect(k.page.getByRole("region", { name: "Declared moments" }).getByRole("button", { name: "Yes, Discovered at the same time", exact: true })).toBeVisible();
  failures.push(...(await axeFailures(k.page, "Discovered at the same time offered")));
  await shoot(k.page, "next-steps-same-moment");
  await sameTime.click();
  const moments = k.page.getByRole("table", { name: "Current declared moments" });
  await expect(moments.locator("tr[data-moment=discovered]")).toBeVisible();
  expect(await moments.locator("tr[data-moment=discovered] td").first().innerText()).toBe(await moments.locator("tr[data-moment=aware] td").first().innerText());
  await expect(stepsOf(k.page)).not.toContainText("declare Discovered");

  // 5. Two deadlines now run with nobody to be reminded: assign them.
  await follow(k.page, step(k.page, "2 obligations have no owner"), "Assign owners");
  for (const rule of ["EU-GDPR-33-SA", "US-CA-1798.82-IND"]) {
    await k.page.getByLabel(`Owner of ${rule}`).selectOption({ label: "Lee Counsel" });
    await expect(k.page.getByLabel(`Owner of ${rule}`)).toBeEnabled();
  }
  await expect(stepsOf(k.page)).not.toContainText("no owner");

  // 6. The findings call for a playbook; its tasks get owners, and "Now" fills a task's due time.
  await follow(k.page, step(k.page, "Apply the “Public S3 bucket” playbook"), "See the playbook");
  await k.page.getByRole("list", { name: "Suggested playbooks" }).getByRole("button", { name: "Apply “Public S3 bucket”" }).click();
  await expect(stepsOf(k.page)).not.toContainText("Apply the “Public S3 bucket” playbook");
  await k.page.getByRole("button", { name: "Set Due to now" }).first().click();
  await expect(k.page.getByLabel("Due", { exact: true }).first()).toHaveValue(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);

  // 7. What is left is other people's: the commander is told what they wait on, not that nothing is open.
  await k.page.goto(incidentUrl);
  await openWaiting(k.page);
  await expect(stepsOf(k.page)).toContainText("Draft the notice to Supervisory authority (lead SA for cross-border processing) (the European Union) — waits for administrators, legal reviewers or communications staff");
  failures.push(...(await axeFailures(k.page, "commander waiting on others")));
  await shoot(k.page, "next-steps-commander-waiting");

  // ─── Communications drafts the notice whose deadline runs first, from their own next steps ───
  const c = await as(browser, signIn, comms);
  await c.page.goto(incidentUrl);
  const draft = stepsOf(c.page).getByRole("listitem").first();
  await expect(draft).toContainText("Draft the notice to Supervisory authority");
  failures.push(...(await axeFailures(c.page, "next steps of communications")));
  await follow(c.page, draft, "Draft it");
  await expect(c.page.getByLabel("For obligation").locator("option:checked")).toContainText("EU-GDPR-33-SA");
  await c.page.getByRole("button", { name: "Draft notice" }).click();
  const editor = c.page.locator("form[aria-labelledby=edit-notice]");
  await expect(editor).toBeVisible();
  const areas = editor.locator("textarea");
  const sections = (await areas.count()) - 1; // the last one is the recipients
  for (let i = 0; i < sections; i += 1) await areas.nth(i).fill("Written in plain words for the authority.");
  await editor.getByRole("button", { name: "Save new version" }).click();
  await expect(c.page.getByText("Saved as version 2")).toBeVisible();
  await c.page.goto(incidentUrl);
  await openWaiting(c.page);
  await expect(stepsOf(c.page)).toContainText(/needs approval — waits for its Legal approver/);
  await c.close();

  // ─── Legal is told a draft waits for their approval ───
  const l = await as(browser, signIn, legal);
  await l.page.goto(incidentUrl);
  const approve = step(l.page, /waits for your approval \(Legal\)/);
  failures.push(...(await axeFailures(l.page, "a draft waits for your approval")));
  await shoot(l.page, "next-steps-approve");
  await follow(l.page, approve, "Review it");
  await l.page.getByLabel("Confirm your password").fill(legal.password);
  await l.page.getByRole("button", { name: "Approve version 2" }).click();
  await expect(l.page.getByText(/Legal: approved by Lee Counsel/)).toBeVisible();
  await l.close();

  // ─── The commander's next step: send it ───
  await k.page.goto(incidentUrl);
  const send = stepsOf(k.page).getByRole("listitem").first();
  await expect(send).toContainText("is approved: send it");
  failures.push(...(await axeFailures(k.page, "an approved notice to send")));
  await follow(k.page, send, "Open it to send");
  await k.page.getByRole("textbox", { name: "Portal" }).fill("BfDI online form");
  await k.page.getByRole("textbox", { name: "Reference" }).fill("DE-2026-0042");
  await k.page.getByRole("button", { name: "Set Submitted at to now" }).click();
  await k.page.getByRole("button", { name: "Record submission" }).click();
  await expect(k.page.getByText("Submitted via BfDI online form, reference DE-2026-0042")).toBeVisible();
  const met = await withDatabase(async (db) =>
    (await db.query<{ met_at: Date | null }>("SELECT met_at FROM obligations WHERE incident_id = $1 AND rule_id = 'EU-GDPR-33-SA'", [incidentUrl.split("/")[2]])).rows[0],
  );
  expect(met?.met_at).not.toBeNull();
  await k.page.goto(incidentUrl);
  await expect(stepsOf(k.page)).not.toContainText("is approved: send it");
  await k.close();

  expect(failures, failures.join("\n")).toEqual([]);
});
