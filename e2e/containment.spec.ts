import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, screenshot, test } from "./support/fixtures";
import { E2E_CONTAINMENT_INSTANCE, RUNTIME_FILE, type TE2ERuntime } from "./support/paths";
import { withDatabase } from "./support/records";
import { as } from "./support/sessions";

/** A real GuardDuty finding (SSH brute force on an EC2 instance, as Security Hub imports it): tests/fixtures/aws. */
const fixture = (name: string) => JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws", name), "utf8")) as Record<string, unknown>;
const ACCOUNT = "193043430472";
const INSTANCE = E2E_CONTAINMENT_INSTANCE.id;
// The worker (in serve.ts) passes every second; each GetAutomationExecution advances one step. A slow 2-core machine
// still needs room for page refreshes between passes.
const WORKER_PATIENCE = { timeout: 90_000, intervals: [1_000, 2_000] };

type TEstate = { instances: Record<string, { securityGroups: string[] }>; images: string[]; originalGroups: Record<string, string[]> };
async function estate(): Promise<TEstate> {
  const { simulatorUrl } = JSON.parse(readFileSync(RUNTIME_FILE, "utf8")) as TE2ERuntime;
  return (await (await fetch(`${simulatorUrl}/_estate`)).json()) as TEstate;
}

/** The request's card on the Containment tab, by its heading. */
const requestCard = (page: Page, heading: string): Locator => page.getByRole("article").filter({ has: page.getByRole("heading", { name: heading, exact: true }) });

/** Reloads until the card's status reads `status` (the page is server-rendered; the worker changes it behind it). */
async function waitForStatus(page: Page, heading: string, status: string) {
  await expect
    .poll(async () => {
      await page.reload();
      return (await requestCard(page, heading).getByRole("status").textContent())?.trim();
    }, WORKER_PATIENCE)
    .toBe(status);
}

test("from a GuardDuty finding on an EC2 instance: snapshot and isolation requested, approved, run, on the record, the clock stops, and Release restores the groups", async ({
  browser,
  users,
  signIn,
  adminApi,
}) => {
  test.setTimeout(600_000);
  const engineer = await users.create(["engineer"], `Eve Engineer ${randomUUID().slice(0, 4)}`);
  const commander = await users.create(["commander"], `Casey Commander ${randomUUID().slice(0, 4)}`);
  expect((await estate()).instances[INSTANCE]!.securityGroups).toEqual(E2E_CONTAINMENT_INSTANCE.securityGroups);

  // Containment runs as the role of a findings source in the finding's account.
  const source = await adminApi.post("/api/sources", { data: { kind: "guardduty", region: "us-east-1", roleArn: `arn:aws:iam::${ACCOUNT}:role/BreachdeskContainment` } });
  expect([201, 409], await source.text()).toContain(source.status());

  const finding = { ...fixture("guardduty-asff-example-ssh-bruteforce.docs.json"), Id: `arn:aws:guardduty:us-east-1:${ACCOUNT}:e2e/${randomUUID()}` };
  const pushed = await adminApi.post("/api/intake/eventbridge", { data: { ...fixture("eventbridge-securityhub-findings-imported-afsbp-ec2.7.json"), detail: { findings: [finding] } } });
  expect(pushed.status(), await pushed.text()).toBe(202);
  const [stored] = await withDatabase(async (db) => (await db.query<{ id: string }>("SELECT id FROM findings WHERE aws_id = $1", [finding.Id])).rows);
  expect(stored).toBeDefined();
  const opened = await adminApi.post("/api/findings/open-incident", {
    data: { findingIds: [stored!.id], title: `Web server ${INSTANCE} brute-forced`, severity: "high", commanderId: commander.id },
  });
  expect(opened.status(), await opened.text()).toBe(201);
  const incidentId = ((await opened.json()) as { incident: { id: string } }).incident.id;
  const tab = `/incidents/${incidentId}/containment`;

  // ─── The engineer requests the forensic image first, then the isolation ───
  const eng = await as(browser, signIn, engineer);
  await eng.page.goto(tab);
  await expect(eng.page.getByTestId("containment-clock")).toHaveAttribute("data-state", "not_started");
  const proposals = eng.page.getByRole("region", { name: "Proposed for the linked findings" });
  const snapshotProposal = proposals.getByRole("listitem").filter({ has: eng.page.getByRole("heading", { name: `Take a forensic image of the instance's volumes on ${INSTANCE}` }) });
  const isolateProposal = proposals.getByRole("listitem").filter({ has: eng.page.getByRole("heading", { name: `Isolate the instance on the network on ${INSTANCE}` }) });
  await expect(snapshotProposal).toBeVisible();
  await expect(isolateProposal).toBeVisible();
  // Least privilege, shown where the action is: the exact IAM actions its role needs.
  await isolateProposal.getByText("Needs IAM permissions").click();
  await expect(isolateProposal.getByText("ec2:ModifyNetworkInterfaceAttribute", { exact: true })).toBeVisible();
  await expect(isolateProposal.getByText("ssm:StartAutomationExecution", { exact: true })).toBeVisible();
  await screenshot(eng.page, "containment-1-proposals");

  const snapshotTitle = `Take a forensic image of the instance's volumes on ${INSTANCE}`;
  const isolateTitle = `Isolate the instance on the network on ${INSTANCE}`;
  await snapshotProposal.getByRole("button", { name: "Request this action" }).click();
  await expect(requestCard(eng.page, snapshotTitle)).toBeVisible({ timeout: 30_000 });
  await isolateProposal.getByRole("button", { name: "Request this action" }).click();
  await expect(requestCard(eng.page, isolateTitle)).toBeVisible({ timeout: 30_000 });
  const isolateRequest = requestCard(eng.page, isolateTitle);
  await expect(isolateRequest.getByText("AWSSupport-ContainEC2Instance (version 1)")).toBeVisible();
  await expect(isolateRequest.getByText(`${ACCOUNT}, us-east-1`)).toBeVisible();
  await expect(isolateRequest.getByText(`arn:aws:iam::${ACCOUNT}:role/BreachdeskContainment`, { exact: true })).toBeVisible();
  // The requester cannot approve their own request.
  await expect(isolateRequest.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await screenshot(eng.page, "containment-2-requested");

  // ─── The commander approves both, re-confirming the password ───
  const cmd = await as(browser, signIn, commander);
  await cmd.page.goto(tab);
  for (const title of [snapshotTitle, isolateTitle]) {
    const card = requestCard(cmd.page, title);
    await card.getByLabel("Your password").fill(commander.password);
    await card.getByRole("button", { name: "Approve" }).click();
    // Approved: the form goes (the status then moves on as the worker picks it up).
    await expect(card.getByRole("button", { name: "Approve" })).toHaveCount(0, { timeout: 30_000 });
  }

  // ─── The worker runs them against the simulator; each step arrives on the page ───
  await waitForStatus(cmd.page, snapshotTitle, "Succeeded");
  await waitForStatus(cmd.page, isolateTitle, "Succeeded");
  const isolated = requestCard(cmd.page, isolateTitle);
  await expect(isolated.getByText("BackupSecurityGroups: Success")).toBeVisible();
  await expect(isolated.getByText("ApplyIsolation: Success")).toBeVisible();
  await expect(requestCard(cmd.page, snapshotTitle).getByText("createImage: Success")).toBeVisible();
  await expect(cmd.page.getByTestId("containment-proof")).toHaveCount(2);
  await expect(cmd.page.getByTestId("containment-clock")).toHaveAttribute("data-state", "met");
  await expect(cmd.page.getByTestId("containment-clock")).toContainText("Contained within target");
  const contained = await estate();
  expect(contained.instances[INSTANCE]!.securityGroups).not.toEqual(E2E_CONTAINMENT_INSTANCE.securityGroups);
  expect(contained.originalGroups[INSTANCE]).toEqual(E2E_CONTAINMENT_INSTANCE.securityGroups);
  expect(contained.images).toHaveLength(1);
  await screenshot(cmd.page, "containment-3-contained");

  // ─── The timeline tells each step ───
  await cmd.page.goto(`/incidents/${incidentId}`);
  for (const line of [
    /requested .*Isolate the instance on the network.* running AWSSupport-ContainEC2Instance/,
    /approved .*Isolate the instance on the network.*; it has every approval it needs/,
    /AWS started AWSSupport-ContainEC2Instance for .*Isolate the instance on the network/,
    /Step .*ApplyIsolation.* of .*Isolate the instance on the network/,
    /Step .*createImage.* of .*Take a forensic image/,
  ]) {
    await expect(cmd.page.getByText(line).first()).toBeVisible();
  }
  await screenshot(cmd.page, "containment-4-timeline");

  // ─── The evidence register holds one proof per execution ───
  await cmd.page.goto(`/incidents/${incidentId}/evidence`);
  await expect(cmd.page.getByText(/containment-ec2-forensic-snapshot-.*\.json/).first()).toBeVisible();
  await expect(cmd.page.getByText(/containment-ec2-instance-contain-.*\.json/).first()).toBeVisible();
  await screenshot(cmd.page, "containment-5-evidence");

  // ─── Release: the engineer asks, the commander (not the release's requester) approves, the groups come back ───
  await eng.page.goto(tab);
  await requestCard(eng.page, isolateTitle).getByRole("button", { name: "Release Isolate the instance on the network" }).click();
  const releaseTitle = `Release: ${isolateTitle}`;
  await expect(requestCard(eng.page, releaseTitle)).toBeVisible({ timeout: 30_000 });
  await expect(requestCard(eng.page, releaseTitle).getByRole("button", { name: "Approve" })).toHaveCount(0);
  await cmd.page.goto(tab);
  const releaseCard = requestCard(cmd.page, releaseTitle);
  await releaseCard.getByLabel("Your password").fill(commander.password);
  await releaseCard.getByRole("button", { name: "Approve" }).click();
  await waitForStatus(cmd.page, releaseTitle, "Succeeded");
  await expect.poll(async () => (await estate()).instances[INSTANCE]!.securityGroups, WORKER_PATIENCE).toEqual(E2E_CONTAINMENT_INSTANCE.securityGroups);
  await expect(cmd.page.getByTestId("containment-proof")).toHaveCount(3);
  await screenshot(cmd.page, "containment-6-released");

  await eng.close();
  await cmd.close();
});
