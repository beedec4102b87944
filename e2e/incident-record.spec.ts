import { expect, screenshot, test } from "./support/fixtures";

async function declare(adminApi: import("@playwright/test").APIRequestContext, commanderId: string, title: string) {
  const created = await adminApi.post("/api/incidents", { data: { title, severity: "high", commanderId } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { incident: { id: string } }).incident.id;
}

test("a commander moves the phase, records a note and a decision, filters the timeline and verifies it", async ({
  page,
  users,
  signIn,
  adminApi,
}) => {
  const commander = await users.create(["commander"], "Casey Commander");
  const id = await declare(adminApi, commander.id, `Public S3 bucket ${Date.now()}`);
  await signIn(page, commander);
  await page.goto(`/incidents/${id}`);

  const overview = page.getByRole("region", { name: "Overview" });
  await expect(overview.getByText("Phase: Triage")).toBeVisible();
  await page.getByLabel("Move to").selectOption("investigating");
  await page.getByLabel("Reason", { exact: true }).fill("Confirmed the bucket policy allows public reads");
  await page.getByRole("button", { name: "Move to Investigating" }).click();
  await expect(overview.getByText("Phase: Investigating")).toBeVisible();
  const timeline = page.getByRole("list", { name: "Timeline, newest first" });
  await expect(timeline.getByText("moved the incident from Triage to Investigating: Confirmed the bucket policy allows public reads")).toBeVisible();

  // A note whose text looks like markup is shown as text.
  await page.getByLabel("Note", { exact: true }).fill("<b>Key</b> used from 203.0.113.7");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(timeline.getByText("<b>Key</b> used from 203.0.113.7")).toBeVisible();

  // A decision without a rationale is refused, the field says why.
  await page.getByLabel("Note", { exact: true }).fill("We are not notifying the ICO");
  await page.getByLabel("This is a decision").check();
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText("Rationale is required for a decision")).toBeVisible();
  await page.getByLabel("Rationale", { exact: true }).fill("The exported data were encrypted and the key was not compromised.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(timeline.getByText("The exported data were encrypted and the key was not compromised.")).toBeVisible();
  await screenshot(page, "incident-record-timeline");

  await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption("decision.recorded");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(timeline.getByRole("listitem")).toHaveCount(1);
  await expect(timeline.getByText("We are not notifying the ICO")).toBeVisible();

  await page.getByRole("button", { name: "Verify integrity" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Timeline intact" })).toContainText("All 4 events match");
  await screenshot(page, "incident-record-verified");
});

test("of two commanders changing the phase at once, the second is told and sees the new state", async ({
  browser,
  users,
  signIn,
  adminApi,
}) => {
  const first = await users.create(["commander"], "First Commander");
  const second = await users.create(["commander"], "Second Commander");
  const id = await declare(adminApi, first.id, `Leaked IAM key ${Date.now()}`);

  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const pageA = await contextA.newPage();
  const pageB = await contextB.newPage();
  await signIn(pageA, first);
  await signIn(pageB, second);
  // B's live connection is down (say, a flaky network), so its page is stale when it acts.
  await pageB.route("**/api/incidents/*/events*", (route) => route.abort());
  await pageA.goto(`/incidents/${id}`);
  await pageB.goto(`/incidents/${id}`);

  await pageA.getByLabel("Move to").selectOption("investigating");
  await pageA.getByRole("button", { name: "Move to Investigating" }).click();
  await expect(pageA.getByRole("region", { name: "Overview" }).getByText("Phase: Investigating")).toBeVisible();

  // B still shows Triage and tries to close it as a false positive.
  await pageB.getByLabel("Move to").selectOption("closed");
  await pageB.getByRole("button", { name: "Move to Closed" }).click();
  await expect(pageB.getByRole("alert").filter({ hasText: "Not changed" })).toContainText("it is now Investigating");
  await expect(pageB.getByRole("region", { name: "Overview" }).getByText("Phase: Investigating")).toBeVisible();
  await screenshot(pageB, "incident-record-conflict");

  await contextA.close();
  await contextB.close();
});

test("a need-to-know incident is visible to its members only; others get the not-found page", async ({
  browser,
  users,
  signIn,
  adminApi,
}) => {
  const commander = await users.create(["commander"], "Casey Restricted");
  const lawyer = await users.create(["legal"], "Lee Member");
  const outsider = await users.create(["engineer"], "Olive Outsider");
  const title = `Board mailbox exfiltrated ${Date.now()}`;
  const id = await declare(adminApi, commander.id, title);

  const commanderPage = await (await browser.newContext()).newPage();
  await signIn(commanderPage, commander);
  await commanderPage.goto(`/incidents/${id}`);
  await commanderPage.getByLabel("Person").selectOption({ label: `Lee Member (${lawyer.email})` });
  await commanderPage.getByLabel("Role on this incident").selectOption("legal_lead");
  await commanderPage.getByRole("button", { name: "Assign role" }).click();
  const people = commanderPage.getByRole("list", { name: "People on this incident" });
  await expect(people.getByText("Legal lead")).toBeVisible();
  await commanderPage.getByLabel("Reason for the change").fill("Insider suspected");
  await commanderPage.getByRole("button", { name: "Restrict to people listed" }).click();
  await expect(commanderPage.getByText("Restricted: need-to-know")).toBeVisible();
  await screenshot(commanderPage, "incident-record-need-to-know");

  const lawyerPage = await (await browser.newContext()).newPage();
  await signIn(lawyerPage, lawyer);
  await expect(lawyerPage.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await lawyerPage.goto(`/incidents/${id}`);
  await expect(lawyerPage.getByRole("heading", { level: 1 })).toContainText(title);

  const outsiderPage = await (await browser.newContext()).newPage();
  await signIn(outsiderPage, outsider);
  await expect(outsiderPage.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);
  const missing = await outsiderPage.goto(`/incidents/00000000-0000-4000-8000-000000000000`);
  const hidden = await outsiderPage.goto(`/incidents/${id}`);
  expect(hidden?.status()).toBe(404);
  expect(hidden?.status()).toBe(missing?.status());
  const api = await outsiderPage.request.get(`/api/incidents/${id}`);
  expect(api.status()).toBe(404);
});

test("a note added by legal appears on the commander's open page without a reload", async ({ browser, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"], "Casey Live");
  const lawyer = await users.create(["legal"], "Lee Live");
  const id = await declare(adminApi, commander.id, `Live incident ${Date.now()}`);

  const commanderPage = await (await browser.newContext()).newPage();
  await signIn(commanderPage, commander);
  await commanderPage.goto(`/incidents/${id}`);
  await expect(commanderPage.getByText("Live: changes appear as they happen")).toBeVisible();
  // Marks this document: a reload would lose it.
  await commanderPage.evaluate(() => Object.assign(window, { __noReload: true }));

  const lawyerPage = await (await browser.newContext()).newPage();
  await signIn(lawyerPage, lawyer);
  await lawyerPage.goto(`/incidents/${id}`);
  await lawyerPage.getByLabel("Note", { exact: true }).fill("Privilege review started; hold external comms");
  await lawyerPage.getByRole("button", { name: "Add note" }).click();
  await expect(lawyerPage.getByText("Privilege review started; hold external comms")).toBeVisible();

  const timeline = commanderPage.getByRole("list", { name: "Timeline, newest first" });
  await expect(timeline.getByText("Privilege review started; hold external comms")).toBeVisible({ timeout: 2000 });
  await expect(timeline.getByText("By Lee Live")).toBeVisible();
  expect(await commanderPage.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  await screenshot(commanderPage, "incident-record-live");
});

test("the commander's dashboard shows a newly declared incident live, most severe first", async ({ page, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"], "Casey Dashboard");
  await signIn(page, commander);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Active incidents", level: 1 })).toBeVisible();
  await expect(page.getByText("Live: changes appear as they happen")).toBeVisible();

  const title = `Ransomware on RDS snapshot ${Date.now()}`;
  const created = await adminApi.post("/api/incidents", { data: { title, severity: "critical", commanderId: commander.id } });
  expect(created.status()).toBe(201);
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toBeVisible({ timeout: 2000 });
  await expect(row).toContainText("critical");
  await expect(row).toContainText("Triage");
  await expect(page.getByRole("row").nth(1)).toContainText("critical");
  await screenshot(page, "dashboard");
});
