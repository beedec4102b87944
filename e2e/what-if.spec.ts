import type { Page } from "@playwright/test";
import { axeFailures } from "./support/axe";
import { expect, screenshot, test } from "./support/fixtures";
import { saveNewYorkProfile, seedCaliforniaIncident } from "./support/seed";

/** Words of the rule engine that must never reach the results (the unit test scans every fixture; this is the live page). */
const VOCABULARY = [/\b[a-z][a-z0-9]*_[a-z0-9_]+\b/, /\b[a-z]+[A-Z][A-Za-z]*\b/, /(^|\s)\/(incident|affected|moments)\//, /\b[A-Z]{2}-[A-Z0-9]{1,3}\b/];

async function expectPlainWords(page: Page) {
  const compare = page.getByTestId("what-if-compare");
  const text = `${await page.getByTestId("what-if-results").innerText()}\n${(await compare.count()) ? await compare.innerText() : ""}`;
  for (const pattern of VOCABULARY) expect(text, `results text matches ${pattern}`).not.toMatch(pattern);
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test.use({ timezoneId: "Europe/Berlin" });
// Each journey runs axe several times on a long page: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 240_000 });

test("legal starts from an incident, adds Germany and sees the new obligation due in words; the incident is not changed", async ({ page, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"], "Casey Commander");
  const legal = await users.create(["legal"], "Lee Legal");
  const { id, title } = await seedCaliforniaIncident(adminApi, { commanderId: commander.id, moments: ["aware", "discovered", "breachDetermined"] });
  await signIn(page, legal);

  // From the incident's obligations, "What if…" opens the What-if page with its facts.
  await page.goto(`/incidents/${id}/obligations`);
  await page.getByRole("link", { name: "What if…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What-if: notification clocks");
  await expect(page.getByTestId("what-if-origin")).toContainText(`Started from INC-`);
  await expect(page.getByTestId("what-if-origin")).toContainText(title);
  await expect(page.getByLabel("Start from an incident")).toHaveValue(id);
  await expect(page.getByLabel("Jurisdiction 1", { exact: true })).toHaveValue("California (US-CA)");

  const results = page.getByTestId("what-if-results");
  const applies = page.getByRole("list", { name: /^Obligations that apply/ });
  // 30 days from discovery, to the end of the day in Los Angeles: 21 Dec 08:59 in Berlin, with the law's own reading.
  const california = applies.locator('[data-rule="US-CA-1798.82-IND"]');
  await expect(california).toContainText("Affected California residents");
  await expect(california).toContainText(/Due\s*21 Dec 2026, 08:59 CET/);
  await expect(california).toContainText("20 Dec 2026, 23:59:59 GMT-8, Los Angeles time, as the law counts it");
  await expect(results).toContainText("times in your time zone (Europe/Berlin)");
  await expect(results.locator('[data-rule="EU-GDPR-33-SA"]')).toHaveCount(0);
  await expect(page.getByTestId("what-if-compare")).toContainText("The same obligations and due times as the incident's own facts.");
  await expectPlainWords(page);
  const failures = await axeFailures(page, "what-if started from an incident");
  await screenshot(page, "what-if-from-incident-1280");

  // One fact changes: people in Germany. The GDPR's 72 hours from awareness now apply, said in words.
  await page.getByRole("button", { name: "Add a jurisdiction" }).click();
  await page.getByLabel("Jurisdiction 2", { exact: true }).fill("Germany");
  await page.getByLabel("Residents affected 2", { exact: true }).fill("300");
  const gdpr = applies.locator('[data-rule="EU-GDPR-33-SA"]');
  await expect(gdpr).toContainText("Supervisory authority (lead SA for cross-border processing)");
  await expect(gdpr).toContainText(/Due\s*23 Nov 2026, 16:00 CET/);
  await expect(gdpr).toContainText("72 hours, from Aware (20 Nov 2026, 16:00 CET)");
  await expect(gdpr).toContainText("Overdue");
  await expect(page.getByText("Read as Germany (DE)")).toBeVisible();
  // What the change changed, compared with the incident's own facts.
  await expect(page.getByTestId("what-if-compare")).toContainText(
    "Supervisory authority (lead SA for cross-border processing): applies, due 23 Nov 2026, 16:00 CET (for the incident: not touched by the facts)",
  );
  await expectPlainWords(page);
  failures.push(...(await axeFailures(page, "what-if with Germany added")));
  await screenshot(page, "what-if-germany-added-1280");

  await page.setViewportSize({ width: 375, height: 800 });
  await expect(gdpr).toBeVisible();
  await screenshot(page, "what-if-germany-added-375");
  await noHorizontalScroll(page);
  failures.push(...(await axeFailures(page, "what-if with Germany added, phone")));
  expect(failures).toEqual([]);

  // Nothing of that reached the incident: its facts still name California alone, at the same version.
  const facts = await adminApi.get(`/api/incidents/${id}/facts`);
  const stored = (await facts.json()) as { version: number; facts: { affected: { jurisdiction: string }[] } };
  expect(stored.version).toBe(1);
  expect(stored.facts.affected.map((a) => a.jurisdiction)).toEqual(["US-CA"]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/incidents/${id}/facts`);
  await expect(page.getByLabel("Jurisdiction 1", { exact: true })).toHaveValue("California (US-CA)");
  await expect(page.getByLabel("Jurisdiction 2", { exact: true })).toHaveCount(0);
});

test("from the organisation profile: clocks not started, a coverage gap and open questions are said in words, and a place that names nothing stops the results", async ({ page, users, signIn, adminApi }) => {
  await saveNewYorkProfile(adminApi);
  const legal = await users.create(["legal"], "Lou Legal");
  await signIn(page, legal);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "What-if" }).click();
  await expect(page.getByTestId("what-if-origin")).toHaveText("Started from the organisation profile, with no facts yet.");
  const results = page.getByTestId("what-if-results");
  await expect(results).toContainText("No obligation applies on these facts yet.");

  await page.getByLabel("Personal data compromised").selectOption("yes");
  await page.getByLabel("Names", { exact: true }).check();
  await page.getByLabel("Government id numbers (SSN, national id)").check();
  await page.getByLabel("Encryption", { exact: true }).selectOption("none");
  await page.getByRole("button", { name: "Add a jurisdiction" }).click();
  await page.getByLabel("Jurisdiction 1", { exact: true }).fill("California");
  await page.getByLabel("Residents affected 1", { exact: true }).fill("1200");
  await page.getByRole("button", { name: "Add a jurisdiction" }).click();
  await page.getByLabel("Jurisdiction 2", { exact: true }).fill("Quebec");

  // Whether the data were taken is not known yet: the California notice may apply, and the form field that decides
  // it is named. Quebec is a coverage gap.
  const open = page.getByRole("list", { name: /^Not yet determined/ });
  await expect(open.locator('[data-rule="US-CA-1798.82-IND"]')).toContainText(/Decided by\s*Data were acquired \/ exfiltrated: Whether data were acquired is not known/);
  await expect(results).toContainText("No rules for Quebec in catalog");
  await expect(results).toContainText("consult counsel");
  await expectPlainWords(page);
  const failures = await axeFailures(page, "what-if with open questions and a gap");
  await screenshot(page, "what-if-open-gap-1280");

  // Answered: it applies, but no moment is declared, so its clock waits for Discovered.
  await page.getByLabel("Data were acquired / exfiltrated").check();
  const awaiting = page.getByRole("list", { name: /^Apply, but the clock has not started/ });
  await expect(awaiting.locator('[data-rule="US-CA-1798.82-IND"]')).toContainText("Starts when Discovered is declared");
  await expectPlainWords(page);
  failures.push(...(await axeFailures(page, "what-if awaiting a trigger")));
  await screenshot(page, "what-if-awaiting-1280");

  // "Now" on Discovered starts the clock: the notice moves up to what applies, with a due time.
  await page.getByRole("button", { name: "Set Discovered to now" }).click();
  await expect(page.getByRole("list", { name: /^Obligations that apply/ }).locator('[data-rule="US-CA-1798.82-IND"]')).toContainText(/Due\s*\d{2} \w{3} \d{4}, \d{2}:\d{2} CET/);

  // A place that names nothing: the field says so and no result is shown for facts that could not be read.
  await page.getByLabel("Jurisdiction 2", { exact: true }).fill("Narnia");
  await expect(page.getByText("Jurisdiction 2 is not a country, US state or Canadian province")).toBeVisible();
  await expect(page.getByLabel("Jurisdiction 2", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("The results are not updated")).toBeVisible();
  await expect(results).toHaveCount(0);
  failures.push(...(await axeFailures(page, "what-if with a place that names nothing")));
  await screenshot(page, "what-if-invalid-1280");
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, "what-if-invalid-375");
  await noHorizontalScroll(page);
  expect(failures).toEqual([]);
});
