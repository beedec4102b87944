import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { axeFailures } from "./support/axe";
import { expect, test, type TTestUser } from "./support/fixtures";
import { withDatabase } from "./support/records";
import { as, shoot } from "./support/sessions";

/** Real Security Hub findings: tests/fixtures/aws (origins and licences in its README). */
const FIXTURES = [
  "securityhub-asff-control-S3.1-account-bpa.json",
  "securityhub-asff-control-S3.2-public-read.json",
  "securityhub-asff-control-S3.8-bucket-bpa.json",
  "securityhub-asff-control-IAM.8-unused-credentials.json",
  "securityhub-asff-control-IAM.3-access-key-rotation.json",
  "securityhub-asff-control-EC2.8-imdsv2.json",
];
const fixture = (name: string) => JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws", name), "utf8")) as Record<string, unknown>;
const CONTROL_IDS = /\b(?:S3\.[128]|IAM\.[38]|EC2\.8)\b/;

/**
 * An incident opened from real findings (one more with a hostile title), as the triage queue does, with 1,200
 * Californians and 300 Germans affected and no moment declared: the California clocks await Discovered.
 */
async function incidentFromRealFindings(adminApi: APIRequestContext, commander: TTestUser, title: string) {
  const event = fixture("eventbridge-securityhub-findings-imported-afsbp-ec2.7.json");
  const findings = [
    ...FIXTURES.map(fixture),
    { ...fixture("securityhub-asff-control-S3.8-bucket-bpa.json"), Title: "Bucket {{name}} readable by [[anyone]]" },
  ].map((f) => ({ ...f, Id: `arn:aws:securityhub:us-east-1:111111111111:e2e/${randomUUID()}` }));
  const pushed = await adminApi.post("/api/intake/eventbridge", { data: { ...event, detail: { findings } } });
  expect(pushed.status(), await pushed.text()).toBe(202);
  const stored = await withDatabase(async (db) =>
    (await db.query<{ id: string; title: string; resource_ids: string[] }>("SELECT id, title, resource_ids FROM findings WHERE aws_id = ANY($1)", [findings.map((f) => f.Id)])).rows,
  );
  expect(stored).toHaveLength(findings.length);
  const opened = await adminApi.post("/api/findings/open-incident", { data: { findingIds: stored.map((f) => f.id), title, severity: "high", commanderId: commander.id } });
  expect(opened.status(), await opened.text()).toBe(201);
  const incidentId = ((await opened.json()) as { incident: { id: string } }).incident.id;
  const facts = await adminApi.put(`/api/incidents/${incidentId}/facts`, {
    data: {
      expectedVersion: 0,
      reason: "Customer table in the bucket",
      incident: { personalData: "yes", dataCategories: ["name", "contact_details", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" } },
      affected: [{ jurisdiction: "US-CA", count: 1200 }, { jurisdiction: "DE", count: 300 }],
    },
  });
  expect(facts.status(), await facts.text()).toBe(200);
  return { incidentId, findings: stored };
}

test("the exec sees within one screen that the California clocks wait for Discovered and that the residents' notice is stuck; the letter pre-filled from real findings carries no internal material", async ({
  browser,
  users,
  signIn,
  adminApi,
}) => {
  test.setTimeout(480_000);
  const failures: string[] = [];
  const commander = await users.create(["commander"], "Casey Commander");
  const drafter = await users.create(["comms"], "Cam Solo");
  const legal = await users.create(["legal"], "Lee Counsel");
  const exec = await users.create(["exec"], "Erin Exec");
  const admin = await users.create(["admin"], "Ada Admin");
  const title = `Exports bucket public ${Date.now()}`;
  const { incidentId, findings } = await incidentFromRealFindings(adminApi, commander, title);
  // Need-to-know: of everyone with the comms role, only the drafter is on this incident, so nobody can give that approval.
  for (const [user, role] of [[drafter, "comms_lead"], [legal, "legal_lead"], [exec, "participant"]] as const) {
    const member = await adminApi.put(`/api/incidents/${incidentId}/members`, { data: { userId: user.id, role } });
    expect(member.status(), await member.text()).toBe(200);
  }
  const restricted = await adminApi.put(`/api/incidents/${incidentId}/restriction`, { data: { restricted: true, reason: "Customer data" } });
  expect(restricted.status(), await restricted.text()).toBe(200);

  // 1. Comms drafts the residents' letter from the obligation: nothing internal in it, and the stuck approval is said.
  const c = await as(browser, signIn, drafter);
  await c.page.goto(`/incidents/${incidentId}/notices`);
  const obligationSelect = c.page.getByLabel("For obligation");
  await obligationSelect.selectOption((await obligationSelect.locator("option", { hasText: "US-CA-1798.82-IND" }).getAttribute("value"))!);
  await c.page.getByRole("button", { name: "Draft notice" }).click();
  await expect(c.page.getByRole("heading", { name: /California — Notice of Data Breach/ })).toBeVisible();
  const fields = [await c.page.getByLabel("Subject").inputValue(), ...(await c.page.locator("form[aria-labelledby=edit-notice] textarea").evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value)))];
  const letter = `${fields.join("\n")}\n${await c.page.getByRole("region", { name: /as it reads/ }).innerText()}`;
  for (const finding of findings) expect(letter).not.toContain(finding.title);
  for (const finding of findings) for (const resource of finding.resource_ids) expect(letter).not.toContain(resource);
  expect(letter).not.toMatch(/arn:aws/i);
  expect(letter).not.toMatch(CONTROL_IDS);
  expect(letter).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  expect(letter).not.toContain("Opened from");
  expect(letter).not.toContain("{{name}}");
  expect(letter).not.toContain("Germany");
  expect(letter).toContain("About 1,200 people in California.");
  expect(letter).toContain("contact details such as e-mail addresses, phone numbers and postal addresses");
  const stuck = c.page.getByRole("alert").filter({ hasText: "No one can give an approval this notice needs" });
  // Only the drafter holds comms (alone in this run), or only the drafter among those who can see the incident.
  await expect(stuck).toContainText(/No one (but the drafter|who can see this need-to-know incident, other than the drafter,) can give the Communications approval/);
  await expect(stuck).toContainText("Ask an administrator to fix this.");
  await expect(c.page.getByText("Communications: waiting, and no one can give it")).toBeVisible();
  failures.push(...(await axeFailures(c.page, "notice with an approval deadlock")));
  await shoot(c.page, "decisions-notice-deadlock");
  const noticeUrl = c.page.url();
  await c.close();

  // 2. The exec: the dashboard, the portfolio and the status page all say what waits, the status page within one screen.
  const e = await as(browser, signIn, exec);
  await e.page.goto("/dashboard");
  const row = e.page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("The California clocks have not started: declare Discovered");
  await expect(row).toContainText("cannot be approved");
  await expect(row).toContainText("No clock running yet");
  failures.push(...(await axeFailures(e.page, "dashboard with decisions waiting")));
  await shoot(e.page, "decisions-dashboard");

  await e.page.goto("/status");
  await expect(e.page.getByRole("row", { name: new RegExp(title) })).toContainText("The California clocks have not started: declare Discovered");
  await expect(e.page.getByTestId("portfolio-awaiting-count")).toContainText(/\d+ decisions? waiting/);
  failures.push(...(await axeFailures(e.page, "portfolio with decisions waiting")));
  await shoot(e.page, "decisions-portfolio");

  await e.page.goto(`/incidents/${incidentId}/status`);
  const awaiting = e.page.getByRole("list", { name: "Decisions awaiting someone" });
  const californiaClocks = awaiting.getByRole("listitem").filter({ hasText: "The California clocks have not started: declare Discovered" });
  const stuckNotice = awaiting.getByRole("listitem").filter({ hasText: "“California — Notice of Data Breach — Affected California residents” cannot be approved" });
  await expect(californiaClocks).toBeInViewport();
  await expect(stuckNotice).toBeInViewport();
  expect(await e.page.evaluate(() => window.scrollY)).toBe(0);
  await expect(californiaClocks.getByRole("link", { name: "Declare Discovered" })).toHaveAttribute("href", `/incidents/${incidentId}/facts?declare=discovered#moments-heading`);
  await expect(stuckNotice).toContainText("Ask an administrator to fix this.");
  await expect(e.page.getByTestId("next-deadline")).toHaveCount(0);
  await expect(e.page.getByRole("region", { name: "Next deadline" })).toContainText(/No clock is running yet: \d+ obligations apply but wait for a moment to be declared/);
  await expect(e.page.getByText("Nothing is waiting for a decision")).toHaveCount(0);
  failures.push(...(await axeFailures(e.page, "exec status with clocks awaiting a trigger and a stuck notice")));
  await shoot(e.page, "decisions-status");
  await e.close();

  // 3. The commander follows "Declare Discovered": the form opens on that moment.
  const k = await as(browser, signIn, commander);
  await k.page.goto(`/incidents/${incidentId}/status`);
  await k.page.getByRole("link", { name: "Declare Discovered" }).first().click();
  await expect(k.page.getByRole("combobox", { name: "Moment" })).toHaveValue("discovered");
  await k.close();

  // 4. Legal's review queue says the draft is stuck, and why.
  const l = await as(browser, signIn, legal);
  await l.page.goto("/reviews");
  const stuckList = l.page.getByRole("region", { name: "Drafts no one can approve" });
  await expect(stuckList.getByRole("link", { name: /California — Notice of Data Breach/ })).toBeVisible();
  await expect(stuckList).toContainText("can give the Communications approval");
  failures.push(...(await axeFailures(l.page, "review queue with a stuck draft")));
  await shoot(l.page, "decisions-reviews-stuck");
  await l.close();

  // 5. An administrator gets the link to the fix.
  const a = await as(browser, signIn, admin);
  await a.page.goto(noticeUrl);
  await expect(a.page.getByRole("alert").getByRole("link", { name: "Give the role on the Users page" })).toHaveAttribute("href", "/admin/users");
  await a.close();

  expect(failures, failures.join("\n")).toEqual([]);
});

test("sending asks for a second look (how many, cannot be undone; Escape cancels, focus stays in the dialog), and a portal submission needs no e-mail recipient", async ({
  browser,
  users,
  signIn,
  adminApi,
}) => {
  test.setTimeout(300_000);
  const failures: string[] = [];
  const commander = await users.create(["commander"], "Sam Sender");
  const legal = await users.create(["legal"], "Lou Legal");
  const created = await adminApi.post("/api/incidents", { data: { title: `Regulator copies ${Date.now()}`, severity: "high", commanderId: commander.id } });
  expect(created.status()).toBe(201);
  const incidentId = ((await created.json()) as { incident: { id: string } }).incident.id;

  /** A regulator notice drafted by the admin token, every element written, with these recipients. */
  async function draft(recipients: { address: string }[]) {
    const made = await adminApi.post(`/api/incidents/${incidentId}/notices`, { data: { templateId: "generic-regulator", obligationId: null } });
    expect(made.status(), await made.text()).toBe(201);
    const noticeId = ((await made.json()) as { notice: { id: string } }).notice.id;
    const read = (await (await adminApi.get(`/api/incidents/${incidentId}/notices/${noticeId}`)).json()) as { notice: { latest: { content: { subject: string; sections: { key: string; heading: string }[] } } } };
    const content = { ...read.notice.latest.content, sections: read.notice.latest.content.sections.map((s) => ({ ...s, body: "Written in plain words." })) };
    const saved = await adminApi.post(`/api/incidents/${incidentId}/notices/${noticeId}/versions`, { data: { content, recipients, basedOnVersion: 1 } });
    expect(saved.status(), await saved.text()).toBe(201);
    return noticeId;
  }
  const byMail = await draft([{ address: "ag1@example.gov" }, { address: "ag2@example.gov" }, { address: "ag3@example.gov" }]);
  const byPortal = await draft([]);

  const l = await as(browser, signIn, legal);
  for (const noticeId of [byMail, byPortal]) {
    await l.page.goto(`/incidents/${incidentId}/notices/${noticeId}`);
    await l.page.getByLabel("Confirm your password").fill(legal.password);
    await l.page.getByRole("button", { name: "Approve version 2" }).click();
    await expect(l.page.getByText(/Legal: approved by Lou Legal/)).toBeVisible();
  }
  await l.close();

  const m = await as(browser, signIn, commander);
  await m.page.goto(`/incidents/${incidentId}/notices/${byMail}`);
  const sendButton = m.page.getByRole("button", { name: "Send by e-mail to 3 recipients…" });
  await sendButton.click();
  const dialog = m.page.getByRole("dialog", { name: "Send to 3 recipients — this cannot be undone" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Once sent it cannot be recalled");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  // Tab and Shift+Tab never leave the dialog.
  for (const key of ["Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
    await m.page.keyboard.press(key);
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  failures.push(...(await axeFailures(m.page, "send confirmation dialog")));
  await shoot(m.page, "decisions-send-confirm");
  await m.page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(sendButton).toBeFocused();
  await expect(m.page.getByRole("heading", { name: "Sent", exact: true })).toHaveCount(0);
  const unsent = (await (await adminApi.get(`/api/incidents/${incidentId}/notices/${byMail}`)).json()) as { notice: { sentVersionId: string | null } };
  expect(unsent.notice.sentVersionId).toBeNull();

  await sendButton.click();
  await dialog.getByRole("button", { name: "Send to 3 recipients" }).click();
  await expect(m.page.getByRole("heading", { name: "Sent", exact: true })).toBeVisible();

  // No e-mail recipient: the e-mail send says why it cannot go, and the portal submission still can.
  await m.page.goto(`/incidents/${incidentId}/notices/${byPortal}`);
  await expect(m.page.getByRole("button", { name: /Send by e-mail to 0 recipients/ })).toBeDisabled();
  await expect(m.page.getByText("Add at least one e-mail recipient to send by e-mail (a portal submission needs none).")).toBeVisible();
  await m.page.getByRole("textbox", { name: "Portal" }).fill("oag.ca.gov");
  await m.page.getByRole("textbox", { name: "Reference" }).fill("CA-2026-0042");
  // A submission cannot be dated before its version was approved (moments ago), so it is dated now.
  const now = new Date(Date.now() + 60_000);
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await m.page.getByRole("textbox", { name: "Submitted at" }).fill(local);
  failures.push(...(await axeFailures(m.page, "notice without e-mail recipients, ready for a portal submission")));
  await shoot(m.page, "decisions-portal-submission");
  await m.page.getByRole("button", { name: "Record submission" }).click();
  await expect(m.page.getByText("Submitted via oag.ca.gov, reference CA-2026-0042")).toBeVisible();
  await m.close();

  expect(failures, failures.join("\n")).toEqual([]);
});
