import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PUT as ownerRoute } from "@/app/api/incidents/[id]/obligations/[obligationId]/owner/route";
import { GET as findingRoute } from "@/app/api/findings/[id]/route";
import { POST as receiptRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/receipt/route";
import { prisma } from "@/lib/db";
import { deleteEvidence } from "@/lib/evidence/custody-actions";
import { ingestBatch } from "@/lib/findings/ingest";
import { linkFindings } from "@/lib/findings/service";
import { runWriteback } from "@/lib/findings/writeback";
import { CANNOT_SEE_INCIDENT } from "@/lib/incidents/assignees";
import { removeIncidentMember, setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
import { usersWhoSeeIncidentWhere, visibleIncidentsWhere } from "@/lib/auth/incident-access";
import type { TNoticeContent } from "@/lib/notices/content";
import { decideNotice } from "@/lib/notices/decide";
import { createNotice, saveNoticeVersion } from "@/lib/notices/draft";
import { getNotice } from "@/lib/notices/read";
import { recordSubmission } from "@/lib/notices/submit";
import { listObligationOwners } from "@/lib/obligations/service";
import { runReminders } from "@/lib/reminders/run";
import { fakeFinding, startFakeAws, type TFakeAws } from "@/tests/aws/fake-aws";
import { smtpSinkForThisFile } from "@/tests/support/smtp-sink-for-file";
import { insertObligation } from "@/tests/support/obligations";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

type TUser = Awaited<ReturnType<typeof createUser>>;

const sink = smtpSinkForThisFile();
let commander: TUser;
let member: TUser;
let outsider: TUser;
let adminToken: string;
let incidentId: string;

beforeEach(async () => {
  await resetDatabase();
  sink.messages.length = 0;
  commander = await createUser(["commander"], "Casey Commander");
  member = await createUser(["legal"], "Mia Member");
  outsider = await createUser(["legal"], "Olive Outsider");
  adminToken = await createToken(["admin"]);
  incidentId = await declareIncidentVia(adminToken, commander.id, "Board member's mailbox exfiltrated");
  await setIncidentMember(actorOf(commander), incidentId, { userId: member.id, role: "legal_lead" });
  await setIncidentRestricted(actorOf(commander), incidentId, { restricted: true, reason: "Insider suspected" });
});

describe("usersWhoSeeIncidentWhere", () => {
  it("selects exactly the users for whom visibleIncidentsWhere shows the incident", async () => {
    const admin = await createUser(["admin"], "Ada Admin");
    const open = await declareIncidentVia(adminToken, commander.id, "Open to everyone");
    for (const id of [incidentId, open]) {
      const incident = await prisma.incident.findUniqueOrThrow({ where: { id }, select: { id: true, restricted: true } });
      const seers = await prisma.user.findMany({ where: usersWhoSeeIncidentWhere(incident), select: { id: true } });
      for (const user of [commander, member, outsider, admin]) {
        const sees = (await prisma.incident.count({ where: { AND: [{ id }, visibleIncidentsWhere(actorOf(user))] } })) === 1;
        expect({ incident: id, user: user.name, sees: seers.some((s) => s.id === user.id) }).toEqual({ incident: id, user: user.name, sees });
      }
    }
  });
});

describe("obligation owners of a need-to-know incident", () => {
  let obligationId: string;
  beforeEach(async () => {
    obligationId = (await insertObligation(incidentId, "EU-GDPR-33-SA", new Date(Date.now() + 30 * 60_000))).id;
  });
  const putOwner = (ownerId: string | null) =>
    call(ownerRoute, "PUT", "/x", { token: adminToken, params: { id: incidentId, obligationId }, json: { ownerId } });

  it("refuses a non-member as owner with 400 naming ownerId, and changes nothing", async () => {
    const response = await putOwner(outsider.id);
    expect(response.status).toBe(400);
    expect(response.body?.invalid_params).toEqual([{ name: "ownerId", reason: CANNOT_SEE_INCIDENT }]);
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligationId } })).ownerId).toBeNull();
    expect(await prisma.timelineEvent.count({ where: { incidentId, kind: "obligation.owner-changed" } })).toBe(0);
  });

  it("accepts a member, the commander or an administrator as owner", async () => {
    const admin = await createUser(["admin"], "Ada Admin");
    for (const user of [member, commander, admin]) {
      expect((await putOwner(user.id)).status).toBe(200);
      expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligationId } })).ownerId).toBe(user.id);
    }
  });

  it("offers in the picker only the people the API accepts for this incident", async () => {
    const offered = await listObligationOwners(actorOf(commander), incidentId);
    expect(offered.map((u) => u.name)).toEqual(["Casey Commander", "Mia Member"]);
    // Once the incident is open to everyone, anyone eligible is offered again.
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: false, reason: "Cleared" });
    expect((await listObligationOwners(actorOf(commander), incidentId)).map((u) => u.name)).toContain("Olive Outsider");
  });

  it("hands a removed member's ownership to the commander in the removal's transaction, and their reminders stop", async () => {
    expect((await putOwner(member.id)).status).toBe(200);
    await removeIncidentMember(actorOf(commander), incidentId, member.id);
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligationId } })).ownerId).toBe(commander.id);
    const [removed] = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM timeline_events WHERE incident_id = ${incidentId}::uuid AND kind = 'member.removed'`;
    const [cleared] = await prisma.$queryRaw<{ xmin: string; payload: unknown }[]>`
      SELECT xmin::text, payload FROM timeline_events WHERE incident_id = ${incidentId}::uuid AND kind = 'obligation.owner-changed' ORDER BY sequence DESC LIMIT 1`;
    expect(cleared!.xmin).toBe(removed!.xmin);
    expect(cleared!.payload).toMatchObject({ obligationId, from: { id: member.id }, to: { id: commander.id } });

    await runReminders();
    expect(sink.messages.flatMap((m) => m.to)).not.toContain(member.email);
    expect(sink.messages.flatMap((m) => m.to)).toContain(commander.email);
  });

  it("keeps the owner when removal leaves them able to see the incident (it is not need-to-know)", async () => {
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: false, reason: "Cleared" });
    expect((await putOwner(member.id)).status).toBe(200);
    await removeIncidentMember(actorOf(commander), incidentId, member.id);
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligationId } })).ownerId).toBe(member.id);
  });

  it("hands owners who are not members over to the commander when the incident becomes need-to-know", async () => {
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: false, reason: "Cleared" });
    expect((await putOwner(outsider.id)).status).toBe(200);
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: true, reason: "Insider again" });
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligationId } })).ownerId).toBe(commander.id);
  });

  it("re-checks at send time: an owner who cannot see the incident gets no reminder, by mail or in the console", async () => {
    // An ownership left over from before the rule (or written behind the console's back).
    await prisma.obligation.update({ where: { id: obligationId }, data: { ownerId: outsider.id } });
    expect(await runReminders()).toMatchObject({ sent: 1, emailed: 1 });
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]!.to).toEqual([commander.email]);
    expect(await prisma.notification.count({ where: { userId: outsider.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: commander.id } })).toBe(1);
  });

  it("mails a member owner and the commander", async () => {
    expect((await putOwner(member.id)).status).toBe(200);
    await runReminders();
    expect(sink.messages).toHaveLength(1);
    expect([...sink.messages[0]!.to].sort()).toEqual([commander.email, member.email].sort());
  });
});

describe("Security Hub write-back of a need-to-know incident", () => {
  let aws: TFakeAws;
  const base = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/securityhub-asff-control-S3.4-sse.json"), "utf8")) as Record<string, unknown>;
  beforeAll(async () => {
    aws = await startFakeAws();
    process.env.AWS_ENDPOINT_URL_SECURITYHUB = aws.url;
    process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE";
    process.env.AWS_SECRET_ACCESS_KEY = "fake-secret";
  });
  afterAll(async () => aws.close());

  async function writeBackOne(): Promise<string> {
    await ingestBatch([{ value: fakeFinding(base, 1, "2026-01-01T00:00:00.000Z"), raw: "{}" }], { via: "test", actor: { kind: "system", name: "test" } });
    const finding = await prisma.finding.findFirstOrThrow({ select: { id: true } });
    await linkFindings(actorOf(commander), { incidentId, findingIds: [finding.id] });
    aws.batchUpdates = [];
    await runWriteback({ incidentId, findingIds: [finding.id] });
    expect(aws.batchUpdates).toHaveLength(1);
    return aws.batchUpdates[0]!.body.Note?.Text ?? "";
  }

  it("names the incident by reference only, never its title", async () => {
    const note = await writeBackOne();
    expect(note).toMatch(/^Linked to Breachdesk incident #1\b/);
    expect(note).not.toContain("mailbox");
  });

  it("names an ordinary incident by its title", async () => {
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: false, reason: "Cleared" });
    expect(await writeBackOne()).toBe("Linked to Breachdesk incident #1: Board member's mailbox exfiltrated");
  });
});

describe("GET /api/findings/{id} of a finding linked to a need-to-know incident", () => {
  let findingId: string;
  beforeEach(async () => {
    const base = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/securityhub-asff-control-S3.4-sse.json"), "utf8")) as Record<string, unknown>;
    await ingestBatch([{ value: fakeFinding(base, 1, "2026-01-01T00:00:00.000Z"), raw: "{}" }], { via: "test", actor: { kind: "system", name: "test" } });
    findingId = (await prisma.finding.findFirstOrThrow({ select: { id: true } })).id;
    await linkFindings(actorOf(commander), { incidentId, findingIds: [findingId] });
  });

  it("names no incident, not even its id, to a caller who cannot see it", async () => {
    const response = await call(findingRoute, "GET", "/x", { token: await createToken(["engineer"]), params: { id: findingId } });
    expect(response.status).toBe(200);
    const finding = response.body?.finding as Record<string, unknown>;
    expect(finding.incidentId).toBeNull();
    expect(finding.incident).toBeNull();
    expect(JSON.stringify(response.body)).not.toContain(incidentId);
  });

  it("names the incident to a caller who can see it", async () => {
    const response = await call(findingRoute, "GET", "/x", { token: adminToken, params: { id: findingId } });
    expect((response.body?.finding as Record<string, unknown>).incidentId).toBe(incidentId);
  });
});

describe("a submission's receipt is read as evidence", () => {
  const receipt = Buffer.from("Submission CA-7 received 2026-11-23");
  let noticeId: string;

  beforeEach(async () => {
    // This is about the evidence rules, not need-to-know: an incident everyone may see.
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: false, reason: "Cleared" });
    const drafter = actorOf(await createUser(["comms"], "Cam Comms"));
    const legal = actorOf(await createUser(["legal"], "Lee Legal"));
    noticeId = (await createNotice(drafter, incidentId, { templateId: "generic-regulator" })).id;
    const detail = await getNotice(drafter, incidentId, noticeId);
    const content = detail.latest!.content as TNoticeContent;
    const saved = await saveNoticeVersion(drafter, incidentId, noticeId, {
      content: { ...content, sections: content.sections.map((section) => ({ ...section, body: `${section.heading}: filled in.` })) },
      recipients: [{ address: "ag@example.gov" }],
      basedOnVersion: 1,
    });
    await decideNotice(legal, incidentId, noticeId, { versionId: saved.versionId, contentHash: saved.contentHash, decision: "approve", password: "a long test password" });
    await recordSubmission(actorOf(commander), incidentId, noticeId, {
      portal: "oag.ca.gov", reference: "CA-7", submittedAt: new Date().toISOString(), receipt: { name: "receipt.txt", type: "text/plain", base64: receipt.toString("base64") },
    });
  });

  const post = (token: string) => call(receiptRoute, "POST", "/x", { token, params: { id: incidentId, noticeId }, json: { reason: "Regulator asked for it" } });
  const downloads = () => prisma.evidenceCustody.count({ where: { action: "downloaded" } });

  it("is refused (403) to a role that may read notices but not download evidence, writing nothing", async () => {
    const response = await post(await createToken(["exec"]));
    expect(response.status).toBe(403);
    expect(await downloads()).toBe(0);
  });

  it("is served to a role that may download evidence, with a custody entry naming the reason", async () => {
    const token = await createToken(["admin"]);
    const request = new Request(`http://localhost/x`, {
      method: "POST",
      headers: { host: "localhost", authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ reason: "Regulator asked for it" }),
    });
    const response = await receiptRoute(request, { params: Promise.resolve({ id: incidentId, noticeId }) });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(receipt)).toBe(true);
    const entries = await prisma.evidenceCustody.findMany({ where: { action: "downloaded" }, select: { reason: true } });
    expect(entries).toEqual([{ reason: "Regulator asked for it" }]);
    expect(await prisma.timelineEvent.count({ where: { incidentId, kind: "evidence.custody" } })).toBe(1);
  });

  it("is no longer served once its evidence record is deleted", async () => {
    const item = await prisma.evidence.findFirstOrThrow({ where: { incidentId, name: "receipt.txt" } });
    await deleteEvidence(actorOf(commander), incidentId, item.id, { reason: "Uploaded to the wrong incident", expectedVersion: item.version });
    const response = await post(adminToken);
    expect(response.status).toBe(409);
    expect(await downloads()).toBe(0);
  });
});
