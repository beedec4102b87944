import { axeFailures } from "./support/axe";
import { expect, screenshot, test } from "./support/fixtures";
import { seedClockRecord } from "./support/records";

const TODAY = new Date().toISOString().slice(0, 10);

test("legal filters the rules to California, records a counsel review and sees it on an incident's register", async ({ page, users, signIn, adminApi }) => {
  test.setTimeout(180_000);
  const commander = await users.create(["commander"], "Casey Commander");
  const legal = await users.create(["legal"], "Lee Legal");
  const created = await adminApi.post("/api/incidents", { data: { title: `Customer export bucket public ${Date.now()}`, severity: "high", commanderId: commander.id } });
  expect(created.status(), await created.text()).toBe(201);
  const incidentId = ((await created.json()) as { incident: { id: string } }).incident.id;
  await seedClockRecord(incidentId, {
    obligations: [
      { ruleId: "US-CA-1798.82-IND", recipient: "Affected California residents", region: "US-CA", citation: "Cal. Civ. Code §1798.82(a)", dueAt: new Date("2026-12-21T07:59:59Z") },
      { ruleId: "US-TX-521.053-IND", recipient: "Affected individuals", region: "US-TX", citation: "Tex. Bus. & Com. Code §521.053(b)", dueAt: new Date("2027-01-20T05:59:59Z") },
    ],
    affected: [{ jurisdiction: "US-CA", count: 1200 }, { jurisdiction: "US-TX", count: 600 }],
    aware: { at: new Date("2026-11-20T15:00:00Z"), by: commander },
  });
  const failures: string[] = [];

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, legal);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rules" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rules" })).toBeVisible();
  const table = page.getByRole("table", { name: /Rules of the catalog/ });
  await expect(table.locator("tr[data-rule]").first()).toBeVisible();
  const all = await table.locator("tr[data-rule]").count();
  expect(all).toBeGreaterThan(80);
  await expect(page.getByText(`All ${all} rules.`)).toBeVisible();
  // axe over the whole catalog runs in the accessibility spec (its state "rules, every rule"); here the same table, filtered.
  await screenshot(page, "rules-1280-all", { fullPage: false });

  // By name, then by code: the same California rows, nothing else.
  await page.getByLabel("Jurisdiction").fill("California");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/jurisdiction=California/);
  await expect(page.getByRole("status").filter({ hasText: "rules match these filters" })).toContainText(`4 of ${all}`);
  const rows = table.locator("tr[data-rule]");
  await expect(rows).toHaveCount(4);
  for (const id of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-rule")))) expect(id).toMatch(/^US-CA-/);
  const ag = table.locator('tr[data-rule="US-CA-1798.82-AG"]');
  await expect(ag).toContainText("California");
  await expect(ag).toContainText("Starts when the notice to affected California residents is sent");
  await expect(ag).toContainText("15 calendar days, to the end of the last day");
  await expect(ag).toContainText("More than 500 residents of California affected");
  await expect(ag).toContainText("S · Secondary source");
  await expect(ag.getByRole("link", { name: /Cal\. Civ\. Code §1798\.82\(f\)/ })).toHaveAttribute("href", /leginfo\.legislature\.ca\.gov/);
  await expect(ag).toContainText("Not reviewed at version");
  await ag.getByText(/other conditions/).click();
  await expect(ag).toContainText("Encryption safe harbour: not owed when the data were encrypted and the key was not compromised");
  failures.push(...(await axeFailures(page, "rules filtered to California")));
  await screenshot(page, "rules-1280-california");
  await page.goto("/rules?jurisdiction=US-CA&verification=S");
  await expect(rows).toHaveCount(3);

  await page.goto("/rules?jurisdiction=Quebec");
  await expect(page.getByRole("heading", { name: "No rule matches these filters" })).toBeVisible();
  failures.push(...(await axeFailures(page, "rules, nothing matches")));

  // Record a review of the resident notice, naming outside counsel; an empty reviewer is refused first.
  await page.goto("/rules?jurisdiction=California");
  await table.locator('tr[data-rule="US-CA-1798.82-IND"]').getByRole("link", { name: "Review of US-CA-1798.82-IND" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "California: Affected California residents" })).toBeVisible();
  await expect(page.getByText("No counsel review of this rule has been recorded, at any version.")).toBeVisible();
  await expect(page.getByLabel("Reviewer")).toHaveValue("Lee Legal");
  await page.getByLabel("Reviewer").fill("");
  await page.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByText("Reviewer is required")).toBeVisible();
  failures.push(...(await axeFailures(page, "rule review with a validation error")));
  await page.getByLabel("Reviewer").fill("Dana Counsel (Outside LLP)");
  await page.getByLabel("Date reviewed", { exact: true }).fill(TODAY);
  await page.getByLabel("Note").fill("Trigger, 30 days and the encryption safe harbour read against §1798.82(a) as amended by SB 446.");
  await page.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByText(`Review recorded: Dana Counsel (Outside LLP), ${TODAY}`)).toBeVisible();
  const history = page.getByRole("region", { name: "Review history" });
  await expect(history).toContainText("Dana Counsel (Outside LLP) reviewed version");
  await expect(history).toContainText("Recorded by Lee Legal");
  failures.push(...(await axeFailures(page, "rule page after a review")));
  await screenshot(page, "rule-1280-reviewed");

  // The list now says it, and the reviewed filter finds it.
  await page.goto("/rules?jurisdiction=US-CA&review=reviewed");
  await expect(rows).toHaveCount(1);
  await expect(table.locator('tr[data-rule="US-CA-1798.82-IND"]')).toContainText(`Reviewed by Dana Counsel (Outside LLP) on ${TODAY}`);

  // The incident's register shows the review per obligation and lists the rule not reviewed.
  await page.goto(`/incidents/${incidentId}/obligations`);
  const register = page.getByRole("table", { name: "Notification obligations of this incident" });
  await expect(register.locator('tr[data-rule="US-CA-1798.82-IND"]')).toContainText(`Reviewed by counsel: Dana Counsel (Outside LLP) on ${TODAY}`);
  await expect(register.locator('tr[data-rule="US-TX-521.053-IND"]')).toContainText("Not reviewed by counsel at rule version 2026-11-22.1");
  const unreviewed = page.getByRole("region", { name: "Counsel review of these rules" });
  await expect(unreviewed).toContainText("1 rule has not been reviewed by counsel");
  await expect(unreviewed.getByRole("link", { name: "US-TX-521.053-IND" })).toBeVisible();
  await expect(unreviewed.getByRole("link", { name: "US-CA-1798.82-IND" })).toHaveCount(0);
  failures.push(...(await axeFailures(page, "register with counsel review")));
  await screenshot(page, "register-1280-counsel-review");

  // A phone: each rule stacks as a card with its own labels, nothing wider than the screen.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/rules?jurisdiction=California");
  await expect(rows).toHaveCount(4);
  await expect(table.getByRole("columnheader").first()).toBeHidden();
  const card = table.locator('tr[data-rule="US-CA-1798.82-IND"]');
  await expect(card).toContainText("Reviewed by Dana Counsel (Outside LLP)");
  await expect(card.getByText("Counsel review", { exact: true })).toBeVisible();
  expect((await card.boundingBox())!.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  failures.push(...(await axeFailures(page, "rules on a phone")));
  await screenshot(page, "rules-375-california");
  await page.goto("/rules/US-CA-1798.82-IND");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await screenshot(page, "rule-375-reviewed");

  expect(failures, failures.join("\n")).toEqual([]);
});

test("an engineer reads the rules but cannot record a review", async ({ page, users, signIn }) => {
  await signIn(page, await users.create(["engineer"], "Eli Engineer"));
  await page.goto("/rules/US-TX-521.053-AG");
  await expect(page.getByRole("heading", { level: 1, name: "Texas: Texas Attorney General" })).toBeVisible();
  await expect(page.getByText("At least 250 residents of Texas affected")).toBeVisible();
  await expect(page.getByRole("button", { name: "Record review" })).toHaveCount(0);
  await expect(page.getByText("Only administrators and legal reviewers can do this.")).toBeVisible();
  const refused = await page.request.post("/api/rules/US-TX-521.053-AG/reviews", {
    data: { ruleVersion: "2026-11-22.1", reviewerName: "Eli", reviewedOn: TODAY },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(403);
  await page.goto("/rules/NOT-A-RULE");
  await expect(page.getByText(/not found|could not be found/i).first()).toBeVisible();
});
