import { expect, screenshot, test } from "./support/fixtures";

test("sign in and sign out", async ({ page, users, signInThroughForm }) => {
  const commander = await users.create(["commander"]);
  await signInThroughForm(page, commander);
  await expect(page.getByText(commander.name)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/incidents");
  await expect(page).toHaveURL(/\/signin/);
});

test("a wrong password is refused with a clear message", async ({ page, users }) => {
  const legal = await users.create(["legal"]);
  await page.goto("/signin");
  await screenshot(page, "sign-in");
  await page.getByLabel("E-mail").fill(legal.email);
  await page.getByLabel("Password").fill("definitely the wrong password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Could not sign in" })).toContainText("The e-mail address or password is wrong.");
  await expect(page).toHaveURL(/\/signin/);
});

test("an administrator creates a legal user who then signs in", async ({ page, users, signIn, signInThroughForm, browser }) => {
  const admin = await users.create(["admin"]);
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Admin" }).click();
  await page.getByRole("link", { name: "Users" }).click();
  await page.getByLabel("Name").fill("Lena Legal");
  await page.getByLabel("E-mail").fill("lena.legal@e2e.example");
  await page.getByLabel("Initial password").fill("lena's long password");
  await page.getByRole("group", { name: "Roles" }).getByLabel("Legal reviewer").check();
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText("Lena Legal can now sign in")).toBeVisible();
  await expect(page.getByRole("cell", { name: "lena.legal@e2e.example" })).toBeVisible();

  const legalContext = await browser.newContext();
  const legalPage = await legalContext.newPage();
  await signInThroughForm(legalPage, { id: "", email: "lena.legal@e2e.example", name: "Lena Legal", password: "lena's long password", roles: ["legal"] });
  await expect(legalPage.getByText("Legal reviewer")).toBeVisible();
  await expect(legalPage.getByRole("link", { name: "Declare incident" })).toHaveCount(0);
  await legalContext.close();
});

test("a deactivated user is signed out and can no longer sign in", async ({ page, users, signIn, adminApi }) => {
  const engineer = await users.create(["engineer"]);
  await signIn(page, engineer);
  const response = await adminApi.patch(`/api/users/${engineer.id}`, { data: { active: false } });
  expect(response.status()).toBe(200);
  await page.reload();
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("E-mail").fill(engineer.email);
  await page.getByLabel("Password").fill(engineer.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Could not sign in" })).toContainText("wrong");
});

test("pages carry the security headers and cross-site writes are refused", async ({ page, request }) => {
  const response = await page.goto("/signin");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  const crossSite = await request.post("/api/incidents", {
    data: { title: "x", severity: "low", commanderId: "00000000-0000-4000-8000-000000000000" },
    headers: { origin: "https://evil.example" },
  });
  expect(crossSite.status()).toBe(403);
});
