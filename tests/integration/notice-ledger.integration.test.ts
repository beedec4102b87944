import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importPost } from "@/app/api/incidents/[id]/affected-people/imports/route";
import { POST as fromLedgerPost } from "@/app/api/incidents/[id]/notices/from-ledger/route";
import { POST as exportPost } from "@/app/api/incidents/[id]/notices/[noticeId]/ledger-export/route";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/policy";
import { resetMailTransport } from "@/lib/mail/transport";
import { setIncidentRestricted } from "@/lib/membership/service";
import type { TNoticeContent, TNoticeRecipient } from "@/lib/notices/content";
import { decideNotice } from "@/lib/notices/decide";
import { saveNoticeVersion } from "@/lib/notices/draft";
import { ledgerDraftChoices } from "@/lib/notices/ledger-draft";
import { ledgerAddress } from "@/lib/notices/ledger-recipients";
import { deliverSend } from "@/lib/notices/outbox";
import { stopNoticeQueueSender } from "@/lib/notices/queue";
import { getNotice, getSendProgress } from "@/lib/notices/read";
import { sendNotice } from "@/lib/notices/send";
import { POST as bouncePost } from "@/app/api/notices/bounces/sns/route";
import { sesBounceMessage, startFakeSns } from "@/tests/fakes/sns";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const HEADER = "customer_id,full_name,email,street,city,state,zip,country,data_categories";
/** Californians C-1…C-5 (C-4 and C-5 without an e-mail) and Texans T-1, T-2, all with a postal address. */
const LEDGER = [
  HEADER,
  "C-1,Ada Calif,ada@example.com,1 Main Street,Fresno,CA,,US,name",
  "C-2,Ben Calif,ben@example.com,2 Main Street,Fresno,CA,,US,name",
  "C-3,Cy Calif,cy@example.com,3 Main Street,Fresno,CA,,US,name",
  "C-4,Di Calif,,4 Main Street,Fresno,CA,,US,name",
  "C-5,Ed Calif,,5 Main Street,Fresno,CA,,US,name",
  "T-1,Tom Texas,tom@example.com,1 Elm Street,Austin,TX,,US,name",
  "T-2,Tia Texas,tia@example.com,2 Elm Street,Austin,TX,,US,name",
].join("\n");

const BOUNCE_TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-bounces";
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let sns: Awaited<ReturnType<typeof startFakeSns>>;
const savedKey = process.env.BREACHDESK_DATA_KEY;
beforeAll(async () => {
  process.env.BREACHDESK_DATA_KEY = randomBytes(32).toString("base64");
  sns = await startFakeSns();
  Object.assign(process.env, { BREACHDESK_BOUNCE_TOPIC_ARNS: BOUNCE_TOPIC, AWS_ENDPOINT_URL_SNS: sns.url });
  // Cy's mailbox does not exist: the server refuses it permanently, quoting the address.
  sink = await startSmtpSink({ refuse: (_n, to) => (to.includes("cy@example.com") ? { code: 550, message: "5.1.1 <cy@example.com>: mailbox unavailable" } : null) });
  process.env.SMTP_URL = sink.url;
  resetMailTransport();
});
afterAll(async () => {
  await stopNoticeQueueSender();
  resetMailTransport();
  delete process.env.SMTP_URL;
  delete process.env.BREACHDESK_BOUNCE_TOPIC_ARNS;
  delete process.env.AWS_ENDPOINT_URL_SNS;
  await Promise.all([sink.close(), sns.close()]);
  if (savedKey === undefined) delete process.env.BREACHDESK_DATA_KEY;
  else process.env.BREACHDESK_DATA_KEY = savedKey;
});

async function exportCsv(token: string, incidentId: string, noticeId: string, reason = "Requested by the California Attorney General") {
  const request = new Request(`http://localhost/api/incidents/${incidentId}/notices/${noticeId}/ledger-export`, {
    method: "POST",
    headers: { host: "localhost", authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ reason }),
  });
  const response = await exportPost(request, { params: Promise.resolve({ id: incidentId, noticeId }) });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

describe("notices to individuals from the affected-people ledger", () => {
  it("drafts the California notice from the ledger, sends it once per person through the gate, marks postal mail, refuses a changed ledger, and exports the list", async () => {
    await resetDatabase();
    sink.messages.length = 0;
    const user = async (roles: Parameters<typeof createUser>[0], name: string) => actorOf(await createUser(roles, name)) as TActor;
    const commanderUser = await createUser(["commander"], "Casey");
    const commander = actorOf(commanderUser) as TActor;
    const [legal, comms, comms2] = [await user(["legal"], "Lee"), await user(["comms"], "Cam"), await user(["comms"], "Cat")];
    const commanderToken = await createToken(["commander"]);
    const incidentId = await declareIncidentVia(commanderToken, commanderUser.id);
    const upload = (csv: string) => call(importPost, "POST", `/api/incidents/${incidentId}/affected-people/imports`, { token: commanderToken, params: { id: incidentId }, rawBody: csv, contentType: "text/csv", query: "?format=csv&fileName=extract.csv" });
    const imported = await upload(`${LEDGER}\n`);
    expect(imported.status).toBe(201);
    expect(imported.body?.import, JSON.stringify(imported.body)).toMatchObject({ rowsRejected: 0 });
    const people = await prisma.affectedPerson.findMany({ where: { incidentId }, select: { id: true, jurisdiction: true, hasEmail: true } });
    const californians = people.filter((p) => p.jurisdiction === "US-CA");
    expect(californians).toHaveLength(5);

    // The draft form offers every jurisdiction of the ledger: its own template, else the generic notice to residents.
    expect(await ledgerDraftChoices(comms, incidentId)).toEqual([
      { jurisdiction: "US-CA", people: 5, templateLabel: "California — Notice of Data Breach" },
      { jurisdiction: "US-TX", people: 2, templateLabel: "Notice to affected residents (generic)" },
    ]);
    const commsToken = await createToken(["comms"]);
    const texas = await call(fromLedgerPost, "POST", `/api/incidents/${incidentId}/notices/from-ledger`, { token: commsToken, params: { id: incidentId }, json: { jurisdiction: "US-TX" } });
    expect(texas.status, JSON.stringify(texas.body)).toBe(201);
    const texasNotice = await prisma.notice.findUniqueOrThrow({ where: { id: (texas.body!.notice as { id: string }).id } });
    expect(texasNotice).toMatchObject({ kind: "individuals", templateId: "generic-individuals" });

    // Drafted from the ledger: the California template, the people as pseudonymous addresses, nothing in clear.
    const drafted = await call(fromLedgerPost, "POST", `/api/incidents/${incidentId}/notices/from-ledger`, { token: commsToken, params: { id: incidentId }, json: { jurisdiction: "us-ca" } });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    const created = drafted.body!.notice as { id: string; selection: { jurisdiction: string; people: number; peopleWithEmail: number; importId: string } };
    expect(created.selection).toMatchObject({ jurisdiction: "US-CA", people: 5, peopleWithEmail: 3 });
    const noticeId = created.id;
    const notice = await prisma.notice.findUniqueOrThrow({ where: { id: noticeId } });
    expect(notice).toMatchObject({ kind: "individuals", templateId: "california-1798-82" });
    const v1 = (await getNotice(comms, incidentId, noticeId)).latest!;
    const listed = v1.recipients as TNoticeRecipient[];
    expect(listed.map((r) => r.address).sort()).toEqual(californians.map((p) => ledgerAddress(p.id)).sort());
    const stored = JSON.stringify(await prisma.noticeVersion.findMany({ where: { noticeId } }));
    for (const clear of ["ada@example.com", "Ada Calif", "C-1", "Fresno"]) expect(stored).not.toContain(clear);

    // Comms writes the letter (the ledger list stays as it is), legal and a second comms approve the exact version.
    const content = v1.content as TNoticeContent;
    const letter = { ...content, sections: content.sections.map((s) => ({ ...s, body: `Dear {{name}}, about ${s.heading}.` })) };
    await saveNoticeVersion(comms, incidentId, noticeId, { content: letter, recipients: listed, basedOnVersion: 1 });
    const approved = (await getNotice(legal, incidentId, noticeId)).latest!;
    for (const approver of [legal, comms2]) {
      await decideNotice(approver, incidentId, noticeId, { versionId: approved.id, contentHash: approved.contentHash, decision: "approve", password: "a long test password" });
    }

    // A Californian added to the ledger after the approval: the send refuses, naming the change; nothing is queued.
    expect((await upload(`${HEADER}\nC-6,Fay Calif,fay@example.com,6 Main Street,Fresno,CA,,US,name\n`)).status).toBe(201);
    await expect(sendNotice(commander, incidentId, noticeId, { channel: "bulk_email" })).rejects.toMatchObject({ status: 409, message: expect.stringContaining("1 added") });
    expect(await prisma.noticeSend.count()).toBe(0);
    expect((await prisma.notice.findUniqueOrThrow({ where: { id: noticeId } })).sentVersionId).toBeNull();

    // Drafted again from the ledger as it is now (6 Californians), approved again, sent.
    const redrafted = await call(fromLedgerPost, "POST", `/api/incidents/${incidentId}/notices/from-ledger`, { token: commsToken, params: { id: incidentId }, json: { jurisdiction: "US-CA" } });
    const secondId = (redrafted.body!.notice as { id: string }).id;
    const second1 = (await getNotice(comms, incidentId, secondId)).latest!;
    await saveNoticeVersion(comms, incidentId, secondId, { content: letter, recipients: second1.recipients as TNoticeRecipient[], basedOnVersion: 1 });
    const secondApproved = (await getNotice(legal, incidentId, secondId)).latest!;
    for (const approver of [legal, comms2]) {
      await decideNotice(approver, incidentId, secondId, { versionId: secondApproved.id, contentHash: secondApproved.contentHash, decision: "approve", password: "a long test password" });
    }
    expect((await getNotice(comms, incidentId, secondId)).ledgerSelection).toMatchObject({ jurisdiction: "US-CA", people: 6, peopleWithEmail: 4 });
    const send = await sendNotice(commander, incidentId, secondId, { channel: "bulk_email" });
    expect(send.progress).toMatchObject({ total: 6, postalMailNeeded: 2, pending: 4, sent: 0 });

    // Two workers at once, then a retry: each Californian with an e-mail gets exactly one message; nobody else any;
    // Cy's refused address bounces (one attempt allowed here).
    const options = { ratePerSecond: 100, maxAttempts: 1 };
    await Promise.all([deliverSend(send.sendId, options), deliverSend(send.sendId, options)]);
    await deliverSend(send.sendId, options);
    const received = sink.messages.map((m) => m.to.join(",")).sort();
    expect(received).toEqual(["ada@example.com", "ben@example.com", "fay@example.com"]);
    expect(sink.messages.find((m) => m.to.includes("ada@example.com"))!.raw).toContain("Dear Ada Calif, about");
    const progress = await getSendProgress(commander, incidentId, secondId);
    expect(progress).toMatchObject({ total: 6, sent: 3, failed: 1, postalMailNeeded: 2, pending: 0 });
    expect(progress.completedAt).not.toBeNull();
    const outbox = JSON.stringify(await prisma.noticeRecipient.findMany({ where: { sendId: send.sendId } }));
    expect(outbox).not.toContain("@example.com");

    // The export for regulators: ledger.read required (an engineer gets 403), each person with time, version and hash.
    expect((await exportCsv(await createToken(["engineer"]), incidentId, secondId)).status).toBe(403);
    const legalToken = await createToken(["legal"]);
    const exported = await exportCsv(legalToken, incidentId, secondId);
    expect(exported.status, exported.text).toBe(200);
    expect(exported.headers.get("content-disposition")).toContain("attachment");
    const lines = exported.text.trim().split("\r\n");
    expect(lines[0]).toBe('"identifier","name","jurisdiction","channel","address","status","notified_at","delivery_error","notice_id","approved_version_id","approved_version_number","approved_content_hash","approved_by","bounced_at"');
    expect(lines).toHaveLength(7);
    const row = (id: string) => lines.find((line) => line.startsWith(`"${id}"`))!;
    expect(row("C-1")).toMatch(/^"C-1","Ada Calif","US-CA","email","ada@example.com","sent","\d{4}-\d\d-\d\dT[^"]+Z",,"/);
    expect(row("C-1")).toContain(`"${secondApproved.id}","2","${secondApproved.contentHash}"`);
    expect(row("C-1")).toContain("Lee (legal)");
    // The bounce's error names the person by pseudonym, never by the unsealed address the server quoted.
    expect(row("C-3")).toMatch(/^"C-3","Cy Calif","US-CA","email","cy@example.com","bounced",,"[^"]*550[^"]*person-[0-9a-f-]+@ledger\.invalid[^"]*"/);
    expect(row("C-4")).toMatch(/^"C-4","Di Calif","US-CA","postal mail","4 Main Street[^"]*","postal mail needed",,,/);
    expect(exported.text).not.toContain("T-1");
    const viewed = await prisma.timelineEvent.findMany({ where: { incidentId, kind: "people.viewed" } });
    expect(viewed.map((e) => e.payload)).toEqual([expect.objectContaining({ people: 6, what: expect.stringContaining("Requested by the California Attorney General") })]);

    // Ben's mailbox bounces after the server accepted the message (Amazon SES reports it through SNS): the export then
    // lists him as bounced, not notified, with the provider's reason naming him by pseudonym only.
    const ben = sink.messages.find((m) => m.to.includes("ben@example.com"))!;
    const report = sns.notification(BOUNCE_TOPIC, sesBounceMessage({ messageId: ben.messageId, address: "ben@example.com" }));
    const bounce = await call(bouncePost, "POST", "/api/notices/bounces/sns", { rawBody: JSON.stringify(report), contentType: "text/plain; charset=UTF-8" });
    expect(bounce.body).toEqual({ outcome: "applied", bounced: 1 });
    const afterBounce = (await exportCsv(legalToken, incidentId, secondId)).text.trim().split("\r\n");
    const benRow = afterBounce.find((line) => line.startsWith('"C-2"'))!;
    expect(benRow).toMatch(/^"C-2","Ben Calif","US-CA","email","ben@example.com","bounced after acceptance",,"Bounced after the mail server accepted it \(Permanent \/ General\): [^"]*person-[0-9a-f-]+@ledger\.invalid[^"]*"/);
    expect(benRow).toMatch(/,"2026-12-04T10:00:00\.000Z"$/);
    expect(JSON.stringify(await prisma.noticeRecipient.findMany({ where: { sendId: send.sendId } }))).not.toContain("ben@example.com");
    expect(await getSendProgress(commander, incidentId, secondId)).toMatchObject({ sent: 2, bounced: 1, failed: 1 });

    // The first notice, never sent, has no list to export.
    expect((await exportCsv(legalToken, incidentId, noticeId)).status).toBe(409);

    // A restricted incident's ledger notices are invisible to non-members: the export and the draft answer 404.
    await setIncidentRestricted(commander, incidentId, { restricted: true, reason: "Insider suspected" });
    expect((await exportCsv(legalToken, incidentId, secondId)).status).toBe(404);
    const outsiderDraft = await call(fromLedgerPost, "POST", `/api/incidents/${incidentId}/notices/from-ledger`, { token: commsToken, params: { id: incidentId }, json: { jurisdiction: "US-CA" } });
    expect(outsiderDraft.status).toBe(404);
    // The two exports above (before and after the bounce); the refused ones wrote nothing.
    expect(await prisma.timelineEvent.count({ where: { incidentId, kind: "people.viewed" } })).toBe(2);
  }, 120_000);
});
