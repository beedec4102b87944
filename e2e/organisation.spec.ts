import { axeFailures } from "./support/axe";
import { expect, screenshot, test } from "./support/fixtures";
import { withDatabase } from "./support/records";
import { expectStatus, saveNewYorkProfile, seedCaliforniaIncident } from "./support/seed";

test("an administrator saves the organisation profile and lists a data store; a bad time zone is tied to its field", async ({ page, users, signIn }) => {
  const admin = await users.create(["admin"], "Ada Admin");
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Admin" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Organisation" }).click();
  await expect(page.getByRole("heading", { name: "Organisation", level: 1 })).toBeVisible();

  const profileForm = page.getByRole("form", { name: "Organisation profile" });
  await profileForm.getByLabel("Time zone", { exact: true }).fill("Mars/Olympus");
  await profileForm.getByLabel("Establishments", { exact: true }).fill("US-NY, DE");
  await profileForm.getByLabel("Why this change").fill("Set up for the e2e run");
  await profileForm.getByRole("button", { name: "Save profile" }).click();
  await expect(profileForm.getByText("Time zone is not a time zone of the IANA tz database")).toBeVisible();
  await expect(profileForm.getByLabel("Time zone", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await profileForm.getByLabel("Time zone", { exact: true }).fill("America/New_York");
  await profileForm.getByLabel("SEC registrant (files Form 8-K)").check();
  await profileForm.getByRole("button", { name: "Save profile" }).click();
  // Re-evaluating the open incidents goes on in the background; the page follows it to the end by itself.
  await expect(page.getByRole("status").filter({ hasText: /Saved\. (Re-evaluating [\d,]+ open incidents? in the background|There are no open incidents)/ })).toBeVisible();
  const progress = page.getByRole("region", { name: "Open incidents after the latest profile change" });
  await expect(progress).toContainText("Set up for the e2e run");
  await expect(progress.getByRole("status").filter({ hasText: /All [\d,]+ open incidents? re-evaluated/ })).toBeVisible({ timeout: 60_000 });

  await page.getByLabel("ARN", { exact: true }).fill("arn:aws:s3:::customer-exports-e2e");
  await page.getByLabel("Name", { exact: true }).last().fill("Customer exports");
  await page.getByLabel("People by residency").fill("US-CA: 12000, GB: 300");
  await page.getByLabel("Financial account or card numbers").last().check();
  await page.getByRole("button", { name: "Add data store" }).click();
  const inventory = page.getByRole("table", { name: "Data stores" });
  await expect(inventory).toContainText("arn:aws:s3:::customer-exports-e2e");
  await expect(inventory).toContainText("US-CA: 12000, GB: 300");
  await screenshot(page, "organisation-profile-and-inventory");
});

test("while a profile change is being applied, the incident's pages and the dashboard say its clocks are being re-evaluated, then settle by themselves", async ({ page, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"], "Casey Commander");
  const { id, title } = await seedCaliforniaIncident(adminApi, { commanderId: commander.id, moments: ["discovered", "breachDetermined"] });
  await signIn(page, commander);
  const banner = page.getByRole("status").filter({ hasText: "Clocks being re-evaluated after the organisation profile change" });
  const failures: string[] = [];
  try {
    await withDatabase(async (db) => {
      // A long transaction holds the incident's row, as an update of it would: the worker must wait, and the screens
      // must say so meanwhile.
      await db.query("BEGIN");
      await db.query("SELECT id FROM incidents WHERE id = $1 FOR NO KEY UPDATE", [id]);
      try {
        const saved = await expectStatus(await adminApi.put("/api/organisation-profile", {
          data: { profile: { timeZone: "America/Chicago", establishments: ["US-NY"], dataRole: "controller", flags: {} }, reason: "Head office moved to Chicago" },
        }));
        expect((saved.reevaluation as { total: number }).total).toBeGreaterThan(0);
        await page.goto("/dashboard");
        await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Being re-evaluated after the profile change");
        await page.goto(`/incidents/${id}/obligations`);
        await expect(banner).toBeVisible();
        failures.push(...(await axeFailures(page, "register while its clocks are re-evaluated")));
        await screenshot(page, "obligations-being-reevaluated");
      } finally {
        await db.query("ROLLBACK");
      }
    });
    // Released: the worker re-evaluates it and the page refreshes itself, under the new profile's zone.
    await expect(banner).toBeHidden({ timeout: 30_000 });
    await page.goto("/dashboard");
    await expect(page.getByRole("row", { name: new RegExp(title) })).not.toContainText("Being re-evaluated");
  } finally {
    await saveNewYorkProfile(adminApi);
  }
  expect(failures).toEqual([]);
});
