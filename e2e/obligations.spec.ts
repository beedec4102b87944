import { expect, screenshot, test } from "./support/fixtures";
import { seedCaliforniaIncident } from "./support/seed";

test("legal sees the register update live when the commander adds residents of a new state", async ({ browser, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"], "Casey Commander");
  const legal = await users.create(["legal"], "Lee Legal");
  const { id } = await seedCaliforniaIncident(adminApi, { commanderId: commander.id, legalLeadId: legal.id, moments: ["discovered", "breachDetermined"] });

  const legalContext = await browser.newContext({ timezoneId: "Europe/Paris" });
  const commanderContext = await browser.newContext({ timezoneId: "America/Chicago" });
  const legalPage = await legalContext.newPage();
  const commanderPage = await commanderContext.newPage();
  await signIn(legalPage, legal);
  await signIn(commanderPage, commander);

  await legalPage.goto(`/incidents/${id}/obligations`);
  const register = legalPage.getByRole("table", { name: "Notification obligations of this incident" });
  const california = register.locator('tr[data-rule="US-CA-1798.82-IND"]');
  await expect(california).toContainText("Applies");
  // Due 30 days after discovery, 23:59:59 in Los Angeles: shown in the rule's zone, the viewer's (Paris) and UTC.
  await expect(california).toContainText("20 Dec 2026, 23:59:59 GMT-8 (America/Los_Angeles");
  await expect(california).toContainText("21 Dec 2026, 08:59 CET");
  await expect(california).toContainText("21 Dec 2026, 07:59 UTC");
  await expect(legalPage.getByLabel("Owner of US-CA-1798.82-IND")).toHaveValue(legal.id);
  await expect(legalPage.locator("[data-live-state=live]")).toBeVisible();
  await expect(register.locator('tr[data-rule="US-TX-521.053-IND"]')).toHaveCount(0);

  await commanderPage.goto(`/incidents/${id}/facts`);
  await expect(commanderPage.getByRole("heading", { name: "Declared moments" })).toBeVisible();
  await commanderPage.getByRole("button", { name: "Add a jurisdiction" }).click();
  await commanderPage.getByLabel("Jurisdiction 2", { exact: true }).fill("US-TX");
  await commanderPage.getByLabel("Residents affected 2", { exact: true }).fill("600");
  await commanderPage.getByLabel("Why this change").fill("Texas customers found in the dump");
  await commanderPage.getByRole("button", { name: "Save facts" }).click();
  await expect(commanderPage.getByText(/Saved\. Register: \d+ added/)).toBeVisible();
  await screenshot(commanderPage, "facts-commander-added-texas");

  // Without a reload, legal's register now has the Texas rows.
  const texas = register.locator('tr[data-rule="US-TX-521.053-IND"]');
  await expect(texas).toBeVisible();
  await expect(texas).toContainText("Affected individuals");
  await expect(texas).toContainText("Tex. Bus. & Com. Code §521.053(b)");
  await expect(texas.locator("[data-countdown]")).toContainText(/in \d+ d/);
  await screenshot(legalPage, "obligations-legal-live-texas");

  // The overview's timeline tells the difference once.
  await commanderPage.goto(`/incidents/${id}`);
  const timeline = commanderPage.getByRole("list", { name: "Timeline, newest first" });
  await expect(timeline.getByText(/now appl(y|ies): .*Affected individuals \(Texas\)/)).toHaveCount(1);
  await expect(timeline.getByText(/changed people affected from .* to .*Texas \(600\)\. Why: Texas customers found in the dump/)).toBeVisible();

  await legalContext.close();
  await commanderContext.close();
});

test("a commander corrects a declared moment by superseding it; invalid input is tied to its field", async ({ page, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"], "Casey Commander");
  const legal = await users.create(["legal"], "Lee Legal");
  const { id } = await seedCaliforniaIncident(adminApi, { commanderId: commander.id, legalLeadId: legal.id, moments: ["discovered", "breachDetermined"] });
  await signIn(page, commander);
  await page.goto(`/incidents/${id}/facts`);

  await page.getByLabel("Moment", { exact: true }).selectOption("discovered");
  await expect(page.getByText("Already declared: this corrects it.")).toBeVisible();
  await page.getByRole("button", { name: "Correct this moment" }).click();
  await expect(page.getByText("When must be an instant with its offset")).toBeVisible();
  await expect(page.getByLabel("When", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("When", { exact: true }).fill("2026-11-18T09:30:00");
  await page.getByLabel("Why", { exact: true }).fill("An earlier GuardDuty alert was found");
  await page.getByRole("button", { name: "Correct this moment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Discovered corrected." })).toBeVisible();
  const row = page.locator('tr[data-moment="discovered"]');
  await expect(row).toContainText("An earlier GuardDuty alert was found");
  await expect(row.getByText("Corrects 1 earlier declaration")).toBeVisible();

  // Jurisdictions read as names; one that names no place is refused, naming the row.
  await expect(page.getByLabel("Jurisdiction 1", { exact: true })).toHaveValue("California (US-CA)");
  await page.getByLabel("Jurisdiction 1", { exact: true }).fill("Narnia");
  await page.getByLabel("Why this change").fill("typo");
  await page.getByRole("button", { name: "Save facts" }).click();
  await expect(page.getByText(/Jurisdiction 1 is not a country, US state or Canadian province/)).toBeVisible();
  await expect(page.getByLabel("Jurisdiction 1", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await screenshot(page, "facts-declarations-corrected");
});

test("on a phone each obligation is a card that starts with when it is due and where it stands", async ({ page, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"], "Pat Phone");
  const legal = await users.create(["legal"], "Lou Legal");
  const { id } = await seedCaliforniaIncident(adminApi, { commanderId: commander.id, legalLeadId: legal.id, moments: ["discovered", "breachDetermined"] });
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, legal);
  await page.goto(`/incidents/${id}/obligations`);
  const cards = page.getByRole("list", { name: "Notification obligations of this incident" });
  const california = cards.locator('[data-rule-card="US-CA-1798.82-IND"]');
  await expect(california).toBeVisible();
  await expect(page.getByRole("table", { name: "Notification obligations of this incident" })).toHaveCount(0);
  const terms = await california.locator("dt").allTextContents();
  expect(terms.slice(0, 2)).toEqual(["Due", "Status"]);
  await expect(california).toContainText("20 Dec 2026, 23:59:59 GMT-8 (America/Los_Angeles");
  await expect(page.getByLabel("Owner of US-CA-1798.82-IND")).toHaveValue(legal.id);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, "obligations-phone-cards");
});
