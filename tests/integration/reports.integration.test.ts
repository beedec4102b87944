import { createHash } from "node:crypto";
import JSZip from "jszip";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as csvRoute } from "@/app/api/incidents/[id]/export/[file]/route";
import { POST as zipRoute } from "@/app/api/incidents/[id]/export.zip/route";
import { POST as pdfRoute } from "@/app/api/incidents/[id]/report.pdf/route";
import { prisma } from "@/lib/db";
import type { TRouteHandler } from "@/lib/http/with-route";
import { addNote, verifyTimeline } from "@/lib/incidents/service";
import { setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
import { registerEvidenceFromBuffer } from "@/lib/evidence/register";
import { getMetrics } from "@/lib/metrics/service";
import type { TNoticeContent } from "@/lib/notices/content";
import { decideNotice } from "@/lib/notices/decide";
import { createNotice, saveNoticeVersion } from "@/lib/notices/draft";
import { getNotice } from "@/lib/notices/read";
import { recordSubmission } from "@/lib/notices/submit";
import { getIncidentStatus } from "@/lib/status/service";
import { insertDeclaration, insertFacts, insertFinding, insertObligation } from "@/tests/support/incident-records";
import { actorOf, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { pdfAccessibility, pdfText } from "@/tests/support/pdf-text";
import { resetDatabase } from "./reset-db";

type TUser = Awaited<ReturnType<typeof createUser>>;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Calls an export route like Next.js does and keeps the body as bytes; `body` as JSON, or as a form when a string. */
async function download(handler: TRouteHandler, path: string, token: string, params: Record<string, string>, body?: Record<string, unknown> | string) {
  const contentType = body === undefined ? {} : { "content-type": typeof body === "string" ? "application/x-www-form-urlencoded" : "application/json" };
  const request = new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { host: "localhost", authorization: `Bearer ${token}`, ...contentType } as Record<string, string>,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

let commander: TUser;
let adminToken: string;
let id: string;
const hostileTitle = '=HYPERLINK("http://evil.example","click")';

beforeEach(async () => {
  await resetDatabase();
  commander = await createUser(["commander"], "Casey Commander");
  adminToken = await createToken(["admin"]);
  id = await declareIncidentVia(adminToken, commander.id, "Customer exports bucket public");
  const t0 = new Date("2026-11-20T08:00:00Z");
  await insertFinding(id, { title: hostileTitle, firstObservedAt: t0 });
  await insertDeclaration(id, { moment: "aware", at: new Date("2026-11-20T10:00:00Z"), by: commander, reason: "Confirmed public reads in access logs" });
  await insertFacts(id, [{ jurisdiction: "UK", count: 1200 }, { jurisdiction: "US-CA", count: 300 }]);
  await insertObligation(id, { ruleId: "UK-GDPR-33-ICO", recipient: "Information Commissioner's Office", region: "UK", citation: "UK GDPR art. 33(1)", dueAt: new Date("2026-11-23T10:00:00Z"), metAt: new Date("2026-11-22T09:00:00Z"), status: "met", ownerId: commander.id });
  await insertObligation(id, { ruleId: "US-CA-1798.82-AG", recipient: "California Attorney General", region: "US-CA", citation: "Cal. Civ. Code § 1798.82(f)", dueAt: new Date(Date.now() + 48 * 3_600_000) });
  await addNote(actorOf(commander), id, { text: "Bucket policy fixed", decision: { ownerId: commander.id, rationale: "Stop the exposure first" } });
});

describe("incident report (PDF)", () => {
  it("contains the obligations with legal basis, the declared moments, the timeline hashes and an intact chain", async () => {
    const result = await download(pdfRoute, `/api/incidents/${id}/report.pdf`, adminToken, { id });
    expect(result.status).toBe(200);
    expect(result.headers.get("content-type")).toBe("application/pdf");
    expect(result.headers.get("x-content-sha256")).toBe(sha256(result.bytes));
    const text = await pdfText(result.bytes);
    for (const expected of [
      "INC-0001 incident report",
      "Information Commissioner's Office (United Kingdom)",
      "Legal basis: UK GDPR art. 33(1) (rule UK-GDPR-33-ICO, version 2026-11-22.1)",
      "California Attorney General",
      "Legal basis: Cal. Civ. Code § 1798.82(f) (rule US-CA-1798.82-AG, version 2026-11-22.1)",
      "Confirmed public reads in access logs",
      "Casey Commander",
      "No approvals recorded.",
      "No notices recorded.",
      "No evidence recorded.",
      "Intact: all 2 events",
    ]) {
      expect(text, expected).toContain(expected);
    }
    const events = await prisma.timelineEvent.findMany({ where: { incidentId: id, kind: { not: "report.exported" } }, orderBy: { sequence: "asc" } });
    for (const event of events) expect(text).toContain(`sha256 ${event.hash}`);
  });

  it("puts open obligations first, then met, then those awaiting a trigger, and rules that do not apply in an appendix with the reason in words", async () => {
    await insertObligation(id, { ruleId: "EU-GDPR-33-SA", recipient: "Lead supervisory authority", region: "EU", citation: "GDPR art. 33(1)", dueAt: new Date(Date.now() - 5 * 3_600_000) });
    await insertObligation(id, { ruleId: "US-CA-1798.82-IND", recipient: "Affected California residents", region: "US-CA", citation: "Cal. Civ. Code § 1798.82(a)", dueAt: null, status: "awaiting_trigger" });
    await insertObligation(id, { ruleId: "US-TX-521.053-IND", recipient: "Affected Texas residents", region: "US-TX", citation: "Tex. Bus. & Com. Code § 521.053", dueAt: null, applies: "no", status: "not_applicable", reason: "no affected residents of US-TX" });
    const text = await pdfText((await download(pdfRoute, `/api/incidents/${id}/report.pdf`, adminToken, { id })).bytes);
    const order = [
      "Open obligations (2)",
      "Overdue: it was due", // EU-GDPR-33-SA, 5 hours ago: before the California AG, due in 48 hours
      "California Attorney General",
      "Obligations met (1)",
      "Information Commissioner's Office (United Kingdom)",
      "Obligations whose clock has not started (1)",
      "Its clock has not started: it starts when the moment it runs from is declared.",
      "Coverage gaps and jurisdictions touched",
      "Timeline integrity",
      "Appendix: rules that do not apply",
      "No affected residents of Texas.",
    ];
    const positions = order.map((expected) => [expected, text.indexOf(expected)] as const);
    for (const [expected, position] of positions) expect(position, expected).toBeGreaterThan(-1);
    expect(positions.map(([, position]) => position)).toEqual([...positions.map(([, position]) => position)].sort((a, b) => a - b));
    // The rule that does not apply is in the appendix only, not among the register's obligations.
    expect(text.indexOf("Affected Texas residents")).toBeGreaterThan(text.indexOf("Appendix: rules that do not apply"));
  });

  it("writes every time in the requested zone with its name and offset, never as a bare ISO instant, and the facts in words", async () => {
    const json = await pdfText((await download(pdfRoute, `/api/incidents/${id}/report.pdf`, adminToken, { id }, { timeZone: "America/Los_Angeles" })).bytes);
    expect(json).toContain("Times in this report America/Los_Angeles (chosen by the person who generated the report)");
    // Aware was declared at 10:00 UTC on 20 November: 02:00 in Los Angeles, eight hours behind in winter.
    expect(json).toContain("Casey Commander declared Aware at 20 Nov 2026, 02:00 PST (UTC-08:00)");
    expect(json).toContain("Met 22 Nov 2026, 01:00 PST (UTC-08:00), on time (due 23 Nov 2026, 02:00 PST (UTC-08:00))");
    expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(json).toContain("About 1,200 residents of the United Kingdom");
    expect(json).toContain("About 300 residents of California");
    expect(json).toContain("About 1,500 people in all.");

    // The console's form sends the viewer's zone the same way.
    const form = await pdfText((await download(pdfRoute, `/api/incidents/${id}/report.pdf`, adminToken, { id }, "timeZone=Asia%2FKolkata")).bytes);
    expect(form).toContain("declared Aware at 20 Nov 2026, 15:30 Asia/Kolkata (UTC+05:30)");

    // Without a choice: the organisation's zone, else UTC.
    const utc = await pdfText((await download(pdfRoute, `/api/incidents/${id}/report.pdf`, adminToken, { id })).bytes);
    expect(utc).toContain("declared Aware at 20 Nov 2026, 10:00 UTC");
    await prisma.organisationProfile.create({ data: { id: "default", profile: { timeZone: "Europe/Paris", establishments: ["FR"], dataRole: "controller", flags: {} } } });
    const organisation = await pdfText((await download(pdfRoute, `/api/incidents/${id}/report.pdf`, adminToken, { id })).bytes);
    expect(organisation).toContain("Times in this report Europe/Paris (the organisation's time zone)");
    expect(organisation).toContain("declared Aware at 20 Nov 2026, 11:00 CET (UTC+01:00)");
  });

  it("refuses a zone that does not exist, naming the field, and records nothing", async () => {
    const bad = await download(pdfRoute, `/api/incidents/${id}/report.pdf`, adminToken, { id }, { timeZone: "Mars/Olympus_Mons" });
    expect(bad.status).toBe(400);
    expect(new TextDecoder().decode(bad.bytes)).toContain('"name":"timeZone"');
    expect(await prisma.timelineEvent.count({ where: { incidentId: id, kind: "report.exported" } })).toBe(0);
  });

  it("is a tagged PDF: marked, titled, in English, with headings and tables with header cells in its structure tree", async () => {
    const pdf = await pdfAccessibility((await download(pdfRoute, `/api/incidents/${id}/report.pdf`, adminToken, { id })).bytes);
    expect(pdf).toMatchObject({ marked: true, title: "INC-0001 incident report", language: "en-GB", pdfUaPart: "1" });
    expect(pdf.roles).toEqual(expect.arrayContaining(["Document", "H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "L", "LI"]));
  });

  it("lists evidence with its SHA-256 and chain of custody", async () => {
    const bytes = new TextEncoder().encode("2026-11-20T09:58:01Z GET /exports/customers.csv 200 203.0.113.9\n");
    await registerEvidenceFromBuffer({ incidentId: id, name: "s3-access-log.txt", bytes, actor: actorOf(commander), reason: "Access log showing the public read" });
    const result = await download(pdfRoute, `/api/incidents/${id}/report.pdf`, adminToken, { id });
    const text = await pdfText(result.bytes);
    expect(text).toContain("s3-access-log.txt (stored file)");
    expect(text).toContain(`SHA-256 ${sha256(bytes)} (computed)`);
    expect(text).toContain("Access log showing the public read");
    expect(text).not.toContain("No evidence recorded.");
  });

  it("lists approvals with the content hash they approved and the notices sent with their receipt's hash", async () => {
    const comms = actorOf(await createUser(["comms"], "Cam Comms"));
    const legal = actorOf(await createUser(["legal"], "Lee Legal"));
    const { id: noticeId } = await createNotice(comms, id, { templateId: "generic-regulator", obligationId: null });
    const draft = await getNotice(comms, id, noticeId);
    const content = draft.latest!.content as TNoticeContent;
    const saved = await saveNoticeVersion(comms, id, noticeId, {
      content: { ...content, sections: content.sections.map((section) => ({ ...section, body: `${section.heading}: stated.` })) },
      recipients: [{ address: "ag@example.gov" }],
      basedOnVersion: 1,
    });
    await decideNotice(legal, id, noticeId, { versionId: saved.versionId, contentHash: saved.contentHash, decision: "approve", password: "a long test password" });
    const receipt = Buffer.from("%PDF-1.4 portal receipt");
    await recordSubmission(actorOf(commander), id, noticeId, {
      portal: "oag.ca.gov", reference: "CA-2026-0042", submittedAt: new Date().toISOString(),
      receipt: { name: "receipt.pdf", type: "application/pdf", base64: receipt.toString("base64") },
    });
    const text = await pdfText((await download(pdfRoute, `/api/incidents/${id}/report.pdf`, adminToken, { id })).bytes);
    expect(text).toContain(`Approved: ${draft.title}, version 2`);
    expect(text).toContain("By Lee Legal as legal");
    expect(text).toContain(`Content SHA-256 ${saved.contentHash}`);
    expect(text).toContain("Submitted via oag.ca.gov (reference CA-2026-0042)");
    expect(text).toContain(`Receipt receipt.pdf SHA-256 ${sha256(receipt)}`);
    expect(text).not.toContain("No approvals recorded.");
    expect(text).not.toContain("No notices recorded.");
  });

  it("records the export on the timeline with who and the SHA-256 of the bytes, keeping the chain intact", async () => {
    const result = await download(pdfRoute, `/api/incidents/${id}/report.pdf`, adminToken, { id });
    const event = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId: id, kind: "report.exported" } });
    expect(event.payload).toEqual({ format: "pdf", file: "INC-0001-report.pdf", sha256: sha256(result.bytes), bytes: result.bytes.byteLength });
    expect(event.actorTokenId).not.toBeNull();
    expect((await verifyTimeline(actorOf(commander), id)).ok).toBe(true);
  });
});

describe("export bundle (zip)", () => {
  it("holds JSON sections, CSVs and the PDF, each re-verified against manifest.json", async () => {
    const result = await download(zipRoute, `/api/incidents/${id}/export.zip`, adminToken, { id });
    expect(result.status).toBe(200);
    const zip = await JSZip.loadAsync(result.bytes);
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string")) as { format: string; files: { path: string; sha256: string; bytes: number }[] };
    expect(manifest.format).toBe("breachdesk-export/1");
    const inZip = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir && name !== "manifest.json").sort();
    expect(manifest.files.map((f) => f.path).sort()).toEqual(inZip);
    expect(inZip).toEqual(expect.arrayContaining(["report.pdf", "sections/obligations.json", "sections/timeline.json", "csv/findings.csv"]));
    for (const file of manifest.files) {
      const bytes = await zip.file(file.path)!.async("uint8array");
      expect(sha256(bytes), file.path).toBe(file.sha256);
      expect(bytes.byteLength).toBe(file.bytes);
    }
    const obligations = JSON.parse(await zip.file("sections/obligations.json")!.async("string")) as { ruleId: string }[];
    expect(obligations.map((o) => o.ruleId).sort()).toEqual(["UK-GDPR-33-ICO", "US-CA-1798.82-AG"]);
    const integrity = JSON.parse(await zip.file("sections/integrity.json")!.async("string")) as { ok: boolean; checked: number };
    expect(integrity).toMatchObject({ ok: true, checked: 2 });
    expect(await pdfText(await zip.file("report.pdf")!.async("uint8array"))).toContain("UK-GDPR-33-ICO");
  });
});

describe("CSV exports", () => {
  it("neutralise a hostile finding title so a spreadsheet does not run it", async () => {
    const result = await download(csvRoute, `/api/incidents/${id}/export/findings.csv`, adminToken, { id, file: "findings.csv" });
    expect(result.status).toBe(200);
    expect(result.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const csv = new TextDecoder().decode(result.bytes);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it("export the timeline and obligations, and refuse an unknown file naming the field", async () => {
    const timeline = new TextDecoder().decode((await download(csvRoute, "/x", adminToken, { id, file: "timeline.csv" })).bytes);
    expect(timeline.split("\r\n")[0]).toBe('"sequence","kind","occurred_at","recorded_at","actor","payload","prev_hash","hash"');
    expect(timeline).toContain('"decision.recorded"');
    const obligations = new TextDecoder().decode((await download(csvRoute, "/x", adminToken, { id, file: "obligations.csv" })).bytes);
    expect(obligations).toContain('"UK GDPR art. 33(1)"');
    const bad = await download(csvRoute, "/x", adminToken, { id, file: "users.csv" });
    expect(bad.status).toBe(400);
    expect(new TextDecoder().decode(bad.bytes)).toContain("\"name\":\"file\"");
  });
});

describe("need-to-know incidents", () => {
  it("refuse exports to a non-member (404, nothing recorded) and allow them to a member and an administrator", async () => {
    await setIncidentRestricted(actorOf(commander), id, { restricted: true, reason: "Insider suspected" });
    const outsider = await createUser(["exec"], "Outside Exec");
    const outsiderToken = await createToken(["exec"]);
    for (const [handler, params] of [[pdfRoute, { id }], [zipRoute, { id }], [csvRoute, { id, file: "timeline.csv" }]] as const) {
      expect((await download(handler, "/x", outsiderToken, params)).status).toBe(404);
    }
    await expect(getIncidentStatus(actorOf(outsider), id)).rejects.toMatchObject({ code: "not_found" });
    expect(await prisma.timelineEvent.count({ where: { incidentId: id, kind: "report.exported" } })).toBe(0);

    const member = await createUser(["legal"], "Lee Legal");
    await setIncidentMember(actorOf(commander), id, { userId: member.id, role: "legal_lead" });
    const view = await getIncidentStatus(actorOf(member), id);
    expect(view.next?.ruleId).toBe("US-CA-1798.82-AG");
    expect((await download(pdfRoute, "/x", adminToken, { id })).status).toBe(200);

    // Metrics count a restricted incident only for those who can see it.
    expect((await getMetrics(actorOf(outsider))).incidents).toHaveLength(0);
    expect((await getMetrics(actorOf(member))).incidents).toHaveLength(1);
  });
});

describe("status and metrics read the stored record", () => {
  it("shows the next deadline, notified, affected and findings, and measures from the first finding", async () => {
    const exec = await createUser(["exec"], "Erin Exec");
    const view = await getIncidentStatus(actorOf(exec), id);
    expect(view.next).toMatchObject({ ruleId: "US-CA-1798.82-AG", region: "US-CA" });
    expect(view.notified.map((n) => [n.ruleId, n.onTime])).toEqual([["UK-GDPR-33-ICO", true]]);
    expect(view.affected.total).toBe(1500);
    expect(view.findingsPerDay).toEqual([{ day: "2026-11-20", count: 1 }]);
    expect(view.decisions[0]).toMatchObject({ text: "Bucket policy fixed", owner: "Casey Commander" });
    expect(view.awaiting.map((a) => a.what)).toEqual([
      "Draft the notice to California Attorney General (California)",
      "Who owns the notice to California Attorney General (California)?",
    ]);

    const metrics = await getMetrics(actorOf(exec));
    expect(metrics.incidents[0]).toMatchObject({ toAwarenessMs: 2 * 3_600_000 });
    expect(metrics.deadlines).toMatchObject({ met_on_time: 1, pending: 1, shareOnTime: 1 });
  });
});
