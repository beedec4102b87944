import { randomUUID } from "node:crypto";
import { eventWith } from "./support/aws-events";
import { expect, screenshot, test } from "./support/fixtures";

test("a hostile finding title shows as literal text, and triage opens an incident whose timeline lists the findings", async ({
  page,
  users,
  signIn,
  adminApi,
}) => {
  const bucket = `e2e-${randomUUID().slice(0, 8)}`;
  const hostile = `<img src=x onerror=alert(1)> ${bucket}`;
  const plain = `Bucket ${bucket} allows public writes`;
  for (const title of [hostile, plain]) {
    const response = await adminApi.post("/api/intake/eventbridge", { data: eventWith(title, bucket) });
    expect(response.status(), await response.text()).toBe(202);
  }

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  const commander = await users.create(["commander"], "Casey Triage");
  await signIn(page, commander);
  // The dashboard says findings are waiting, and leads to the queue.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: /\d+ findings? waiting for triage/ })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Findings" }).click();
  await expect(page.getByRole("heading", { name: "Findings", level: 1 })).toBeVisible();

  // Part of the resource id, in another case, is enough.
  await page.getByLabel("Resource ARN or id").fill(bucket.toUpperCase());
  await page.getByRole("button", { name: "Apply filters" }).click();
  const group = page.getByRole("region", { name: `Resource arn:aws:s3:::${bucket}` });
  await expect(group.getByRole("link", { name: hostile })).toBeVisible();
  await expect(group.getByRole("link", { name: plain })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await screenshot(page, "findings-queue");

  // The finding's own page shows the title as text and its raw JSON.
  await group.getByRole("link", { name: hostile }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostile);
  await expect(page.getByRole("heading", { name: "Raw JSON of the current version" })).toBeVisible();
  await expect(page.getByText("Detection latency (first observed → ingested)")).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await screenshot(page, "finding-page");
  await page.goBack();

  await group.getByRole("checkbox", { name: `Select finding: ${hostile}` }).check();
  await expect(page.getByText("1 finding(s) selected")).toBeVisible();
  await group.getByRole("checkbox", { name: `Select all 2 finding(s) on arn:aws:s3:::${bucket}` }).check();
  await expect(group.getByRole("checkbox", { name: `Select finding: ${plain}` })).toBeChecked();
  await expect(page.getByText("2 finding(s) selected")).toBeVisible();
  // The title is suggested from the selection, and the commander who opens it commands it.
  await expect(page.getByLabel("Incident title")).toHaveValue(new RegExp(`— ${bucket} \\(\\+1 related finding\\)$`));
  await expect(page.getByLabel("Commander")).toHaveValue(commander.id);
  await expect(page.getByRole("form", { name: "Triage selected findings" })).toBeInViewport();
  await page.getByLabel("Incident title").fill(`Public bucket ${bucket}`);
  await page.getByRole("button", { name: "Open incident" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Public bucket ${bucket}`);
  const timeline = page.getByRole("list", { name: "Timeline, newest first" });
  await expect(timeline.getByText("Findings linked")).toBeVisible();
  await expect(timeline.getByText(hostile, { exact: false })).toBeVisible();
  await expect(timeline.getByText(plain, { exact: false })).toBeVisible();
  // Detection latency on the overview: the sample was first observed in July 2021, long before this declaration.
  const detection = page.getByRole("region", { name: "Detection latency" });
  await expect(detection).toContainText("from the first finding observed");
  await expect(detection).toContainText("over 2 linked finding(s)");
  await screenshot(page, "incident-from-findings");
  expect(dialogs).toEqual([]);

  // Linked findings leave the queue.
  await page.goto(`/findings?resource=${encodeURIComponent(`arn:aws:s3:::${bucket}`)}`);
  await expect(page.getByRole("heading", { name: "No finding matches these filters" })).toBeVisible();
});

test("an administrator adds a findings source and sees it waiting for its first sync", async ({ page, users, signIn }) => {
  const admin = await users.create(["admin"]);
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Admin" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { name: "Findings sources", level: 1 })).toBeVisible();
  await page.getByLabel("Service").selectOption("guardduty");
  await page.getByLabel("Region").fill("not a region");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByText("Region must be an AWS region such as us-east-1")).toBeVisible();
  const region = "ap-south-1";
  await page.getByLabel("Region").fill(region);
  await page.getByRole("button", { name: "Add source" }).click();
  const row = page.getByRole("row", { name: new RegExp(`GuardDuty · ${region}`) });
  await expect(row).toContainText("Waiting for the first sync");
  await screenshot(page, "findings-sources");
});
