import { expect, screenshot, test } from "./support/fixtures";

test("on a desktop the main navigation is one row, with the administration pages behind one button", async ({ page, users, signIn }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const admin = await users.create(["admin", "commander", "legal"]);
  await signIn(page, admin);
  const nav = page.getByRole("navigation", { name: "Main" });
  const items = nav.locator(":scope > ul > li");
  const tops = await items.evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(5);
  expect(new Set(tops).size).toBe(1);

  const adminButton = nav.getByRole("button", { name: "Admin" });
  await expect(nav.getByRole("link", { name: "Users" })).toBeHidden();
  await adminButton.click();
  await expect(adminButton).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: "Users" })).toBeHidden();
  await adminButton.click();
  await nav.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  // The menu closes on arrival, and marks where the user is.
  await expect(nav.getByRole("link", { name: "Users" })).toBeHidden();
  await adminButton.click();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");
  await screenshot(page, "navigation-desktop-admin-menu");
});

test("on a phone the navigation folds behind a Menu button", async ({ page, users, signIn }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const commander = await users.create(["commander"]);
  await signIn(page, commander);
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Findings" })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await screenshot(page, "navigation-phone-open");
  await nav.getByRole("link", { name: "Findings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Findings" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Findings" })).toBeHidden();
  // Nothing on the page is wider than the phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("links fetch their page ahead only when pointed at or focused, never merely for being on screen", async ({ page, users, signIn }) => {
  const commander = await users.create(["commander"]);
  await signIn(page, commander);
  const fetchedAhead: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) fetchedAhead.push(new URL(request.url()).pathname);
  });
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Active incidents" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  // The navigation alone holds eight links to other pages: none of them is rendered for nothing.
  expect(fetchedAhead).toEqual([]);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Findings" }).hover();
  await expect.poll(() => fetchedAhead).toContain("/findings");
  await nav.getByRole("link", { name: "Rules" }).focus();
  await expect.poll(() => fetchedAhead).toContain("/rules");
  expect(fetchedAhead).not.toContain("/metrics");
});
