import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { tmpdir } from "node:os";
import path from "node:path";
import { axeFailures } from "./support/axe";
import { expect, screenshot, test } from "./support/fixtures";
import { mailboxMessages } from "./support/mailbox";
import { seedCaliforniaIncident } from "./support/seed";
import { as } from "./support/sessions";

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

/** The SMTP sink's messages to ledger people (person<n>@example.com), as the addresses they were sent to. */
function ledgerMailsSent(): string[] {
  return mailboxMessages().flatMap((mail) => mail.to).filter((to) => /^person\d+@example\.com$/.test(to));
}

test("a commander imports a nationwide list of affected people, the register follows; comms drafts California's notice from the ledger, legal approves, each person is mailed once and the export lists them", async ({
  page,
  browser,
  users,
  signIn,
  adminApi,
}) => {
  test.setTimeout(300_000);
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

  // Comms drafts the notice to California's residents straight from the ledger: California's template, its people.
  const drafter = await users.create(["comms"], "Cam Comms");
  const comms = await users.create(["comms"], "Cat Comms");
  const legal = await users.create(["legal"], "Lee Legal");
  const c = await as(browser, signIn, drafter);
  await c.page.goto(`/incidents/${id}/notices`);
  const draftForm = c.page.getByRole("form", { name: "Draft a notice" });
  const obligation = draftForm.getByLabel("For obligation");
  await obligation.selectOption((await obligation.locator("option", { hasText: "US-CA-1798.82-IND" }).getAttribute("value"))!);
  const recipients = draftForm.getByLabel("Recipients");
  const californiaValue = await recipients.locator("option", { hasText: "From the affected-people ledger: US-CA (600 people" }).getAttribute("value");
  await recipients.selectOption(californiaValue!);
  await draftForm.getByRole("button", { name: "Draft notice" }).click();
  await expect(c.page.getByRole("heading", { name: /US-CA residents \(from the ledger\)/ })).toBeVisible();
  await expect(c.page.getByText(/From the affected-people ledger: the 600 people of US-CA \(480 with an e-mail address/)).toBeVisible();
  await c.page.getByLabel("What Happened?").fill("On 18 November we found a storage bucket open to the internet; we closed it the same day.");
  await c.page.getByLabel("What Information Was Involved?").fill("Your name and your national identification number.");
  await c.page.getByLabel("What We Are Doing.").fill("We closed public access to the bucket and rotated the keys.");
  await c.page.getByLabel("What You Can Do.").fill("Watch your accounts; the credit bureaus' numbers are below.");
  await c.page.getByLabel("For More Information.").fill("Call 0800 000 000 or write to privacy@example.com.");
  await c.page.getByRole("button", { name: "Save new version" }).click();
  await expect(c.page.getByText("Every required element is filled in.")).toBeVisible();
  await screenshot(c.page, "ledger-notice-draft");
  await c.close();

  // Legal and another comms reviewer approve, each with their password.
  for (const [reviewer, role] of [[legal, "Legal"], [comms, "Communications"]] as const) {
    const r = await as(browser, signIn, reviewer);
    await r.page.goto("/reviews");
    await r.page.getByRole("link", { name: /US-CA residents \(from the ledger\)/ }).click();
    await r.page.getByLabel("Confirm your password").fill(reviewer.password);
    await r.page.getByRole("button", { name: "Approve version 2" }).click();
    await expect(r.page.getByText(new RegExp(`${role}: approved by ${reviewer.name}`))).toBeVisible();
    await r.close();
  }

  // The commander sends it: the worker mails each person with an e-mail address once; the others need postal mail.
  const before = ledgerMailsSent().length;
  await page.goto(`/incidents/${id}/notices`);
  await page.getByRole("link", { name: /US-CA residents \(from the ledger\)/ }).first().click();
  await page.getByRole("button", { name: "Send by e-mail to 600 people…" }).click();
  await page.getByRole("dialog", { name: "Send to 600 people — this cannot be undone" }).getByRole("button", { name: "Send to 600 people" }).click();
  await expect(page.getByText("480 of 480 sent; 120 without an e-mail address need postal mail — finished.")).toBeVisible({ timeout: 120_000 });
  // California's obligation to its residents is met by this send.
  await expect(page.getByText(/^met · due/)).toBeVisible();
  await screenshot(page, "ledger-notice-sent");
  const sent = ledgerMailsSent().slice(before);
  expect(sent).toHaveLength(480);
  expect(new Set(sent).size).toBe(480);
  // Exactly California's people with an address: person 1–600, every fifth without one.
  const expected = Array.from({ length: 600 }, (_, i) => i + 1).filter((n) => n % 5 !== 0).map((n) => `person${n}@example.com`);
  expect([...sent].sort()).toEqual(expected.sort());

  // The export for the regulator lists who was notified, when, and with which approved version.
  await page.getByLabel("Why are you exporting it?").fill("California AG asked who was notified");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const rows = parse(readFileSync((await (await download).path())!, "utf8"), { columns: true, bom: true }) as Record<string, string>[];
  expect(rows).toHaveLength(600);
  expect(rows.filter((row) => row.status === "sent" && row.channel === "email")).toHaveLength(480);
  expect(rows.filter((row) => row.status === "postal mail needed" && row.channel === "postal mail")).toHaveLength(120);
  expect(new Set(rows.map((row) => row.identifier)).size).toBe(600);
  expect(rows.find((row) => row.identifier === "C-1")).toMatchObject({ jurisdiction: "US-CA", address: "person1@example.com", status: "sent" });
});
