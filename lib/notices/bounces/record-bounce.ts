import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { isStorableInstant } from "@/lib/db/storable";
import { diagnosticText, type TBounce } from "@/lib/notices/bounces/bounce";

/** Text of a report kept as a column or in the timeline: NUL, controls, bidi and lone surrogates made visible, bounded. */
const storable = (text: string) => diagnosticText(text, "", "");

/** Who reported it and how it is known again: SNS's MessageId, or a DSN's own Message-ID (else its SHA-256). */
export type TBounceReport = { source: "ses-sns" | "dsn"; reportId: string; origin: string; body: Buffer };
export type TBounceOutcome = { outcome: "applied" | "duplicate" | "unmatched"; bounced: number };

type TMatched = { id: string; address: string; send: { notice: { id: string; incidentId: string; title: string } } };

/**
 * Marks the sent notice messages a bounce report names as bounced, each notice's incident told on its timeline, and
 * keeps the report as received — one transaction. A report SNS delivers again (same MessageId) changes nothing; a
 * message already bounced stays as it was; a report naming none of our messages is kept, matched to nothing.
 */
export async function recordBounce(received: TBounceReport, given: TBounce): Promise<TBounceOutcome> {
  // The report's own words come from outside (a mail server's DSN, SES's JSON): made storable here, once, for every source.
  const report = { ...received, reportId: storable(received.reportId), origin: storable(received.origin) };
  const bounce = { ...given, bounceType: storable(given.bounceType), bouncedAt: given.bouncedAt && isStorableInstant(given.bouncedAt) ? given.bouncedAt : null };
  return prisma.$transaction(async (tx) => {
    // Two deliveries of one report at once: the second waits here, then finds the first's row.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`bounce:${report.source}:${report.reportId}`}, 0))`;
    const known = await tx.noticeBounceReport.findUnique({ where: { source_reportId: { source: report.source, reportId: report.reportId } }, select: { id: true } });
    if (known) return { outcome: "duplicate", bounced: 0 };

    const matches: Prisma.NoticeRecipientWhereInput[] = [];
    if (bounce.originalMessageIds.length > 0) matches.push({ messageId: { in: bounce.originalMessageIds } });
    if (bounce.providerMessageId) matches.push({ providerMessageId: bounce.providerMessageId });
    const recipients: TMatched[] = matches.length === 0 ? [] : await tx.noticeRecipient.findMany({
      where: { status: "sent", OR: matches },
      select: { id: true, address: true, send: { select: { notice: { select: { id: true, incidentId: true, title: true } } } } },
    });

    const bouncedAt = bounce.bouncedAt ?? new Date();
    const reported = bounce.recipients[0] ?? { emailAddress: "", diagnostic: "" };
    const perNotice = new Map<string, { notice: TMatched["send"]["notice"]; count: number }>();
    for (const recipient of recipients) {
      const reason = diagnosticText(reported.diagnostic, reported.emailAddress, recipient.address);
      const marked = await tx.noticeRecipient.updateMany({
        where: { id: recipient.id, status: "sent" },
        data: { status: "bounced", bouncedAt, error: `Bounced after the mail server accepted it (${bounce.bounceType})${reason ? `: ${reason}` : ""}` },
      });
      if (marked.count !== 1) continue;
      const entry = perNotice.get(recipient.send.notice.id) ?? { notice: recipient.send.notice, count: 0 };
      entry.count += 1;
      perNotice.set(recipient.send.notice.id, entry);
    }
    for (const { notice, count } of perNotice.values()) {
      await appendTimelineEvent(tx, {
        incidentId: notice.incidentId,
        kind: "notice.recipients-bounced",
        actor: { kind: "system", name: "Mail provider (bounce report)" },
        payload: { noticeId: notice.id, title: notice.title, bounced: count, bounceType: bounce.bounceType, reportedAt: bouncedAt.toISOString() },
      });
    }
    const bounced = [...perNotice.values()].reduce((sum, entry) => sum + entry.count, 0);
    await tx.noticeBounceReport.create({
      data: { source: report.source, reportId: report.reportId, origin: report.origin, bounceType: bounce.bounceType, matched: bounced, body: new Uint8Array(report.body) },
    });
    return { outcome: bounced > 0 ? "applied" : "unmatched", bounced };
  });
}
