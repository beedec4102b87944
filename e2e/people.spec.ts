import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { axeFailures } from "./support/axe";
import { expect, screenshot, test } from "./support/fixtures";
import { seedCaliforniaIncident } from "./support/seed";

/** An extract of a nationwide breach: people in six states and two countries, a few bad rows and two nobody can place. */
function extract(): { file: string; total: number } {
  const perPlace: [string, string, number][] = [["US", "CA", 600], ["US", "TX", 700], ["US", "NY", 500], ["US", "FL", 400], ["US", "WA", 300], ["US", "IL", 300], ["GB", "", 100], ["Germany", "", 100]];
  const lines = ["customer_id,full_name,email,street,city,state,zip,country,data_categories"];
  let n = 0;
  for (const [country, state, count] of perPlace) {
    for (let i = 0; i < count; i += 1) {
      n += 1;
      // Every fifth person has no e-mail (postal mail); Texans are placed by ZIP code alone.
      const email = n % 5 === 0 ? "" : `person${n}@example.com`;
      lines.push(`C-${n},Person ${n},${email},${n} Main St,Springfield,${state === "TX" ? "" : state},${state === "TX" ? "75201" : ""},${country},name;national_id_number`);
    }
  }
  lines.push("C-bad-1,Bad Mail,not-an-address,,,CA,,US,name");
  lines.push(",No Identifier,,,,CA,,US,name");
  lines.push("C-lost-1,Lost One,,,,,,,name");
  lines.push("C-lost-2,Lost Two,,,,ZZ,,US,name");
  const dir = mkdtempSync(path.join(tmpdir(), "breachdesk-people-"));
  const file = path.join(dir, "customers-extract.csv");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return { file, total: n };
}

test("a commander imports a nationwide list of affected people; the register follows the ledger and the gaps are said", async ({ page, users, signIn, adminApi }) => {
  test.slow();
  const commander = await users.create(["commander"], "Casey Ledger");
  const { id } = await seedCaliforniaIncident(adminApi, { commanderId: commander.id, moments: ["discovered", "breachDetermined"] });
  await signIn(page, commander);

  await page.goto(`/incidents/${id}/people`);
  await expect(page.getByRole("heading", { name: "Affected people", level: 2 })).toBeVisible();
  await expect(page.getByText("No one imported yet")).toBeVisible();

  const { file, total } = extract();
  await page.getByLabel("File").setInputFiles(file);
  // The columns were read from the header and mapped as the server would.
  await expect(page.getByLabel("Identifier")).toHaveValue("customer_id");
  await expect(page.getByLabel("Postal code")).toHaveValue("zip");
  expect(await axeFailures(page, "people import form with a mapping")).toEqual([]);
  await screenshot(page, "people-import-mapping");
  await page.getByRole("button", { name: "Import people" }).click();
  await expect(page.getByText(`${(total + 4).toLocaleString("en-US")} rows read:`)).toBeVisible({ timeout: 30_000 });

  const perJurisdiction = page.getByRole("group", { name: "People per jurisdiction" });
  await expect(perJurisdiction.getByRole("row", { name: /California/ })).toContainText("600");
  await expect(perJurisdiction.getByRole("row", { name: /Texas/ })).toContainText("700");
  await expect(perJurisdiction.getByRole("row", { name: /Germany/ })).toContainText("100");
  await expect(page.getByTestId("ledger-total")).toContainText(`${(total + 2).toLocaleString("en-US")} people in 8 jurisdictions`);
  // Two people could not be placed: never a calm page.
  await expect(page.getByRole("alert").filter({ hasText: "2 people are not placed in any jurisdiction" })).toBeVisible();

  await page.getByRole("button", { name: "Show refused rows" }).click();
  const refused = page.getByRole("group", { name: /Rows refused in customers-extract\.csv/ });
  await expect(refused).toContainText("email");
  await expect(refused).toContainText("identifier");

  await page.getByLabel("Reason").fill("Placing people before the notices");
  await page.getByRole("button", { name: "Show these people" }).click();
  const lost = page.getByRole("group", { name: "People not placed in a jurisdiction" });
  await expect(lost).toContainText("C-lost-1");
  await expect(lost).toContainText("C-lost-2");
  expect(await axeFailures(page, "people ledger with refused rows and review")).toEqual([]);
  await screenshot(page, "people-ledger");

  // The register follows: California's 600 residents now need the Attorney General's copy (more than 500).
  await page.goto(`/incidents/${id}/obligations`);
  const register = page.getByRole("table", { name: "Notification obligations of this incident" });
  await expect(register.locator('tr[data-rule="US-CA-1798.82-AG"]')).toContainText("Applies");
  await expect(register.locator('tr[data-rule="US-TX-521.053-IND"]')).toBeVisible();
  await expect(register.locator('tr[data-rule="US-FL-501.171-IND"]')).toBeVisible();
});
