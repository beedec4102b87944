import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { resetMailTransport } from "@/lib/mail/transport";
import { DEFAULT_LEASE_MS } from "@/lib/notices/claim-lease";
import { deliverSend } from "@/lib/notices/outbox";
import { stopNoticeQueueSender } from "@/lib/notices/queue";
import { sendNotice } from "@/lib/notices/send";
import { recordSubmission } from "@/lib/notices/submit";
import { insertObligation } from "@/tests/support/obligations";
import { startSilentSmtpServer, startSmtpSink } from "@/tests/support/smtp-sink";
import { approve, draftComplete, people, rejection, type TPeople } from "@/tests/support/notices";
import { resetDatabase } from "./reset-db";
import { createToken, declareIncidentVia } from "./api-helpers";

type TSink = Awaited<ReturnType<typeof startSmtpSink>>;
let sink: TSink | undefined;

/** A real SMTP server for this test, with SMTP_URL pointing at it. */
async function useSink(options: Parameters<typeof startSmtpSink>[0] = {}): Promise<TSink> {
  sink = await startSmtpSink(options);
  process.env.SMTP_URL = sink.url;
  resetMailTransport();
  return sink;
}

afterEach(async () => {
  resetMailTransport();
  delete process.env.SMTP_URL;
  await sink?.close();
  sink = undefined;
});
afterAll(() => stopNoticeQueueSender());

/** How many times each (notice, address) pair reached the SMTP server. */
function deliveries(messages: TSink["messages"]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) {
    const notice = /<notice-([0-9a-f-]{36})\./.exec(message.messageId)?.[1] ?? "?";
    const key = `${notice} ${message.to.join(",")}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const sendOf = (noticeId: string) => prisma.noticeSend.findUniqueOrThrow({ where: { noticeId }, select: { id: true } });

/** Runs the worker's delivery of a send until nothing is left to deliver (a failed attempt is retried, as pg-boss would). */
async function drain(noticeId: string, options: Parameters<typeof deliverSend>[1] = {}) {
  const { id } = await sendOf(noticeId);
  for (let attempt = 0; attempt < 8; attempt++) {
    const run = await deliverSend(id, { ratePerSecond: 1000, ...options });
    if (!run.failure && (await prisma.noticeRecipient.count({ where: { sendId: id, status: { in: ["pending", "sending"] } } })) === 0) return;
  }
}

const timelineKinds = async (incidentId: string) => (await prisma.timelineEvent.findMany({ where: { incidentId }, orderBy: { sequence: "asc" } })).map((e) => e.kind);

describe("notice delivery through an outbox: never SMTP inside a transaction, each recipient mailed once", () => {
  let p: TPeople;
  let incidentId: string;

  beforeEach(async () => {
    await resetDatabase();
    p = await people();
    incidentId = await declareIncidentVia(await createToken(["commander"]), p.commander.id, "Exposed database snapshot");
  });

  async function approvedNotice(recipients: { address: string }[], options: { obligationId?: string; templateId?: string } = {}) {
    const v = await draftComplete(p, incidentId, { templateId: options.templateId ?? "gdpr-33", recipients, obligationId: options.obligationId ?? null });
    await approve(p.legal, incidentId, v.noticeId, v);
    return v;
  }

  it("an SMTP server that accepts the connection and never answers: the attempt ends within seconds, not minutes, the recipient is released for a retry, and once SMTP answers each recipient is mailed exactly once", async () => {
    const v = await approvedNotice([{ address: "dpa@example.eu" }, { address: "dpo@example.org" }]);
    const silent = await startSilentSmtpServer();
    try {
      process.env.SMTP_URL = silent.url;
      resetMailTransport();
      const started = Date.now();
      await sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" });
      const took = Date.now() - started;
      // nodemailer's own greeting timeout is 30 s (and 10 minutes of silence later on): the request would hang that long.
      expect(took).toBeLessThan(20_000);
      expect(took).toBeLessThan(DEFAULT_LEASE_MS);
      expect(silent.connections()).toBe(1);
      const { id } = await sendOf(v.noticeId);
      const rows = await prisma.noticeRecipient.findMany({ where: { sendId: id }, orderBy: { position: "asc" }, select: { status: true, attempts: true, claimToken: true, error: true } });
      expect(rows.map((r) => [r.status, r.attempts, r.claimToken])).toEqual([["pending", 1, null], ["pending", 0, null]]);
      expect(rows[0]!.error).toMatch(/greeting|timeout/i);
    } finally {
      await silent.close();
    }

    // SMTP answers again: the worker's retry delivers each recipient once, and further runs send nothing more.
    const smtp = await useSink();
    await drain(v.noticeId);
    await drain(v.noticeId);
    expect([...deliveries(smtp.messages).values()]).toEqual([1, 1]);
    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(["dpa@example.eu", "dpo@example.org"]);
  }, 120_000);

  it("two notices on one obligation: the second send is refused (409) until confirmed as a follow-up, then recorded as one; each recipient gets each notice once", async () => {
    const smtp = await useSink();
    const obligation = await insertObligation(incidentId, "EU-GDPR-33-SA", new Date(Date.now() + 3_600_000));
    const recipients = [{ address: "dpa@example.eu" }, { address: "dpo@example.org" }];
    const first = await approvedNotice(recipients, { obligationId: obligation.id });
    const second = await approvedNotice(recipients, { obligationId: obligation.id });

    await sendNotice(p.commander, incidentId, first.noticeId, { channel: "email" });
    await drain(first.noticeId);
    const metAt = (await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).metAt;
    expect(metAt).not.toBeNull();

    const refused = await rejection(sendNotice(p.commander, incidentId, second.noticeId, { channel: "email" }));
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/already met/);
    expect(refused.message).toMatch(/follow-up/);
    expect([...deliveries(smtp.messages).keys()].filter((key) => key.startsWith(second.noticeId))).toEqual([]);

    await sendNotice(p.commander, incidentId, second.noticeId, { channel: "email", followUp: true });
    await drain(second.noticeId);
    const counts = deliveries(smtp.messages);
    expect(counts.size).toBe(4);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect((await prisma.noticeSend.findUniqueOrThrow({ where: { noticeId: second.noticeId } })).followUp).toBe(true);
    // The obligation keeps the instant the first notice met it; the second's delivery is a recorded fact.
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).metAt).toEqual(metAt);
    const sent = await prisma.timelineEvent.findMany({ where: { incidentId, kind: "notice.sent" }, orderBy: { sequence: "asc" } });
    expect(sent.map((e) => (e.payload as { followUp?: boolean }).followUp)).toEqual([false, true]);
    const kinds = await timelineKinds(incidentId);
    expect(kinds.filter((k) => k === "obligation.met")).toHaveLength(1);
    expect(kinds).toContain("notice.obligation-already-met");
  });

  it("two notices on one obligation sent at the same time: one goes out, the other is refused before any mail leaves", async () => {
    const smtp = await useSink();
    const obligation = await insertObligation(incidentId, "EU-GDPR-33-SA", new Date(Date.now() + 3_600_000));
    const a = await approvedNotice([{ address: "dpa@example.eu" }], { obligationId: obligation.id });
    const b = await approvedNotice([{ address: "dpa@example.eu" }], { obligationId: obligation.id });
    const results = await Promise.allSettled([a, b].map((v) => sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const winner = results[0]!.status === "fulfilled" ? a : b;
    await drain(winner.noticeId);
    expect([...deliveries(smtp.messages).entries()]).toEqual([[`${winner.noticeId} dpa@example.eu`, 1]]);
  });

  it("SMTP refusing the 3rd of 5 recipients, then recovering: exactly 5 messages, one per recipient", async () => {
    const smtp = await useSink({ refuse: (n) => (n === 3 ? { code: 451, message: "4.3.0 Try again later" } : null) });
    const recipients = Array.from({ length: 5 }, (_, n) => ({ address: `dpa${n}@example.eu` }));
    const v = await approvedNotice(recipients);
    const first = await sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" }).then(() => null, (error: unknown) => error);
    // What a sender does when the console answers an error: try again.
    if (first) await sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" }).catch(() => {});
    await drain(v.noticeId);
    expect(smtp.messages).toHaveLength(5);
    expect([...deliveries(smtp.messages).values()]).toEqual([1, 1, 1, 1, 1]);
    const { id } = await sendOf(v.noticeId);
    expect(await prisma.noticeRecipient.count({ where: { sendId: id, status: "sent" } })).toBe(5);
    // Delivered stays delivered: the database refuses to queue a sent recipient again, whoever asks.
    await expect(prisma.noticeRecipient.updateMany({ where: { sendId: id }, data: { status: "pending" } })).rejects.toThrow(/cannot return to pending/);
  });

  it("holds no database transaction open while an SMTP server takes its time to answer", async () => {
    const smtp = await useSink({ answerDelayMs: 1_500 });
    const v = await approvedNotice([{ address: "dpa@example.eu" }, { address: "dpo@example.org" }]);
    const sending = sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" }).then(() => null, (error: unknown) => error);
    await vi.waitFor(() => expect(smtp.seen()).toBe(1), { timeout: 10_000, interval: 20 });
    const [open] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`;
    expect(open?.n).toBe(0);
    await sending;
    await drain(v.noticeId);
    expect([...deliveries(smtp.messages).values()]).toEqual([1, 1]);
  });

  it("a delivery slower than the claim lease is not mailed twice by a second worker", async () => {
    const smtp = await useSink({ answerDelayMs: 1_200 });
    const v = await approvedNotice([{ address: "a@example.eu" }, { address: "b@example.eu" }, { address: "c@example.eu" }]);
    await sendNotice(p.commander, incidentId, v.noticeId, { channel: "bulk_email" });
    const { id } = await sendOf(v.noticeId);
    const options = { ratePerSecond: 1000, leaseMs: 400 };
    const first = deliverSend(id, options);
    await vi.waitFor(() => expect(smtp.seen()).toBe(1), { timeout: 10_000, interval: 20 });
    // The first worker's SMTP transaction is now older than the lease; a second worker starts looking for work.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await Promise.all([first, deliverSend(id, options)]);
    expect(smtp.messages).toHaveLength(3);
    expect([...deliveries(smtp.messages).values()]).toEqual([1, 1, 1]);
  }, 30_000);

  it("an obligation met meanwhile by a recorded submission is recorded as a fact; the notice's delivery is not undone nor repeated", async () => {
    const smtp = await useSink();
    const obligation = await insertObligation(incidentId, "EU-GDPR-33-SA", new Date(Date.now() + 3_600_000));
    const mailed = await approvedNotice([{ address: "a@example.eu" }, { address: "b@example.eu" }, { address: "c@example.eu" }], { obligationId: obligation.id });
    const portal = await approvedNotice([{ address: "portal@example.eu" }], { obligationId: obligation.id });
    await sendNotice(p.commander, incidentId, mailed.noticeId, { channel: "bulk_email" });
    const submittedAt = new Date();
    await recordSubmission(p.commander, incidentId, portal.noticeId, { portal: "DPA portal", reference: "R-1", submittedAt: submittedAt.toISOString(), followUp: true });
    await drain(mailed.noticeId, { maxAttempts: 5 });
    expect(smtp.messages).toHaveLength(3);
    expect([...deliveries(smtp.messages).values()]).toEqual([1, 1, 1]);
    const { id } = await sendOf(mailed.noticeId);
    expect(await prisma.noticeRecipient.count({ where: { sendId: id, status: "sent" } })).toBe(3);
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).metAt).toEqual(submittedAt);
    expect(await timelineKinds(incidentId)).toContain("notice.obligation-already-met");
  });
});
