import { expect, screenshot, test } from "./support/fixtures";

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
