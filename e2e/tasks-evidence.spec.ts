import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, screenshot, test } from "./support/fixtures";

async function declare(adminApi: APIRequestContext, commanderId: string, title: string) {
  const created = await adminApi.post("/api/incidents", { data: { title, severity: "high", commanderId } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { incident: { id: string } }).incident.id;
}

/** Links a Security Hub "bucket allows public access" finding (the S3.8 sample) to the incident. */
async function linkPublicBucketFinding(adminApi: APIRequestContext, incidentId: string) {
  const fixture = (name: string) => JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws", name), "utf8")) as Record<string, unknown>;
  const bucket = `e2e-${randomUUID().slice(0, 8)}`;
  const finding = {
    ...fixture("securityhub-asff-control-S3.8-bucket-bpa.json"),
    Id: `arn:aws:securityhub:us-east-1:111111111111:e2e/${randomUUID()}`,
    Resources: [{ Type: "AwsS3Bucket", Id: `arn:aws:s3:::${bucket}`, Partition: "aws", Region: "us-east-1" }],
  };
  const event = { ...fixture("eventbridge-securityhub-findings-imported-afsbp-ec2.7.json"), detail: { findings: [finding] } };
  expect((await adminApi.post("/api/intake/eventbridge", { data: event })).status()).toBe(202);
  const list = await adminApi.get(`/api/findings?resource=${encodeURIComponent(`arn:aws:s3:::${bucket}`)}`);
  const findingId = ((await list.json()) as { items: { id: string }[] }).items[0]!.id;
  expect((await adminApi.post("/api/findings/link", { data: { incidentId, findingIds: [findingId] } })).status()).toBe(200);
}

test("tasks: create one inline, apply the suggested playbook once, see and filter overdue work", async ({ page, users, signIn, adminApi }) => {
  const commander = await users.create(["commander"], "Casey Tasks");
  const id = await declare(adminApi, commander.id, `Public bucket ${Date.now()}`);
  await linkPublicBucketFinding(adminApi, id);
  const late = await adminApi.post(`/api/incidents/${id}/tasks`, {
    data: { title: "Tell the DPO", role: "legal", dueAt: new Date(Date.now() - 3_600_000).toISOString() },
  });
  expect(late.status()).toBe(201);

  await signIn(page, commander);
  await page.goto(`/incidents/${id}`);
  await page.getByRole("navigation", { name: "Incident sections" }).getByRole("link", { name: "Tasks" }).click();
  const tasks = page.getByRole("list", { name: "Tasks" });
  await expect(tasks.getByRole("listitem").filter({ hasText: "Tell the DPO" })).toContainText("Overdue");

  // Create a task with the keyboard-reachable form.
  const form = page.getByRole("form", { name: "Add a task" });
  await form.getByLabel("Task", { exact: true }).fill("Snapshot the CloudTrail bucket");
  await form.getByLabel("Role").selectOption("forensics");
  await form.getByLabel("Owner").selectOption({ label: "Casey Tasks" });
  await form.getByRole("button", { name: "Add task" }).click();
  await expect(form.getByText("Added “Snapshot the CloudTrail bucket”")).toBeVisible();
  await expect(tasks.getByText("Snapshot the CloudTrail bucket")).toBeVisible();

  // The linked finding suggests the public-bucket playbook; applying it adds its checklist once.
  const suggested = page.getByRole("list", { name: "Suggested playbooks" });
  await expect(suggested.getByRole("heading", { name: /Public S3 bucket/ })).toBeVisible();
  await suggested.getByRole("button", { name: "Apply “Public S3 bucket”" }).click();
  await expect(suggested.getByText("Added 5 task(s) from “Public S3 bucket”.")).toBeVisible();
  await expect(tasks.getByText("Turn on S3 Block Public Access for the bucket (and the account)")).toBeVisible();
  await expect(suggested.getByRole("button", { name: "Applied" })).toBeDisabled();
  await expect(tasks.getByRole("listitem")).toHaveCount(7);

  // Inline edit: mark the created task done.
  await tasks.getByRole("button", { name: "Edit task “Snapshot the CloudTrail bucket”" }).click();
  const editor = page.getByRole("form", { name: "Edit task “Snapshot the CloudTrail bucket”" });
  await editor.getByLabel("Status").selectOption("done");
  await editor.getByRole("button", { name: "Save task" }).click();
  await expect(tasks.getByRole("listitem").filter({ hasText: "Snapshot the CloudTrail bucket" })).toContainText("Done");
  await screenshot(page, "tasks-page");

  await page.getByLabel("Overdue").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(tasks.getByRole("listitem")).toHaveCount(1);
  await expect(tasks.getByRole("listitem")).toContainText("Tell the DPO");
  await expect(page.getByText("1 task(s) shown, 1 overdue.")).toBeVisible();
});

test("evidence: upload a file, see the server's SHA-256, download it as an attachment with a custody entry; a refused type says why", async ({
  page,
  users,
  signIn,
  adminApi,
}) => {
  const commander = await users.create(["commander"], "Casey Evidence");
  const id = await declare(adminApi, commander.id, `Leaked key ${Date.now()}`);
  await signIn(page, commander);
  await page.goto(`/incidents/${id}/evidence`);
  await expect(page.getByText("No evidence yet")).toBeVisible();

  const content = Buffer.from("2026-03-01T10:00:00Z AKIA… ListBuckets from 203.0.113.7\n<script>alert(1)</script>\n");
  const expected = createHash("sha256").update(content).digest("hex");
  const upload = page.getByRole("form", { name: "Upload a file" });
  await upload.getByLabel("File", { exact: true }).setInputFiles({ name: "cloudtrail-extract.log", mimeType: "text/plain", buffer: content });
  await upload.getByLabel("Reason", { exact: true }).fill("Shows the key's use from an unknown address");
  await upload.getByRole("button", { name: "Upload evidence" }).click();
  await expect(upload.getByText("Registered “cloudtrail-extract.log”.")).toBeVisible();
  const items = page.getByRole("list", { name: "Evidence items" });
  await expect(items.getByText(expected)).toBeVisible();

  await items.getByText("Download, hand over, hold or delete “cloudtrail-extract.log”").click();
  const downloadForm = page.getByRole("form", { name: "Download “cloudtrail-extract.log”" });
  await downloadForm.getByLabel("Why are you downloading it?").fill("Attach to the forensic report");
  const [download] = await Promise.all([page.waitForEvent("download"), downloadForm.getByRole("button", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toBe("cloudtrail-extract.log");
  const saved = readFileSync(await download.path());
  expect(createHash("sha256").update(saved).digest("hex")).toBe(expected);

  await page.reload();
  await page.getByText("Chain of custody (2)").click();
  await expect(page.getByRole("list", { name: "Chain of custody of “cloudtrail-extract.log”" })).toContainText("Downloaded by Casey Evidence: Attach to the forensic report");

  await upload.getByLabel("File", { exact: true }).setInputFiles({ name: "miner.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ\x90\x00") });
  await upload.getByLabel("Reason", { exact: true }).fill("Found on the instance");
  await upload.getByRole("button", { name: "Upload evidence" }).click();
  await expect(upload.getByRole("alert")).toContainText("Windows executable");
  await expect(upload.getByText(/File is a Windows executable/)).toBeVisible();
  await screenshot(page, "evidence-page");
});

test("evidence: a 12 MB upload arrives whole through the HTTP server (the proxy never buffers or cuts it)", async ({ users, adminApi }) => {
  const commander = await users.create(["commander"], "Casey Large");
  const id = await declare(adminApi, commander.id, `Large export ${Date.now()}`);
  const buffer = Buffer.alloc(12 * 1024 * 1024, "a");
  const response = await adminApi.post(`/api/incidents/${id}/evidence/uploads`, {
    multipart: { reason: "Full bucket listing", file: { name: "listing.csv", mimeType: "text/csv", buffer } },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { evidence } = (await response.json()) as { evidence: { sizeBytes: number; sha256: string } };
  expect(evidence.sizeBytes).toBe(buffer.length);
  expect(evidence.sha256).toBe(createHash("sha256").update(buffer).digest("hex"));
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});
