import { expect, screenshot, test } from "./support/fixtures";

test("first-run setup creates the administrator, signs them in, then disappears for good", async ({ page, request }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Create the first administrator" })).toBeVisible();

  // Bad input is refused field by field and creates nothing.
  await page.getByLabel("Name").fill("Ada Admin");
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("E-mail must be an e-mail address")).toBeVisible();
  await expect(page.getByText("Password must be at least 12 characters")).toBeVisible();
  // Focus goes to the first field to correct, so a keyboard user is not left on the button.
  await expect(page.getByLabel("E-mail")).toBeFocused();

  await page.getByLabel("E-mail").fill("ada@e2e.example");
  await page.getByLabel("Password").fill("correct horse battery staple");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByRole("heading", { name: "Incidents", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Admin" })).toBeVisible();

  const again = await page.goto("/setup");
  expect(again?.status()).toBe(404);
  const second = await request.post("/api/setup", {
    data: { email: "mallory@e2e.example", name: "Mallory", password: "another long password" },
  });
  expect(second.status()).toBe(409);
  await screenshot(page, "incident-list-empty");
});
