import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as eventbridgeRoute } from "@/app/api/intake/eventbridge/route";
import { POST as importRoute } from "@/app/api/findings/import/route";
import { GET as queueRoute } from "@/app/api/findings/route";
import { POST as openIncidentRoute } from "@/app/api/findings/open-incident/route";
import { POST as dismissRoute } from "@/app/api/findings/dismiss/route";
import { POST as linkRoute } from "@/app/api/findings/link/route";
import { GET as findingRoute } from "@/app/api/findings/[id]/route";
import { prisma } from "@/lib/db";
import { resetDatabase } from "./reset-db";
import { call, createToken, createUser } from "./api-helpers";

const dir = path.join(process.cwd(), "tests/fixtures/aws");
const text = (name: string) => readFileSync(path.join(dir, name), "utf8");
const json = (name: string) => JSON.parse(text(name)) as Record<string, unknown>;
const importedEvent = () => json("eventbridge-securityhub-findings-imported-afsbp-ec2.7.json");

describe("POST /api/intake/eventbridge", () => {
  let token: string;
  beforeEach(async () => {
    await resetDatabase();
    token = await createToken(["engineer"]);
  });

  it("accepts a Security Hub Findings - Imported event with 202, and the same event twice changes nothing", async () => {
    const first = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, json: importedEvent() });
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ inserted: 1, rejected: 0 });
    const snapshot = await prisma.finding.findMany();
    const second = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, json: importedEvent() });
    expect(second.status).toBe(202);
    expect(second.body).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await prisma.finding.findMany()).toEqual(snapshot);
    expect(await prisma.findingVersion.count()).toBe(1);
  });

  it("stores each pushed finding as the exact bytes of the request body", async () => {
    const body = text("eventbridge-securityhub-findings-imported-afsbp-ec2.7.json");
    const response = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, rawBody: body, contentType: "application/json" });
    expect(response.status).toBe(202);
    const version = await prisma.findingVersion.findFirstOrThrow();
    const finding = (importedEvent().detail as { findings: unknown[] }).findings[0];
    expect(JSON.parse(version.raw)).toEqual(finding);
    // The fixture's own layout (indentation, key order) survives: the slice is the body's, not a re-serialization.
    expect(version.raw).not.toBe(JSON.stringify(finding));
    expect(body).toContain(version.raw);
  });

  it("accepts a GuardDuty Finding event", async () => {
    const detail = json("guardduty-native-finding-Recon-IAMUser-MaliciousIPCaller.Custom.sample.json");
    const event = { version: "0", id: "1", "detail-type": "GuardDuty Finding", source: "aws.guardduty", account: "123456789012", region: "us-east-1", detail };
    const response = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, json: event });
    expect(response.status).toBe(202);
    expect((await prisma.finding.findFirstOrThrow()).format).toBe("guardduty");
  });

  it("answers 401 to a bad or missing token and stores nothing", async () => {
    for (const options of [{ token: "bd_not-a-real-token" }, {}]) {
      const response = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { ...options, json: importedEvent() });
      expect(response.status).toBe(401);
    }
    expect(await prisma.finding.count()).toBe(0);
  });

  it("answers 403 to a read-only (exec) token", async () => {
    const exec = await createToken(["exec"]);
    expect((await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token: exec, json: importedEvent() })).status).toBe(403);
  });

  it("answers 413 to an oversized body", async () => {
    const big = { ...importedEvent(), padding: "x".repeat(1024 * 1024 + 1) };
    expect((await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, json: big })).status).toBe(413);
  });

  it("answers 400 to malformed JSON", async () => {
    const response = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, rawBody: '{"detail":', contentType: "application/json" });
    expect(response.status).toBe(400);
  });

  it("keeps the valid findings of a batch and answers 400 naming each invalid one", async () => {
    const event = importedEvent();
    const detail = event.detail as { findings: Record<string, unknown>[] };
    const good = detail.findings[0]!;
    const noUpdatedAt: Record<string, unknown> = { ...good, Id: "broken-1" };
    delete noUpdatedAt.UpdatedAt;
    detail.findings = [noUpdatedAt, good, { Id: "broken-2" }];
    const response = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, json: event });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ inserted: 1, rejected: 2 });
    const params = response.body?.invalid_params as { name: string; finding: string }[];
    expect(params.some((p) => p.name === "findings[0].UpdatedAt" && p.finding === "broken-1")).toBe(true);
    expect(params.some((p) => p.name.startsWith("findings[2]") && p.finding === "broken-2")).toBe(true);
    expect(await prisma.finding.count()).toBe(1);
  });
});

describe("POST /api/findings/import (upload)", () => {
  beforeEach(resetDatabase);

  it("imports NDJSON of mixed containers and reports broken lines", async () => {
    const token = await createToken(["engineer"]);
    const lines = [
      JSON.stringify(json("securityhub-asff-control-S3.1-account-bpa.json")),
      JSON.stringify({ Findings: [json("securityhub-asff-control-IAM.3-access-key-rotation.json")] }),
      JSON.stringify(json("eventbridge-securityhub-findings-imported-cis-1.4.json")),
      JSON.stringify(json("guardduty-native-finding-PenTest-S3-ParrotLinux.sample.json")),
      "{not json",
      JSON.stringify({ Id: "half a finding" }),
    ].join("\n");
    const response = await call(importRoute, "POST", "/api/findings/import", { token, rawBody: lines, contentType: "application/x-ndjson" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ received: 5, inserted: 4, rejected: 1 });
    expect(response.body?.problems).toEqual([{ line: 5, reason: "is not valid JSON" }]);
  });

  it("imports a pretty-printed JSON array file", async () => {
    const token = await createToken(["engineer"]);
    const body = JSON.stringify([json("securityhub-asff-control-S3.4-sse.json"), json("securityhub-asff-control-EC2.8-imdsv2.json")], null, 2);
    const response = await call(importRoute, "POST", "/api/findings/import", { token, rawBody: body, contentType: "application/json" });
    expect(response.body).toMatchObject({ inserted: 2, rejected: 0 });
  });

  it("reports a file that is neither JSON nor NDJSON", async () => {
    const token = await createToken(["engineer"]);
    const response = await call(importRoute, "POST", "/api/findings/import", { token, rawBody: "hello\nworld", contentType: "text/plain" });
    expect(response.body).toMatchObject({ received: 0, problems: [{ line: 1, reason: "the file is neither JSON nor NDJSON" }] });
  });
});

describe("triage actions", () => {
  beforeEach(resetDatabase);

  async function seed() {
    const token = await createToken(["engineer"]);
    await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, json: importedEvent() });
    await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, json: json("eventbridge-securityhub-findings-imported-cis-1.4.json") });
    return (await prisma.finding.findMany({ orderBy: { title: "asc" } })).map((f) => f.id);
  }

  it("opens an incident from selected findings: linked, out of the queue, and listed on the incident's timeline", async () => {
    const ids = await seed();
    const commander = await createUser(["commander"], "Casey");
    const token = await createToken(["commander"]);
    const response = await call(openIncidentRoute, "POST", "/api/findings/open-incident", {
      token,
      json: { findingIds: ids, title: "EBS and CIS", severity: "high", commanderId: commander.id },
    });
    expect(response.status).toBe(201);
    const incidentId = (response.body?.incident as { id: string }).id;
    const events = await prisma.timelineEvent.findMany({ where: { incidentId }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["incident.declared", "finding.linked"]);
    expect((events[1]?.payload as { findings: unknown[] }).findings).toHaveLength(2);
    const queue = await call(queueRoute, "GET", "/api/findings", { token });
    expect(queue.body?.items).toEqual([]);
  });

  it("filters the queue by any part of a type, resource, account or region in any case, several severities and a day", async () => {
    await seed();
    const token = await createToken(["engineer"]);
    const titles = async (query: string) => {
      const response = await call(queueRoute, "GET", `/api/findings${query}`, { token });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return (response.body?.items as { title: string }[]).map((item) => item.title).sort();
    };
    const all = await titles("");
    expect(all).toHaveLength(2);
    const stored = await prisma.finding.findMany({ select: { title: true, types: true, resourceIds: true, awsAccountId: true, severityLabel: true } });
    const [first] = stored;
    // A fragment from the middle of a type and of a resource id, in the other case.
    const typeFragment = first!.types[0]!.slice(3, 12).toUpperCase();
    const resourceFragment = first!.resourceIds[0]!.slice(-8).toLowerCase();
    const expectedByType = stored.filter((f) => f.types.some((t) => t.toUpperCase().includes(typeFragment))).map((f) => f.title).sort();
    expect(await titles(`?type=${encodeURIComponent(typeFragment)}`)).toEqual(expectedByType);
    expect(await titles(`?resource=${encodeURIComponent(resourceFragment)}`)).toContain(first!.title);
    expect(await titles(`?account=${first!.awsAccountId.slice(2, 8)}`)).toContain(first!.title);
    // LIKE wildcards typed by a user are text: "%" matches nothing here.
    expect(await titles("?type=%25")).toEqual([]);
    const severities = [...new Set(stored.map((f) => f.severityLabel))];
    expect(await titles(`?${severities.map((s) => `severity=${s}`).join("&")}`)).toEqual(all);
    expect(await titles("?since=2000-01-01")).toEqual(all);
    expect(await titles("?since=2999-01-01")).toEqual([]);
    expect((await call(queueRoute, "GET", "/api/findings?since=yesterday", { token })).status).toBe(400);
  });

  it("refuses to link a finding that is already linked, and changes nothing", async () => {
    const [a] = await seed();
    const commander = await createUser(["commander"], "Casey");
    const token = await createToken(["commander"]);
    const open = async () =>
      call(openIncidentRoute, "POST", "/api/findings/open-incident", { token, json: { findingIds: [a], title: "One", severity: "low", commanderId: commander.id } });
    const first = await open();
    const second = await call(linkRoute, "POST", "/api/findings/link", { token, json: { incidentId: (first.body?.incident as { id: string }).id, findingIds: [a] } });
    expect(second.status).toBe(409);
    expect(await prisma.timelineEvent.count({ where: { kind: "finding.linked" } })).toBe(1);
  });

  it("keeps a need-to-know incident hidden from non-members on the findings paths too", async () => {
    const [a, b] = await seed();
    const commander = await createUser(["commander"], "Casey");
    const commanderToken = await createToken(["commander"]);
    const opened = await call(openIncidentRoute, "POST", "/api/findings/open-incident", {
      token: commanderToken,
      json: { findingIds: [a], title: "Secret matter", severity: "high", commanderId: commander.id },
    });
    const incidentId = (opened.body?.incident as { id: string }).id;
    await prisma.incident.update({ where: { id: incidentId }, data: { restricted: true } });

    // A user token never sees a restricted incident unless admin: linking into it answers as for a missing one.
    const outsider = await createToken(["engineer"]);
    const link = await call(linkRoute, "POST", "/api/findings/link", { token: outsider, json: { incidentId, findingIds: [b] } });
    expect(link.status).toBe(404);
    expect(await prisma.finding.count({ where: { incidentId } })).toBe(1);

    const page = await call(findingRoute, "GET", `/api/findings/${a}`, { token: outsider, params: { id: a! } });
    expect(page.status).toBe(200);
    expect(JSON.stringify(page.body)).not.toContain("Secret matter");
    expect((page.body?.finding as { linkedToHiddenIncident: boolean }).linkedToHiddenIncident).toBe(true);

    const admin = await createToken(["admin"]);
    const adminPage = await call(findingRoute, "GET", `/api/findings/${a}`, { token: admin, params: { id: a! } });
    expect(JSON.stringify(adminPage.body)).toContain("Secret matter");
  });

  it("dismisses with a reason; an exec may read the queue but not dismiss", async () => {
    const ids = await seed();
    const exec = await createToken(["exec"]);
    expect((await call(queueRoute, "GET", "/api/findings", { token: exec })).status).toBe(200);
    expect((await call(dismissRoute, "POST", "/api/findings/dismiss", { token: exec, json: { findingIds: ids, reason: "noise" } })).status).toBe(403);
    const engineer = await createToken(["engineer"]);
    const noReason = await call(dismissRoute, "POST", "/api/findings/dismiss", { token: engineer, json: { findingIds: ids, reason: "" } });
    expect(noReason.status).toBe(400);
    const ok = await call(dismissRoute, "POST", "/api/findings/dismiss", { token: engineer, json: { findingIds: [ids[0]], reason: "Known test account" } });
    expect(ok.body).toEqual({ dismissed: 1 });
    expect((await call(queueRoute, "GET", "/api/findings", { token: engineer })).body?.items).toHaveLength(1);
  });
});

describe("findings sources", () => {
  beforeEach(resetDatabase);

  it("an administrator adds a source; a duplicate is 409, a bad region 400, and an engineer may not", async () => {
    const { POST: createSourceRoute, GET: listSourcesRoute } = await import("@/app/api/sources/route");
    const admin = await createToken(["admin"]);
    const engineer = await createToken(["engineer"]);
    const body = { kind: "guardduty", region: "eu-west-1" };
    expect((await call(createSourceRoute, "POST", "/api/sources", { token: engineer, json: body })).status).toBe(403);
    expect((await call(listSourcesRoute, "GET", "/api/sources", { token: engineer })).status).toBe(403);
    expect((await call(createSourceRoute, "POST", "/api/sources", { token: admin, json: body })).status).toBe(201);
    expect((await call(createSourceRoute, "POST", "/api/sources", { token: admin, json: body })).status).toBe(409);
    const bad = await call(createSourceRoute, "POST", "/api/sources", { token: admin, json: { kind: "securityhub", region: "Mars" } });
    expect(bad.status).toBe(400);
    expect((bad.body?.invalid_params as { name: string }[]).map((p) => p.name)).toContain("region");
    expect((await call(listSourcesRoute, "GET", "/api/sources", { token: admin })).body?.items).toHaveLength(1);
  });
});
