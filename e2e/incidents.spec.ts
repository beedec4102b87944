import { expect, screenshot, test } from "./support/fixtures";

test("a commander declares an incident and sees it on the list and its page", async ({ page, users, signIn }) => {
  const commander = await users.create(["commander"], "Casey Commander");
  await signIn(page, commander);
  await page.getByRole("link", { name: "Declare incident" }).click();

  // An empty title is refused and nothing is created.
  await page.getByLabel("Severity").selectOption("high");
  await page.getByRole("button", { name: "Declare incident" }).click();
  await expect(page.getByText("Title is required")).toBeVisible();

  const title = `Customer export bucket public ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Commander").selectOption({ label: `Casey Commander (${commander.email})` });
  await page.getByLabel("Summary").fill("S3 bucket customer-exports allowed public reads since the 12th.");
  await page.getByRole("button", { name: "Declare incident" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const timeline = page.getByRole("list", { name: "Timeline, newest first" });
  await expect(timeline.getByText("Incident declared")).toBeVisible();
  await expect(timeline.getByText("By Casey Commander")).toBeVisible();
  await screenshot(page, "incident-page");

  await page.getByRole("link", { name: "Incidents" }).click();
  await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();

  // Filters: this high incident is listed under "high", not under "low".
  await page.getByRole("group", { name: "Severity" }).getByLabel("low").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);
  await page.getByRole("group", { name: "Severity" }).getByLabel("high").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await screenshot(page, "incident-list");
});

test("an exec sees incidents but no controls, and their writes through the API are refused", async ({ page, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"]);
  const created = await adminApi.post("/api/incidents", {
    data: { title: "Leaked IAM access key", severity: "critical", commanderId: commander.id },
  });
  expect(created.status()).toBe(201);
  const { incident } = (await created.json()) as { incident: { id: string } };

  const exec = await users.create(["exec"]);
  await signIn(page, exec);
  await expect(page.getByRole("link", { name: /Leaked IAM access key/ }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Declare incident" })).toHaveCount(0);
  await page.goto(`/incidents/${incident.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Leaked IAM access key");
  // Only read-only controls (verify the timeline, filter it); nothing that writes.
  const buttons = await page.getByRole("main").getByRole("button").allTextContents();
  expect(buttons.map((b) => b.trim()).sort()).toEqual(["Apply", "Verify integrity"]);
  await expect(page.getByLabel("Note", { exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Move to")).toHaveCount(0);

  // The page's own session cookie, used for a write: refused by the server.
  const write = await page.request.post("/api/incidents", {
    data: { title: "Exec tries to write", severity: "low", commanderId: commander.id },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(write.status()).toBe(403);
  const list = await page.request.get("/api/incidents?severity=low");
  const body = (await list.json()) as { items: { title: string }[] };
  expect(body.items.map((item) => item.title)).not.toContain("Exec tries to write");
});

test("a revoked API token is refused", async ({ page, users, signIn }) => {
  const admin = await users.create(["admin"]);
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Admin" }).click();
  await page.getByRole("link", { name: "API tokens" }).click();
  await page.getByLabel("Name").fill("SOAR playbook");
  await page.getByRole("group", { name: "Role of the token" }).getByLabel("Engineer").check();
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^bd_/);

  const before = await page.request.get("/api/incidents", { headers: { authorization: `Bearer ${secret}` } });
  expect(before.status()).toBe(200);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Revoke SOAR playbook" }).click();
  await expect(page.getByText(/^Revoked/)).toBeVisible();

  const after = await page.request.get("/api/incidents", { headers: { authorization: `Bearer ${secret}` } });
  expect(after.status()).toBe(401);
});
