import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/policy";
import { resetMailTransport } from "@/lib/mail/transport";
import type { TNoticeContent } from "@/lib/notices/content";
import { stopNoticeQueueSender } from "@/lib/notices/queue";
import { sendNotice } from "@/lib/notices/send";
import { decideNotice } from "@/lib/notices/decide";
import { createNotice, saveNoticeVersion, uploadRecipientsCsv } from "@/lib/notices/draft";
import { getNotice, getSendProgress } from "@/lib/notices/read";
import { startNoticeWorker } from "@/lib/notices/worker";
import { insertObligation } from "@/tests/support/obligations";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { resetDatabase } from "./reset-db";
import { actorOf, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { testDatabaseUrl } from "./database-url";

const RECIPIENTS = 24;
const STALL_AT = 9;

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let child: ChildProcess | undefined;
beforeAll(async () => {
  // A real SMTP server that accepts the first STALL_AT - 1 messages, then holds the next one unanswered, so the worker
  // process is provably in the middle of an SMTP transaction when it is killed.
  sink = await startSmtpSink({ holdFrom: STALL_AT });
  process.env.SMTP_URL = sink.url;
  resetMailTransport();
});
afterAll(async () => {
  child?.kill("SIGKILL");
  await stopNoticeQueueSender();
  resetMailTransport();
  delete process.env.SMTP_URL;
  await sink.close();
});

describe("bulk notice to individuals (pg-boss worker, rate-limited, resumable)", () => {
  it("resumes after the worker process is killed mid-send and mails every recipient exactly once", async () => {
    await resetDatabase();
    const user = async (roles: Parameters<typeof createUser>[0], name: string) => actorOf(await createUser(roles, name)) as TActor;
    const [commander, legal, comms, comms2] = [await user(["commander"], "Casey"), await user(["legal"], "Lee"), await user(["comms"], "Cam"), await user(["comms"], "Cat")];
    const incidentId = await declareIncidentVia(await createToken(["commander"]), commander.id);
    const obligation = await insertObligation(incidentId, "US-CA-1798.82-IND", new Date(Date.now() + 86_400_000));

    const { id: noticeId } = await createNotice(comms!, incidentId, { templateId: "california-1798-82", obligationId: obligation.id });
    const draft = (await getNotice(comms!, incidentId, noticeId)).latest!.content as TNoticeContent;
    const content = { ...draft, sections: draft.sections.map((s) => ({ ...s, body: `Dear {{name}}, ${s.heading} (account {{account}}).` })) };
    await saveNoticeVersion(comms!, incidentId, noticeId, { content, recipients: [], basedOnVersion: 1 });
    const csv = ["email,name,account", ...Array.from({ length: RECIPIENTS }, (_, n) => `person${n}@example.org,Person ${n},${1000 + n}`), "not-an-address,Bad,0"].join("\n");
    const upload = await uploadRecipientsCsv(comms!, incidentId, noticeId, { csv, basedOnVersion: 2 });
    expect(upload).toMatchObject({ accepted: RECIPIENTS, badRows: [{ line: RECIPIENTS + 2 }] });
    const latest = (await getNotice(legal!, incidentId, noticeId)).latest!;
    for (const approver of [legal!, comms2!]) {
      await decideNotice(approver, incidentId, noticeId, { versionId: latest.id, contentHash: latest.contentHash, decision: "approve", password: "a long test password" });
    }

    const send = await sendNotice(commander!, incidentId, noticeId, { channel: "bulk_email" });
    expect(send.channel).toBe("bulk_email");

    // A separate worker process, killed with SIGKILL while an SMTP transaction is open.
    child = spawn(process.execPath, ["--conditions=react-server", "--require", "./scripts/lib/require-esm-only.js", "--import", "tsx", "tests/support/notice-worker-child.ts"], {
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), SMTP_URL: sink.url, NOTICE_TEST_RATE: "20", LOG_LEVEL: "error" },
      stdio: "ignore",
    });
    await vi.waitFor(() => expect(sink.seen()).toBe(STALL_AT), { timeout: 60_000, interval: 100 });
    child.kill("SIGKILL");
    await new Promise((resolve) => child!.once("exit", resolve));
    const midway = await getSendProgress(commander!, incidentId, noticeId);
    expect(midway).toMatchObject({ total: RECIPIENTS, sent: STALL_AT - 1 });
    expect(await prisma.noticeRecipient.count({ where: { sendId: send.sendId, status: "sending" } })).toBe(1);
    // The obligation turned met with the first accepted message.
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).status).toBe("met");

    // Restart: the in-flight recipient's claim expires after the lease and is delivered by the new worker.
    sink.release();
    await new Promise((resolve) => setTimeout(resolve, 1_600)); // let the dead worker's claim age past the 1.5 s lease
    const worker = await startNoticeWorker(testDatabaseUrl(), { ratePerSecond: 50, leaseMs: 1_500, sweepCron: "0 0 1 1 *" });
    try {
      await vi.waitFor(async () => expect((await getSendProgress(commander!, incidentId, noticeId)).completedAt).not.toBeNull(), { timeout: 60_000, interval: 200 });
    } finally {
      await worker.stop();
    }

    const perRecipient = new Map<string, number>();
    for (const mail of sink.messages) perRecipient.set(mail.to.join(","), (perRecipient.get(mail.to.join(",")) ?? 0) + 1);
    expect(perRecipient.size).toBe(RECIPIENTS);
    expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);
    expect(sink.messages).toHaveLength(RECIPIENTS);
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(RECIPIENTS);
    const person3 = sink.messages.find((m) => m.to.includes("person3@example.org"))!;
    expect(person3.raw).toContain("Dear Person 3, What Happened? (account 1003).");
    expect(await getSendProgress(commander!, incidentId, noticeId)).toMatchObject({ sent: RECIPIENTS, failed: 0, pending: 0 });
    const kinds = (await prisma.timelineEvent.findMany({ where: { incidentId }, orderBy: { sequence: "asc" } })).map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith("notice.") || k.startsWith("obligation."))).toEqual([
      "notice.drafted", "notice.version-saved", "notice.version-saved", "notice.approved", "notice.approved", "notice.sent", "obligation.met", "notice.delivery-completed",
    ]);
  }, 180_000);
});
