import { readFileSync } from "node:fs";
import { expect, screenshot, test } from "./support/fixtures";

test("an administrator reads who changed a role, before → after, newest first, and exports the log; others see no log", async ({ page, users, signIn, adminApi }) => {
  const admin = await users.create(["admin"], "Ada Auditor");
  const lee = await users.create(["legal"], `Lee Audited ${Date.now()}`);
  const changed = await adminApi.patch(`/api/users/${lee.id}`, { data: { roles: ["legal", "commander"] } });
  expect(changed.status()).toBe(200);

  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Admin" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin log" }).click();
  await expect(page.getByRole("heading", { name: "Administration log", level: 1 })).toBeVisible();
  const log = page.getByRole("table", { name: "Administration log, newest first" });
  const newest = log.getByRole("row").nth(1);
  await expect(newest).toContainText("Roles changed");
  await expect(newest).toContainText(lee.name);
  await expect(newest.getByRole("cell").nth(4)).toContainText('"legal"');
  await expect(newest.getByRole("cell").nth(5)).toContainText('"commander"');
  await screenshot(page, "admin-audit-log");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export as CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^breachdesk-admin-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv).toContain("user.roles-changed");
  expect(csv).toContain(lee.name);

  const commander = await users.create(["commander"], "Casey NoLog");
  await page.context().clearCookies();
  await signIn(page, commander);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin log" })).toHaveCount(0);
  await page.goto("/admin/audit");
  await expect(page.getByText("Only administrators can do this.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Administration log, newest first" })).toHaveCount(0);
});
