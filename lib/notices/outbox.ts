import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { log } from "@/lib/log";
import { diagnosticText, providerIdFromSmtpReply } from "@/lib/notices/bounces/bounce";
import { appendTimelineEvent, type TTimelineActor } from "@/lib/timeline/append";
import type { TNoticeContent, TNoticeRecipient } from "@/lib/notices/content";
import { deliverBySmtp, deliverToSandbox, type TOutgoingNotice } from "@/lib/notices/delivery";
import { DEFAULT_LEASE_MS } from "@/lib/notices/claim-lease";
import { meetObligationOrRecordFact } from "@/lib/notices/obligation-gate";
import { resolveLedgerRecipient } from "@/lib/notices/ledger-delivery";

// The outbox: a send commits its `notice_sends` row and one `notice_recipients` row per recipient (status pending)
// before anything is delivered; delivery happens here, outside any transaction, one recipient at a time:
//
//   claim     pending → sending, with a fresh claim token (a conditional update: one claimant per row)
//   deliver   SMTP (or the sandbox mailbox), while a heartbeat keeps the claim fresh
//   mark      sending → sent, conditional on the claim token (a trigger makes `sent` final)
//
// A recipient is mailed twice only if the process dies after SMTP accepted the message and before the mark
// committed (one short statement), or if it lost its database connection for a whole lease while SMTP was still
// talking: then the claim expires and the row is delivered again, with the same Message-ID (receivers may
// deduplicate on it). That is the one at-least-once window; everything else is exactly once.

export type TDeliveryOptions = {
  /** Messages per second (the rate limit). */
  ratePerSecond?: number;
  /** A claim not renewed for this long belongs to a dead worker and may be claimed again. */
  leaseMs?: number;
  /** Attempts per recipient before it is marked failed. */
  maxAttempts?: number;
  /** Claim no new recipient after this instant (ms since epoch): what is left stays for the worker. */
  claimUntil?: number;
  signal?: AbortSignal;
};

export type TDeliveryRun = { delivered: number; failure: string | null };

const DELIVERY_ACTOR: TTimelineActor = { kind: "system", name: "Notice delivery" };

type TClaim = { id: string; address: string; name: string; fields: Record<string, string>; message_id: string; attempts: number; token: string };

async function claimNext(sendId: string, leaseMs: number): Promise<TClaim | null> {
  const token = randomUUID();
  const rows = await prisma.$queryRaw<Omit<TClaim, "token">[]>`
    UPDATE notice_recipients SET status = 'sending', claimed_at = now(), claim_token = ${token}::uuid, attempts = attempts + 1
     WHERE id = (
       SELECT id FROM notice_recipients
        WHERE send_id = ${sendId}::uuid
          AND (status = 'pending' OR (status = 'sending' AND claimed_at < now() - make_interval(secs => ${leaseMs / 1000})))
        ORDER BY position
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
       AND (status = 'pending' OR (status = 'sending' AND claimed_at < now() - make_interval(secs => ${leaseMs / 1000})))
    RETURNING id::text, address, name, fields, message_id, attempts`;
  return rows[0] ? { ...rows[0], token } : null;
}

/** Renews the claim while delivery is in progress, so a slow SMTP server never makes it look abandoned. */
function keepClaimed(claim: TClaim, leaseMs: number): () => void {
  const timer = setInterval(() => {
    prisma.$executeRaw`UPDATE notice_recipients SET claimed_at = now() WHERE id = ${claim.id}::uuid AND claim_token = ${claim.token}::uuid AND status = 'sending'`.catch(
      (error: unknown) => log.warn("could not renew a notice recipient's claim", { recipientId: claim.id, error: error instanceof Error ? error.message : String(error) }),
    );
  }, Math.max(25, Math.floor(leaseMs / 4)));
  return () => clearInterval(timer);
}

const heldClaim = (claim: TClaim) => ({ id: claim.id, claimToken: claim.token, status: "sending" as const });

/** The message did not go out (SMTP refused it, the connection failed, the sandbox write rolled back): safe to retry. */
class NotDelivered extends Error {}

async function deliverOne(outgoing: TOutgoingNotice, sandbox: boolean, claim: TClaim): Promise<void> {
  if (sandbox) {
    await prisma
      .$transaction(async (tx) => {
        await deliverToSandbox(tx, outgoing);
        const marked = await tx.noticeRecipient.updateMany({ where: heldClaim(claim), data: { status: "sent", sentAt: new Date(), error: null } });
        if (marked.count !== 1) throw new Error("the claim on this recipient was lost; its new claimant delivers it");
      })
      .catch((error: unknown) => {
        throw new NotDelivered(error instanceof Error ? error.message : String(error));
      });
    return;
  }
  const accepted = await deliverBySmtp(outgoing).catch((error: unknown) => {
    throw new NotDelivered(error instanceof Error ? error.message : String(error));
  });
  // The at-least-once window is between SMTP's acceptance above and this one statement's commit. The server's reply is
  // kept storable and visible, a ledger person's address in it replaced by their pseudonym.
  const marked = await markSentAfterSmtp(claim, diagnosticText(accepted.reply, outgoing.recipient.address, claim.address));
  if (marked !== 1) log.error("a notice recipient was mailed by a worker that had lost its claim: it may receive the message twice", { recipientId: claim.id, messageId: claim.message_id });
}

/** A brief database hiccup must not turn an accepted message into a retried one: the mark is retried a few times. */
async function markSentAfterSmtp(claim: TClaim, reply: string): Promise<number> {
  const data = { status: "sent" as const, sentAt: new Date(), error: null, smtpReply: reply || null, providerMessageId: providerIdFromSmtpReply(reply) };
  for (let attempt = 1; ; attempt++) {
    try {
      return (await prisma.noticeRecipient.updateMany({ where: heldClaim(claim), data })).count;
    } catch (error) {
      if (attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

/**
 * Delivers every unsent recipient of one send, at most `ratePerSecond`, then records completion once. Stops at the
 * first failure (the recipient goes back to pending, or to failed after `maxAttempts`) and reports it: the worker
 * rethrows so that pg-boss retries with backoff. Safe to run in any number of processes at once.
 */
export async function deliverSend(sendId: string, options: TDeliveryOptions = {}): Promise<TDeliveryRun> {
  const rate = options.ratePerSecond ?? 10;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? 5;
  const send = await prisma.noticeSend.findUnique({
    where: { id: sendId },
    select: { sandbox: true, notice: { select: { id: true, incidentId: true } }, version: { select: { content: true } } },
  });
  if (!send) return { delivered: 0, failure: null };
  const content = send.version.content as TNoticeContent;
  let delivered = 0;
  while (!options.signal?.aborted && (options.claimUntil === undefined || Date.now() < options.claimUntil)) {
    const claim = await claimNext(sendId, leaseMs);
    if (!claim) break;
    const started = Date.now();
    const listed: TNoticeRecipient = { address: claim.address, name: claim.name, fields: claim.fields };
    const release = keepClaimed(claim, leaseMs);
    let recipient = listed;
    try {
      // A ledger recipient's address is unsealed only here, for this one message (lib/notices/ledger-delivery.ts).
      recipient = await resolveLedgerRecipient(send.notice.incidentId, listed).catch((error: unknown) => {
        throw new NotDelivered(error instanceof Error ? error.message : String(error));
      });
      await deliverOne({ incidentId: send.notice.incidentId, noticeId: send.notice.id, content, recipient, messageId: claim.message_id }, send.sandbox, claim);
    } catch (error) {
      // An SMTP refusal may quote the address: an unsealed ledger address is never logged or stored in clear.
      const raw = error instanceof Error ? error.message : String(error);
      const message = recipient.address === listed.address ? raw : raw.split(recipient.address).join(listed.address);
      if (!(error instanceof NotDelivered)) {
        // Accepted by SMTP but not marked: leave the claim to expire rather than queue the recipient again now.
        log.error("a notice was accepted by SMTP but could not be marked sent", { sendId, recipientId: claim.id, error: message });
        return { delivered, failure: message };
      }
      const failed = claim.attempts >= maxAttempts;
      await prisma.noticeRecipient.updateMany({ where: heldClaim(claim), data: { status: failed ? "failed" : "pending", claimToken: null, error: message.slice(0, 500) } });
      log.warn("notice delivery failed", { sendId, attempt: claim.attempts, failed, error: message });
      if (!failed) return { delivered, failure: message };
      continue;
    } finally {
      release();
    }
    delivered += 1;
    if (delivered === 1) await recordFirstDelivery(sendId);
    const wait = 1000 / rate - (Date.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await completeIfDone(sendId);
  return { delivered, failure: null };
}

/**
 * The first accepted message is the instant the notice reached its recipient: it meets the obligation, or, if another
 * notice met it first, that fact goes on the timeline. Idempotent (conditional on `first_delivered_at`), and kept apart
 * from marking recipients sent, so nothing here can ever undo a delivery; a crash before it is repaired at completion.
 */
export async function recordFirstDelivery(sendId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const [first] = await tx.$queryRaw<{ at: Date | null }[]>`SELECT min(sent_at) AS at FROM notice_recipients WHERE send_id = ${sendId}::uuid AND status = 'sent'`;
    if (!first?.at) return;
    const claimed = await tx.noticeSend.updateMany({ where: { id: sendId, firstDeliveredAt: null }, data: { firstDeliveredAt: first.at } });
    if (claimed.count !== 1) return;
    const send = await tx.noticeSend.findUniqueOrThrow({ where: { id: sendId }, select: { followUp: true, sentByLabel: true, notice: { select: { id: true, incidentId: true, obligationId: true, title: true } } } });
    const { notice } = send;
    if (!notice.obligationId) return;
    await meetObligationOrRecordFact(tx, {
      obligationId: notice.obligationId, incidentId: notice.incidentId, noticeId: notice.id, title: notice.title, at: first.at, followUp: send.followUp,
      by: { kind: "notice", id: notice.id, label: notice.title }, actor: { kind: "system", name: `Notice delivery (sent by ${send.sentByLabel})` },
    });
  });
}

async function completeIfDone(sendId: string): Promise<void> {
  await recordFirstDelivery(sendId);
  await prisma.$transaction(async (tx) => {
    const open = await tx.noticeRecipient.count({ where: { sendId, status: { in: ["pending", "sending"] } } });
    if (open > 0) return;
    const done = await tx.noticeSend.updateMany({ where: { id: sendId, completedAt: null }, data: { completedAt: new Date() } });
    if (done.count !== 1) return;
    const send = await tx.noticeSend.findUniqueOrThrow({ where: { id: sendId }, select: { channel: true, notice: { select: { id: true, incidentId: true, title: true } } } });
    const sent = await tx.noticeRecipient.count({ where: { sendId, status: "sent" } });
    const failed = await tx.noticeRecipient.count({ where: { sendId, status: "failed" } });
    await appendTimelineEvent(tx, {
      incidentId: send.notice.incidentId,
      kind: "notice.delivery-completed",
      actor: DELIVERY_ACTOR,
      payload: { noticeId: send.notice.id, title: send.notice.title, channel: send.channel, sent, failed },
    });
  });
}
