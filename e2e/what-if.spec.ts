import { expect, screenshot, test } from "./support/fixtures";

test("legal evaluates hypothetical facts on the what-if page and sees the register", async ({ page, users, signIn }) => {
  const legal = await users.create(["legal"], "Lee Legal");
  await signIn(page, legal);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "What-if" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What-if: notification clocks");

  // Example A of the contract: UK GDPR 72 hours across the clock change.
  await page.getByRole("button", { name: "Evaluate" }).click();
  const register = page.getByRole("table");
  const ico = register.locator('tr[data-rule="UK-GDPR-33-ICO"]');
  await expect(ico).toContainText("2027-03-29T12:05:00+01:00");
  await expect(ico).toContainText("Europe/London");
  await expect(ico).toContainText("Applies");
  await expect(register.locator('tr[data-rule="UK-GDPR-34-DS"]')).toContainText("/incident/riskLevel");
  await screenshot(page, "what-if-register");

  // Another example: Texas and Washington.
  await page.getByLabel("Start from an example").selectOption({ label: "Texas and Washington residents" });
  await page.getByRole("button", { name: "Evaluate" }).click();
  await expect(register.locator('tr[data-rule="US-TX-521.053-AG"]')).toContainText("2027-05-08T23:59:59-05:00");
  await expect(register.locator('tr[data-rule="US-WA-19.255-AG"]')).toContainText("37 is not more than 500");

  // Bad facts: the field is named, no register is guessed.
  const facts = page.getByLabel("Facts (JSON)");
  const text = await facts.inputValue();
  await facts.fill(text.replace('"riskLevel": "risk"', '"riskLevel": "maybe"'));
  await page.getByRole("button", { name: "Evaluate" }).click();
  await expect(page.getByRole("list", { name: "Problems in the facts" })).toContainText("/incident/riskLevel");
  await expect(facts).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("table")).toHaveCount(0);
  await screenshot(page, "what-if-invalid");
});
