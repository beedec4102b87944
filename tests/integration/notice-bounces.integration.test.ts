import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as dsnPost } from "@/app/api/notices/bounces/dsn/route";
import { POST as snsPost } from "@/app/api/notices/bounces/sns/route";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/policy";
import { resetMailTransport } from "@/lib/mail/transport";
import type { TNoticeContent } from "@/lib/notices/content";
import { decideNotice } from "@/lib/notices/decide";
import { createNotice, saveNoticeVersion } from "@/lib/notices/draft";
import { deliverSend } from "@/lib/notices/outbox";
import { stopNoticeQueueSender } from "@/lib/notices/queue";
import { loadDecisionNotices } from "@/lib/notices/notice-decisions";
import { getNotice, getSendProgress } from "@/lib/notices/read";
import { sendNotice } from "@/lib/notices/send";
import { describeTimelineEvent } from "@/lib/timeline-text/describe";
import { deliveryStatusNotification } from "@/tests/fakes/dsn";
import { sesBounceMessage, startFakeSns } from "@/tests/fakes/sns";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-bounces";
const ADDRESSES = ["dpo@regulator.example", "ada@example.org", "ben@example.org"];

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let sns: Awaited<ReturnType<typeof startFakeSns>>;
const DSN_SECRET = "a-long-random-secret-for-the-bounce-pipe-0123";
const saved = { topics: process.env.BREACHDESK_BOUNCE_TOPIC_ARNS, endpoint: process.env.AWS_ENDPOINT_URL_SNS, dsn: process.env.BREACHDESK_BOUNCE_DSN_SECRET };
beforeAll(async () => {
  // The server answers the way Amazon SES's SMTP interface does: "250 Ok <SES's message id>".
  sink = await startSmtpSink({ acceptReply: (n) => `Ok 0100018c${String(n).padStart(8, "0")}-ses-000000` });
  sns = await startFakeSns();
  Object.assign(process.env, { SMTP_URL: sink.url, BREACHDESK_BOUNCE_TOPIC_ARNS: `arn:aws:sns:eu-west-1:123456789012:other, ${TOPIC}`, AWS_ENDPOINT_URL_SNS: sns.url, BREACHDESK_BOUNCE_DSN_SECRET: DSN_SECRET });
  resetMailTransport();
});
afterAll(async () => {
  await stopNoticeQueueSender();
  resetMailTransport();
  delete process.env.SMTP_URL;
  for (const [name, value] of [["BREACHDESK_BOUNCE_TOPIC_ARNS", saved.topics], ["AWS_ENDPOINT_URL_SNS", saved.endpoint], ["BREACHDESK_BOUNCE_DSN_SECRET", saved.dsn]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await Promise.all([sink.close(), sns.close()]);
});

/** A notice sent by e-mail to ADDRESSES through the gate and delivered by the worker to the SMTP sink. */
async function sentNotice() {
  const user = async (roles: Parameters<typeof createUser>[0], name: string) => actorOf(await createUser(roles, name)) as TActor;
  const [commander, legal, comms, comms2] = [await user(["commander"], "Casey"), await user(["legal"], "Lee"), await user(["comms"], "Cam"), await user(["comms"], "Cat")];
  const incidentId = await declareIncidentVia(await createToken(["commander"]), commander.id);
  const { id: noticeId } = await createNotice(comms, incidentId, { templateId: "generic-individuals" });
  const draft = (await getNotice(comms, incidentId, noticeId)).latest!.content as TNoticeContent;
  const content = { ...draft, sections: draft.sections.map((s) => ({ ...s, body: `About ${s.heading}.` })) };
  await saveNoticeVersion(comms, incidentId, noticeId, { content, recipients: ADDRESSES.map((address) => ({ address })), basedOnVersion: 1 });
  const latest = (await getNotice(legal, incidentId, noticeId)).latest!;
  for (const approver of [legal, comms2]) {
    await decideNotice(approver, incidentId, noticeId, { versionId: latest.id, contentHash: latest.contentHash, decision: "approve", password: "a long test password" });
  }
  const send = await sendNotice(commander, incidentId, noticeId, { channel: "bulk_email" });
  await deliverSend(send.sendId, { ratePerSecond: 100 });
  const recipients = await prisma.noticeRecipient.findMany({ where: { sendId: send.sendId }, orderBy: { position: "asc" } });
  return { commander, incidentId, noticeId, sendId: send.sendId, recipients };
}

async function post(body: unknown, contentType = "text/plain; charset=UTF-8") {
  return call(snsPost, "POST", "/api/notices/bounces/sns", { rawBody: typeof body === "string" ? body : JSON.stringify(body), contentType, headers: { "x-amz-sns-message-type": "Notification" } });
}

describe("bounces reported after the mail server accepted a notice (Amazon SES through SNS)", () => {
  beforeEach(async () => {
    await resetDatabase();
    sink.messages.length = 0;
  });

  it("keeps the server's acceptance, then marks the bounced recipient, tells the timeline once, and keeps the report as received", async () => {
    const { commander, incidentId, noticeId, recipients } = await sentNotice();
    expect(recipients.map((r) => r.status)).toEqual(["sent", "sent", "sent"]);
    expect(recipients[0]!.smtpReply).toMatch(/^250 Ok 0100018c\d{8}-ses-000000$/);
    expect(recipients[0]!.providerMessageId).toMatch(/^0100018c\d{8}-ses-000000$/);
    const ada = recipients.find((r) => r.address === "ada@example.org")!;

    // SES's report names our Message-ID in the original headers, and quotes the address in its diagnostic.
    const report = sns.notification(TOPIC, sesBounceMessage({ messageId: ada.messageId, address: "ada@example.org", diagnostic: "smtp; 550 5.1.1 <ada@example.org>... User unknown\u202E" }));
    const first = await post(report);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toEqual({ outcome: "applied", bounced: 1 });
    const bounced = await prisma.noticeRecipient.findUniqueOrThrow({ where: { id: ada.id } });
    expect(bounced).toMatchObject({ status: "bounced", bouncedAt: new Date("2026-12-04T10:00:00.000Z") });
    expect(bounced.error).toContain("Bounced after the mail server accepted it (Permanent / General): 5.1.1 smtp; 550 5.1.1");
    // The bidi override is shown, not kept raw.
    expect(bounced.error).toContain("\\u{202e}");
    expect(bounced.error).not.toContain("\u202E");
    expect(await getSendProgress(commander, incidentId, noticeId)).toMatchObject({ total: 3, sent: 2, bounced: 1, failed: 0, pending: 0 });
    // The incident's decisions (the status view, the next steps) count the person not reached: nothing looks calm.
    expect((await loadDecisionNotices(commander, [incidentId])).get(incidentId)).toEqual([expect.objectContaining({ id: noticeId, sent: true, notReached: 1 })]);

    const events = await prisma.timelineEvent.findMany({ where: { incidentId, kind: "notice.recipients-bounced" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ noticeId, bounced: 1, bounceType: "Permanent / General", reportedAt: "2026-12-04T10:00:00.000Z" });
    expect(JSON.stringify(events[0]!.payload)).not.toContain("ada@example.org");
    const sentence = describeTimelineEvent(events[0]!).filter((part) => typeof part === "string").join("");
    expect(sentence).toContain("The mail provider reported 1 message of");
    expect(sentence).toContain("that recipient was not reached");

    // SNS delivers at least once: the same report again changes nothing and writes nothing more.
    expect((await post(report)).body).toEqual({ outcome: "duplicate", bounced: 0 });
    expect(await prisma.timelineEvent.count({ where: { incidentId, kind: "notice.recipients-bounced" } })).toBe(1);
    expect(await prisma.noticeBounceReport.count()).toBe(1);
    const kept = await prisma.noticeBounceReport.findFirstOrThrow();
    expect(kept).toMatchObject({ source: "ses-sns", reportId: report.MessageId, origin: TOPIC, matched: 1 });
    expect(JSON.parse(Buffer.from(kept.body).toString("utf8"))).toEqual(report);
  });

  it("matches a report without the original headers by SES's own message id from the SMTP reply", async () => {
    const { recipients } = await sentNotice();
    const ben = recipients.find((r) => r.address === "ben@example.org")!;
    const result = await post(sns.notification(TOPIC, sesBounceMessage({ sesMessageId: ben.providerMessageId!, address: "ben@example.org", withHeaders: false, bounceType: "Transient" })));
    expect(result.body).toEqual({ outcome: "applied", bounced: 1 });
    const after = await prisma.noticeRecipient.findMany({ where: { sendId: ben.sendId }, select: { address: true, status: true } });
    expect(after.filter((r) => r.status === "bounced").map((r) => r.address)).toEqual(["ben@example.org"]);
  });

  it("refuses what SNS did not sign for a configured topic, and changes nothing", async () => {
    const { recipients } = await sentNotice();
    const ada = recipients.find((r) => r.address === "ada@example.org")!;
    const genuine = sns.notification(TOPIC, sesBounceMessage({ messageId: ada.messageId, address: "ada@example.org" }));

    const forged = { ...genuine, Message: genuine.Message.replace("Permanent", "Transient") };
    const tampered = await post(forged);
    expect(tampered.status).toBe(401);
    expect(String(tampered.body?.title)).toContain("signature does not match");

    const elsewhere = await post({ ...genuine, SigningCertURL: "https://attacker.example/cert.pem" });
    expect(elsewhere.status).toBe(401);
    expect(String(elsewhere.body?.title)).toContain("not an Amazon SNS certificate URL");

    const otherTopic = await post(sns.notification("arn:aws:sns:us-east-1:123456789012:someone-else", sesBounceMessage({ messageId: ada.messageId, address: "ada@example.org" })));
    expect(otherTopic.status).toBe(403);

    const notSns = await post({ hello: "world" });
    expect(notSns.status).toBe(400);
    expect(notSns.body?.invalid_params).toEqual([expect.objectContaining({ name: "Type" })]);

    expect((await post("not json at all")).status).toBe(400);
    expect(await prisma.noticeRecipient.count({ where: { status: "bounced" } })).toBe(0);
    expect(await prisma.noticeBounceReport.count()).toBe(0);
  });

  it("confirms the subscription through its link, ignores complaints, and keeps an unreadable or unmatched report", async () => {
    const confirmed = await post(sns.subscriptionConfirmation(TOPIC, "token-123"));
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toEqual({ outcome: "subscribed" });
    expect(sns.confirmations).toContain("token-123");

    const complaint = await post(sns.notification(TOPIC, JSON.stringify({ notificationType: "Complaint", mail: { messageId: "x" }, complaint: {} })));
    expect(complaint.body).toEqual({ outcome: "ignored", reason: "an SES Complaint notification, not a bounce" });

    const unreadable = await post(sns.notification(TOPIC, "{\"notificationType\":\"Bounce\",\"mail\":{},\"bounce\":{\"bounceType\":7}}"));
    expect(unreadable.status).toBe(200);
    expect(unreadable.body).toMatchObject({ outcome: "ignored" });
    const unmatched = await post(sns.notification(TOPIC, sesBounceMessage({ messageId: "<someone-elses@example.org>", address: "x\u0000y@example.org" })));
    expect(unmatched.body).toEqual({ outcome: "unmatched", bounced: 0 });
    const kept = await prisma.noticeBounceReport.findMany({ orderBy: { receivedAt: "asc" } });
    expect(kept.map((r) => [r.bounceType.split(":")[0], r.matched])).toEqual([["unreadable", 0], ["Permanent / General", 0]]);
  });

  it("takes a mail server's bounce e-mail (RFC 3464) with the pipe's secret, and only that", async () => {
    const { commander, incidentId, noticeId, recipients } = await sentNotice();
    const ben = recipients.find((r) => r.address === "ben@example.org")!;
    const dsn = (text: string, secret: string | null = DSN_SECRET) =>
      call(dsnPost, "POST", "/api/notices/bounces/dsn", { rawBody: text, contentType: "message/rfc822", headers: secret === null ? {} : { "x-bounce-secret": secret } });
    const bounce = deliveryStatusNotification({ recipient: "ben@example.org", messageId: ben.messageId });

    expect((await dsn(bounce, null)).status).toBe(401);
    expect((await dsn(bounce, "not-the-secret")).status).toBe(401);
    const notADsn = await dsn("From: ben@example.org\r\nSubject: Out of office\r\n\r\nAway until Monday.\r\n");
    expect(notADsn.status).toBe(400);
    expect(notADsn.body?.invalid_params).toEqual([{ name: "body", reason: "it is not a delivery status notification (multipart/report; report-type=delivery-status)" }]);
    const delayed = await dsn(deliveryStatusNotification({ recipient: "ben@example.org", messageId: ben.messageId, action: "delayed", status: "4.4.1", reportMessageId: "<delay@mx.example.net>" }));
    expect(delayed.body).toEqual({ outcome: "ignored", reason: "no recipient failed (a delay or a delivery report)" });
    expect(await prisma.noticeBounceReport.count()).toBe(0);

    const applied = await dsn(bounce);
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(applied.body).toEqual({ outcome: "applied", bounced: 1 });
    expect(await prisma.noticeRecipient.findUniqueOrThrow({ where: { id: ben.id } })).toMatchObject({
      status: "bounced", bouncedAt: new Date("2026-12-04T10:00:58Z"), error: expect.stringContaining("Bounced after the mail server accepted it (Permanent (5.1.1)): 5.1.1 smtp; 550 5.1.1"),
    });
    expect((await dsn(bounce)).body).toEqual({ outcome: "duplicate", bounced: 0 });
    expect(await getSendProgress(commander, incidentId, noticeId)).toMatchObject({ sent: 2, bounced: 1 });
    const kept = await prisma.noticeBounceReport.findFirstOrThrow();
    expect(kept).toMatchObject({ source: "dsn", reportId: "<20261204100102.7A3C1F0E8B@mx.example.net>", origin: "dns; mx.example.net", matched: 1 });
    expect(Buffer.from(kept.body).toString("utf8")).toBe(bounce);

    // A report whose own words hold NUL and a bidi override (its status, its reporting server, its date far out of
    // range) is stored with them made visible, never a 500.
    const hostile = deliveryStatusNotification({ recipient: "ada@example.org", messageId: recipients.find((r) => r.address === "ada@example.org")!.messageId, status: "5.1.1\u0000\u202E", reportMessageId: "<hostile@mx.example.net>" })
      .replace("Reporting-MTA: dns; mx.example.net", "Reporting-MTA: dns; mx\u0000.example.net")
      .replace("Arrival-Date: Fri,  4 Dec 2026 10:00:58 +0000 (UTC)", "Arrival-Date: Fri,  4 Dec 99999 10:00:58 +0000");
    const taken = await dsn(hostile);
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);
    expect(taken.body).toEqual({ outcome: "applied", bounced: 1 });
    const stored = await prisma.noticeBounceReport.findFirstOrThrow({ where: { reportId: "<hostile@mx.example.net>" } });
    expect(stored.origin).toBe("dns; mx\\u{0}.example.net");
    expect(stored.bounceType).toContain("\\u{202e}");
    const event = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId, kind: "notice.recipients-bounced" }, orderBy: { sequence: "desc" } });
    expect(JSON.stringify(event.payload)).not.toContain("\\u0000");

    // Without the secret configured, nothing is taken.
    delete process.env.BREACHDESK_BOUNCE_DSN_SECRET;
    try {
      expect((await dsn(bounce)).status).toBe(403);
    } finally {
      process.env.BREACHDESK_BOUNCE_DSN_SECRET = DSN_SECRET;
    }
  });
});
