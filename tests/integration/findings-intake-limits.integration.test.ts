import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as eventbridgeRoute } from "@/app/api/intake/eventbridge/route";
import { POST as importRoute } from "@/app/api/findings/import/route";
import { GET as queueRoute } from "@/app/api/findings/route";
import { POST as dismissRoute } from "@/app/api/findings/dismiss/route";
import { POST as openIncidentRoute } from "@/app/api/findings/open-incident/route";
import { prisma } from "@/lib/db";
import { resetDatabase } from "./reset-db";
import { call, createToken, createUser } from "./api-helpers";

/** Hostile pushes and uploads: every answer is 202, 400 with per-item reasons, or 413 — never 500. */

const dir = path.join(process.cwd(), "tests/fixtures/aws");
const json = (name: string) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Record<string, unknown>;
const importedEvent = () => json("eventbridge-securityhub-findings-imported-afsbp-ec2.7.json");
const MiB = 1024 * 1024;

let token: string;
beforeEach(async () => {
  await resetDatabase();
  token = await createToken(["engineer"]);
});

describe("POST /api/intake/eventbridge with text PostgreSQL cannot store", () => {
  it("stores the other findings of the event and answers 400 naming each unstorable field", async () => {
    const event = importedEvent();
    const detail = event.detail as { findings: Record<string, unknown>[] };
    const good = detail.findings[0]!;
    detail.findings = [
      { ...good, Id: "nul-title", Title: "a\u0000b" },
      good,
      { ...good, Id: "lone-surrogate", Types: ["Effects/Data Exposure\ud800"] },
      { ...good, Id: "rtl-is-fine", Title: "\u202egnp.exe" },
    ];
    const response = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, json: event });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body).toMatchObject({ received: 4, inserted: 2, rejected: 2 });
    expect(response.body?.invalid_params).toEqual([
      { name: "findings[0].Title", reason: expect.stringMatching(/NUL/), finding: "nul-title" },
      { name: "findings[2].Types.0", reason: expect.stringMatching(/surrogate/), finding: "lone-surrogate" },
    ]);
    expect((await prisma.finding.findFirstOrThrow({ where: { awsId: "rtl-is-fine" } })).title).toBe("\u202egnp.exe");
  });

  it("answers 400, not 500, for a GuardDuty event whose finding carries an unpaired surrogate", async () => {
    const detail = { ...json("guardduty-native-finding-Recon-IAMUser-MaliciousIPCaller.Custom.sample.json"), description: "\udfff" };
    const event = { version: "0", id: "e", "detail-type": "GuardDuty Finding", source: "aws.guardduty", detail };
    const response = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, json: event });
    expect(response.status).toBe(400);
    expect(response.body?.invalid_params).toEqual([expect.objectContaining({ name: "findings[0].description" })]);
  });
});

/** A chunked request body (no Content-Length) produced on demand, recording how much the server pulled. */
function streamedBody(totalBytes: number, chunk: (n: number) => Buffer) {
  const progress = { pulled: 0, cancelled: false };
  let n = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (progress.pulled >= totalBytes) return controller.close();
      const bytes = chunk(n++);
      progress.pulled += bytes.length;
      controller.enqueue(bytes);
    },
    cancel() {
      progress.cancelled = true;
    },
  });
  return { body, progress };
}

async function upload(token: string, body: ReadableStream<Uint8Array>) {
  const request = new Request("http://localhost/api/findings/import", {
    method: "POST",
    headers: { host: "localhost", authorization: `Bearer ${token}`, "content-type": "application/x-ndjson" },
    body,
    duplex: "half",
  } as RequestInit);
  const response = await importRoute(request, { params: Promise.resolve({}) });
  return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as Record<string, unknown> };
}

describe("POST /api/findings/import size limits on the bytes read", () => {
  it("answers 413 to a 300 MB chunked body with no newline, having stopped reading after the line limit", async () => {
    const { body, progress } = streamedBody(300 * MiB, () => Buffer.alloc(MiB, 0x61));
    global.gc?.();
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 5);
    const response = await upload(token, body).finally(() => clearInterval(sampler));
    expect(response.status).toBe(413);
    expect(response.type).toBe("application/problem+json");
    expect(response.body).toMatchObject({ status: 413, invalid_params: [{ name: "file", reason: expect.stringMatching(/line 1 is longer/) }] });
    // Read no further than the 32 MiB line limit (plus what the stream had queued), then let go of the body.
    expect(progress.pulled).toBeLessThan(40 * MiB);
    expect(progress.cancelled).toBe(true);
    expect(rssPeak - rssBefore).toBeLessThan(160 * MiB);
  });

  it("stores the lines before an over-long one, answers 413 and says what it stored", async () => {
    const finding = JSON.stringify(json("securityhub-asff-control-S3.4-sse.json"));
    const { body } = streamedBody(100 * MiB, (n) => Buffer.from(n === 0 ? `${finding}\n` : "x".repeat(MiB)));
    const response = await upload(token, body);
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ invalid_params: [{ name: "file", reason: expect.stringMatching(/line 2/) }], storedBeforeTheLimit: { received: 1, inserted: 1 } });
    expect(await prisma.finding.count()).toBe(1);
  });

  it("answers 413 to a JSON document (not NDJSON) past 32 MiB however short its lines", async () => {
    const { body, progress } = streamedBody(100 * MiB, (n) => Buffer.from(n === 0 ? "[\n" : `  "${"p".repeat(1_000)}",\n`.repeat(1_000)));
    const response = await upload(token, body);
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ invalid_params: [{ name: "file", reason: expect.stringMatching(/JSON document/) }] });
    expect(progress.pulled).toBeLessThan(40 * MiB);
  });

  it("reports a line that is not UTF-8 and imports the others", async () => {
    const finding = json("securityhub-asff-control-S3.4-sse.json");
    const lines = [Buffer.from(`${JSON.stringify(finding)}\n`), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from(JSON.stringify({ ...finding, Id: "second" }))];
    const { body } = streamedBody(lines.reduce((n, line) => n + line.length, 0), (n) => lines[n]!);
    const response = await upload(token, body);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ inserted: 2, problems: [{ line: 2, reason: "is not valid UTF-8" }] });
  });
});

describe("triage inputs PostgreSQL cannot store", () => {
  it("answers 400 naming the field for a NUL in a dismissal reason, an incident title or a queue filter, and stores nothing", async () => {
    const triager = await createToken(["commander"]);
    await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token: triager, json: importedEvent() });
    const findingIds = (await prisma.finding.findMany()).map((f) => f.id);
    const commander = await createUser(["commander"]);

    const dismissed = await call(dismissRoute, "POST", "/api/findings/dismiss", { token: triager, json: { findingIds, reason: "noise\u0000" } });
    expect(dismissed.status).toBe(400);
    expect(dismissed.body?.invalid_params).toEqual([expect.objectContaining({ name: "reason", reason: expect.stringMatching(/NUL/) })]);

    const opened = await call(openIncidentRoute, "POST", "/api/findings/open-incident", {
      token: triager,
      json: { findingIds, title: "Bucket \ud800", severity: "high", commanderId: commander.id },
    });
    expect(opened.status).toBe(400);
    expect(opened.body?.invalid_params).toEqual([expect.objectContaining({ name: "title", reason: expect.stringMatching(/surrogate/) })]);

    for (const query of ["?product=a%00b", "?type=%00", "?severity=high,%00"]) {
      const listed = await call(queueRoute, "GET", "/api/findings", { token: triager, query });
      expect(listed.status, query).toBe(400);
    }
    expect(await prisma.finding.count({ where: { triage: "new" } })).toBe(1);
    expect(await prisma.incident.count()).toBe(0);
  });
});
