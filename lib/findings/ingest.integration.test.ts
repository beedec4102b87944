import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { commitBatch, ingestBatch, prepareBatch, type TIncomingFinding } from "@/lib/findings/ingest";
import { importFile } from "@/lib/findings/import-file";
import { declareIncident } from "@/lib/incidents/service";
import { linkFindings } from "@/lib/findings/service";
import { resetDatabase } from "@/tests/integration/reset-db";
import { createUser } from "@/tests/integration/api-helpers";
import type { TActor } from "@/lib/auth/policy";

const dir = path.join(process.cwd(), "tests/fixtures/aws");
const sample = (name: string) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Record<string, unknown>;
const incoming = (value: unknown): TIncomingFinding => ({ value, raw: JSON.stringify(value) });
const system = { kind: "system", name: "test intake" } as const;
const opts = { via: "test", actor: system };

function later(finding: Record<string, unknown>, iso: string, changes: Record<string, unknown> = {}) {
  return { ...finding, UpdatedAt: iso, ...changes };
}

describe("ingestBatch (the one idempotent upsert)", () => {
  beforeEach(resetDatabase);

  it("inserts new findings, keeps their raw JSON verbatim, and a replay changes nothing", async () => {
    const a = sample("securityhub-asff-control-S3.8-bucket-bpa.json");
    const b = sample("guardduty-native-finding-PenTest-S3-ParrotLinux.sample.json");
    const first = await ingestBatch([incoming(a), incoming(b)], opts);
    expect(first).toMatchObject({ inserted: 2, updated: 0, unchanged: 0, rejected: 0, versionsStored: 2 });

    const stored = await prisma.finding.findUniqueOrThrow({
      where: { productArn_awsId: { productArn: a.ProductArn as string, awsId: a.Id as string } },
      include: { versions: true },
    });
    expect(stored.versions[0]?.raw).toBe(JSON.stringify(a));
    const before = await prisma.finding.findMany({ orderBy: { id: "asc" } });

    for (let i = 0; i < 3; i++) {
      expect(await ingestBatch([incoming(a), incoming(b)], opts)).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, versionsStored: 0 });
    }
    expect(await prisma.finding.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await prisma.findingVersion.count()).toBe(2);
  });

  it("stores each raw payload of a two-lane batch byte for byte, multi-byte characters and odd layouts included", async () => {
    const base = sample("securityhub-asff-control-S3.4-sse.json");
    const texts = ["Café", "😀 emoji", "\u202e right-to-left", "日本語の説明", "plain"];
    const items = Array.from({ length: 40 }, (_, n) => {
      const value = { ...base, Id: `${String(base.Id)}/${n}`, Description: `${texts[n % texts.length]!.repeat(n % 7 + 1)} ${n}` };
      // Some payloads as the provider's own layout, with escapes JSON.stringify would not write.
      const raw = n % 3 === 0 ? JSON.stringify(value, null, n % 4).replace("Caf\u00e9", "Caf\\u00e9") : JSON.stringify(value);
      return { value: JSON.parse(raw) as unknown, raw };
    });
    const prepared = await prepareBatch(items, 2);
    expect(prepared.lanes).toHaveLength(2);
    expect(await commitBatch(prepared, opts)).toMatchObject({ inserted: 40, versionsStored: 40 });

    const stored = await prisma.findingVersion.findMany({ include: { finding: { select: { awsId: true } } } });
    const rawById = new Map(items.map((item) => [(item.value as { Id: string }).Id, item.raw]));
    expect(stored).toHaveLength(40);
    for (const version of stored) expect(version.raw).toBe(rawById.get(version.finding.awsId));
  });

  it("replaces the stored version only when UpdatedAt is newer, and keeps every distinct version", async () => {
    const base = sample("securityhub-asff-control-S3.4-sse.json");
    await ingestBatch([incoming(later(base, "2030-01-01T00:00:00Z", { Title: "v2" }))], opts);
    const older = await ingestBatch([incoming(later(base, "2029-01-01T00:00:00Z", { Title: "v1" }))], opts);
    expect(older).toMatchObject({ inserted: 0, updated: 0, unchanged: 1, versionsStored: 1 });
    const newer = await ingestBatch([incoming(later(base, "2031-01-01T00:00:00Z", { Title: "v3" }))], opts);
    expect(newer).toMatchObject({ updated: 1, versionsStored: 1 });

    const finding = await prisma.finding.findFirstOrThrow({ include: { versions: { orderBy: { sourceUpdatedAt: "asc" } } } });
    expect(finding.title).toBe("v3");
    expect(finding.versions.map((v) => (JSON.parse(v.raw) as { Title: string }).Title)).toEqual(["v1", "v2", "v3"]);
  });

  it("takes the newest of several versions of one finding within a batch", async () => {
    const base = sample("securityhub-asff-control-S3.4-sse.json");
    const result = await ingestBatch(
      [incoming(later(base, "2031-01-01T00:00:00Z", { Title: "newest" })), incoming(later(base, "2030-01-01T00:00:00Z", { Title: "old" }))],
      opts,
    );
    expect(result).toMatchObject({ inserted: 1, unchanged: 1, versionsStored: 2 });
    expect((await prisma.finding.findFirstOrThrow()).title).toBe("newest");
  });

  it("keeps valid findings of a batch and reports each rejected one with its reasons", async () => {
    const good = sample("securityhub-asff-control-IAM.8-unused-credentials.json");
    const noResources = sample("securityhub-asff-control-S3.1-account-bpa.json");
    delete noResources.Resources;
    const result = await ingestBatch([incoming(noResources), incoming(good), incoming(42)], opts);
    expect(result).toMatchObject({ inserted: 1, rejected: 2 });
    expect(result.rejections.map((r) => r.index)).toEqual([0, 2]);
    expect(result.rejections[0]?.key).toBe(noResources.Id);
    expect(result.rejections[0]?.reasons.map((r) => r.name)).toContain("Resources");
  });

  it("refuses to change or delete a stored version (insert-only by trigger)", async () => {
    await ingestBatch([incoming(sample("securityhub-asff-control-S3.4-sse.json"))], opts);
    await expect(prisma.$executeRawUnsafe(`UPDATE finding_versions SET raw = '{}'`)).rejects.toThrow(/insert-only/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM finding_versions`)).rejects.toThrow(/insert-only/);
  });

  it("tells a linked incident's timeline when its finding's severity rises and when it is archived", async () => {
    const commander = await createUser(["commander"], "Casey");
    const actor: TActor = { kind: "user", id: commander.id, email: commander.email, name: "Casey", roles: ["commander"] };
    const base = later(sample("securityhub-asff-control-S3.4-sse.json"), "2030-01-01T00:00:00Z");
    await ingestBatch([incoming(base)], opts);
    const finding = await prisma.finding.findFirstOrThrow();
    const incident = await declareIncident(actor, { title: "Bucket", severity: "high", summary: "", commanderId: commander.id });
    await linkFindings(actor, { incidentId: incident.id, findingIds: [finding.id] });

    await ingestBatch([incoming(later(base, "2030-02-01T00:00:00Z", { Severity: { Label: "CRITICAL", Normalized: 90 } }))], opts);
    await ingestBatch([incoming(later(base, "2030-03-01T00:00:00Z", { Severity: { Label: "CRITICAL", Normalized: 90 }, RecordState: "ARCHIVED" }))], opts);
    // A replay of the last version writes nothing more.
    await ingestBatch([incoming(later(base, "2030-03-01T00:00:00Z", { Severity: { Label: "CRITICAL", Normalized: 90 }, RecordState: "ARCHIVED" }))], opts);

    const events = await prisma.timelineEvent.findMany({ where: { incidentId: incident.id }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["incident.declared", "finding.linked", "finding.changed", "finding.changed"]);
    expect(events[2]?.payload).toMatchObject({ changes: [expect.stringMatching(/Severity raised from MEDIUM to CRITICAL/)] });
    expect(events[3]?.payload).toMatchObject({ changes: ["Archived by the provider"] });
    expect(events[3]?.actorLabel).toBe("test intake");
    expect((await prisma.finding.findFirstOrThrow()).triage).toBe("linked");
  });
});

describe("a batch committed in two lanes", () => {
  beforeEach(resetDatabase);

  it("stores every finding and version once, counts right, and tells each linked incident's timeline, in order", async () => {
    const commander = await createUser(["commander"], "Casey");
    const actor: TActor = { kind: "user", id: commander.id, email: commander.email, name: "Casey", roles: ["commander"] };
    const base = sample("securityhub-asff-control-S3.8-bucket-bpa.json");
    const version = (n: number, iso: string, label = "MEDIUM") =>
      incoming(later({ ...base, Id: `${String(base.Id)}/lanes/${n}` }, iso, { Severity: { Label: label } }));
    const first = await prepareBatch(Array.from({ length: 40 }, (_, n) => version(n, "2030-01-01T00:00:00Z")), 2);
    expect(first.lanes).toHaveLength(2);
    expect(await commitBatch(first, opts)).toMatchObject({ received: 40, inserted: 40, updated: 0, versionsStored: 40 });

    // Half the findings linked to one incident, half to another: both lanes append to both timelines.
    const findings = await prisma.finding.findMany({ orderBy: { awsId: "asc" } });
    const incidents = [
      await declareIncident(actor, { title: "One", severity: "high", summary: "", commanderId: commander.id }),
      await declareIncident(actor, { title: "Two", severity: "high", summary: "", commanderId: commander.id }),
    ];
    for (const [i, incident] of incidents.entries()) {
      await linkFindings(actor, { incidentId: incident.id, findingIds: findings.filter((_, k) => k % 2 === i).map((f) => f.id) });
    }

    // Two batches of raised severities committed at the same time, each in two lanes (one newer than the other).
    const raised = (iso: string, label: string) => prepareBatch(Array.from({ length: 40 }, (_, n) => version(n, iso, label)), 2);
    const [high, critical] = await Promise.all([raised("2030-02-01T00:00:00Z", "HIGH"), raised("2030-03-01T00:00:00Z", "CRITICAL")]);
    const results = await Promise.all([commitBatch(high, opts), commitBatch(critical, opts)]);
    expect(results.reduce((n, r) => n + r.versionsStored, 0)).toBe(80);

    expect(await prisma.finding.count()).toBe(40);
    expect(await prisma.findingVersion.count()).toBe(120);
    expect(await prisma.finding.count({ where: { severityLabel: "CRITICAL" } })).toBe(40); // the newest won everywhere
    for (const incident of incidents) {
      const events = await prisma.timelineEvent.findMany({ where: { incidentId: incident.id, kind: "finding.changed" }, orderBy: { sequence: "asc" } });
      expect(events.length).toBeGreaterThanOrEqual(20); // every linked finding's rise is told at least once
      const sequences = (await prisma.timelineEvent.findMany({ where: { incidentId: incident.id }, orderBy: { sequence: "asc" } })).map((e) => e.sequence);
      expect(sequences).toEqual(sequences.map((_, i) => i + 1)); // one unbroken chain
    }
    // And a replay of everything in lanes changes nothing.
    expect(await commitBatch(await raised("2030-03-01T00:00:00Z", "CRITICAL"), opts)).toMatchObject({ inserted: 0, updated: 0, unchanged: 40, versionsStored: 0 });
  });
});

describe("importFile", () => {
  beforeEach(resetDatabase);

  it("imports each real sample file, whatever its container, and a second import changes nothing", async () => {
    const files = [
      "securityhub-asff-control-EC2.8-imdsv2.json",
      "eventbridge-securityhub-findings-imported-cis-1.4.json",
      "eventbridge-securityhub-findings-custom-action-cis-1.6.json",
      "guardduty-native-finding-Recon-IAMUser-MaliciousIPCaller.Custom.sample.json",
      "guardduty-asff-example-ssh-bruteforce.docs.json",
    ];
    for (const name of files) {
      const result = await importFile(path.join(dir, name), opts);
      expect(result, name).toMatchObject({ inserted: 1, rejected: 0, problems: [] });
    }
    for (const name of files) {
      expect(await importFile(path.join(dir, name), opts), name).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    }
  });
});

describe("importFile across several batches (one commits while the next is read)", () => {
  beforeEach(resetDatabase);

  it("keeps versions in file order across batch boundaries, and reports each bad line and rejected finding", async () => {
    const base = sample("securityhub-asff-control-S3.8-bucket-bpa.json");
    const make = (i: number, iso = "2026-01-01T00:00:00.000Z") => ({ ...base, Id: `${base.Id as string}/bulk-${i}`, UpdatedAt: iso });
    const lines: string[] = [];
    for (let i = 0; i < 1_300; i++) lines.push(JSON.stringify(make(i)));
    // Finding 7 again in the second and third batches: a newer version, then an older one (which must not win).
    lines.splice(600, 0, JSON.stringify(make(7, "2026-02-01T00:00:00.000Z")));
    lines.splice(1_200, 0, JSON.stringify(make(7, "2026-01-15T00:00:00.000Z")));
    lines.splice(3, 0, "{not json");
    const withoutId: Record<string, unknown> = make(9_999);
    delete withoutId.Id;
    lines.splice(900, 0, JSON.stringify(withoutId));
    const file = path.join(os.tmpdir(), `bulk-${process.pid}.ndjson`);
    writeFileSync(file, lines.join("\n"));
    try {
      const result = await importFile(file, opts);
      expect(result).toMatchObject({ received: 1_303, inserted: 1_300, updated: 1, unchanged: 1, rejected: 1 });
      expect(result.problems).toEqual([{ line: 4, reason: "is not valid JSON" }]);
      // Finding #900 of the file (0-based 899: the bad line carries no finding) is the one without an Id.
      expect(result.rejections).toHaveLength(1);
      expect(result.rejections[0]).toMatchObject({ index: 899, reasons: [expect.objectContaining({ name: "Id" })] });
      const seventh = await prisma.finding.findFirstOrThrow({ where: { awsId: `${base.Id as string}/bulk-7` }, include: { versions: true } });
      expect(seventh.sourceUpdatedAt.toISOString()).toBe("2026-02-01T00:00:00.000Z");
      expect(seventh.versions).toHaveLength(3);
      expect(await prisma.finding.count()).toBe(1_300);
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe("detection latency", () => {
  beforeEach(resetDatabase);

  it("measures an incident from its first linked finding observed to its declaration, hidden from non-members", async () => {
    const { getIncidentDetection } = await import("@/lib/findings/service");
    const commander = await createUser(["commander"], "Casey");
    const actor: TActor = { kind: "user", id: commander.id, email: commander.email, name: "Casey", roles: ["commander"] };
    const base = sample("securityhub-asff-control-S3.4-sse.json");
    const fiveHoursAgo = new Date(Date.now() - 5 * 3_600_000).toISOString();
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000).toISOString();
    await ingestBatch(
      [
        incoming({ ...base, Id: "a", FirstObservedAt: twoHoursAgo }),
        incoming({ ...base, Id: "b", FirstObservedAt: fiveHoursAgo }),
      ],
      { via: "pull:securityhub:us-east-1", actor: system },
    );
    const incident = await declareIncident(actor, { title: "Bucket", severity: "high", summary: "", commanderId: commander.id });
    await prisma.incident.update({ where: { id: incident.id }, data: { restricted: true } }); // need-to-know
    expect(await getIncidentDetection(actor, incident.id)).toMatchObject({ findings: 0, observedToDeclaredMs: null });
    await linkFindings(actor, { incidentId: incident.id, findingIds: (await prisma.finding.findMany()).map((f) => f.id) });
    const detection = await getIncidentDetection(actor, incident.id);
    expect(detection.findings).toBe(2);
    expect(detection.firstObservedAt?.toISOString()).toBe(fiveHoursAgo);
    expect(detection.observedToDeclaredMs).toBeGreaterThanOrEqual(5 * 3_600_000 - 1_000);
    expect(detection.observedToDeclaredMs).toBeLessThan(5 * 3_600_000 + 60_000);

    const outsider = await createUser(["engineer"], "Eve");
    const eve: TActor = { kind: "user", id: outsider.id, email: outsider.email, name: "Eve", roles: ["engineer"] };
    await expect(getIncidentDetection(eve, incident.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("shows each source's median first-observed → stored latency on the sources list", async () => {
    const { listSources } = await import("@/lib/findings/service");
    const { ensureSources } = await import("@/lib/findings/pull");
    await ensureSources([{ kind: "securityhub", region: "us-east-1", roleArn: "" }, { kind: "guardduty", region: "eu-west-1", roleArn: "" }]);
    const base = sample("securityhub-asff-control-S3.4-sse.json");
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    await ingestBatch(
      [1, 2, 9].map((h, i) => incoming({ ...base, Id: `s${i}`, FirstObservedAt: hoursAgo(h) })),
      { via: "pull:securityhub:us-east-1", actor: system },
    );
    const admin = await createUser(["admin"], "Ada");
    const sources = await listSources({ kind: "user", id: admin.id, email: admin.email, name: "Ada", roles: ["admin"] });
    const hub = sources.find((s) => s.kind === "securityhub")!;
    expect(hub.detectedFindings).toBe(3);
    expect(Math.abs(hub.detectionP50Ms! - 2 * 3_600_000)).toBeLessThan(60_000);
    expect(sources.find((s) => s.kind === "guardduty")).toMatchObject({ detectionP50Ms: null, detectedFindings: 0 });
  });
});

describe("verbatim raw JSON of findings taken out of containers", () => {
  beforeEach(resetDatabase);

  it("stores each finding of a pretty-printed EventBridge event or {\"Findings\": [...]} file as its exact text in the file", async () => {
    for (const name of ["eventbridge-securityhub-findings-imported-cis-1.4.json", "guardduty-native-finding-Recon-IAMUser-MaliciousIPCaller.Custom.sample.json"]) {
      await importFile(path.join(dir, name), opts);
    }
    // {"Findings": [...]} with unusual spacing, key order and number spelling, which a re-serialization would lose.
    const finding = { ...sample("securityhub-asff-control-S3.2-public-read.json"), Id: "verbatim-1" };
    const exact = JSON.stringify(finding, null, 3).replace('"SchemaVersion": ', '"SchemaVersion"  :  ');
    const file = path.join(os.tmpdir(), `verbatim-${process.pid}.json`);
    writeFileSync(file, `{ "Findings" : [\n${exact} ] }\n`);
    try {
      expect(await importFile(file, opts)).toMatchObject({ inserted: 1, rejected: 0 });
    } finally {
      rmSync(file, { force: true });
    }
    const versions = await prisma.findingVersion.findMany({ include: { finding: true } });
    expect(versions).toHaveLength(3);
    const byId = new Map(versions.map((v) => [v.finding.awsId, v.raw]));
    expect(byId.get("verbatim-1")).toBe(exact);
    const event = readFileSync(path.join(dir, "eventbridge-securityhub-findings-imported-cis-1.4.json"), "utf8");
    const fromEvent = versions.find((v) => v.via === "test" && event.includes(v.raw) && v.raw.includes("\n"));
    expect(fromEvent, "the event's finding is kept with its own line breaks and indentation").toBeDefined();
    expect(JSON.parse(fromEvent!.raw)).toEqual((JSON.parse(event) as { detail: { findings: unknown[] } }).detail.findings[0]);
  });
});
