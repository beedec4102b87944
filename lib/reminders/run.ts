import "server-only";
import { prisma } from "@/lib/db";
import type { TObligation } from "@/lib/clocks/types";
import { log } from "@/lib/log";
import { mailConfigured, sendMail } from "@/lib/mail/transport";
import { formatCountdown } from "@/lib/obligations/live-status";
import { duePoints, nextReminderAt, OVERDUE_POINT } from "@/lib/reminder-schedule/points";
import { reminderInstantOf, reminderPoints, storeNextReminder, type TRemindable } from "@/lib/reminder-schedule/refresh";
import { incidentReference } from "@/lib/incidents/reference";
import { reminderAudience } from "@/lib/reminders/audience";
import { prismaExecutor } from "@/lib/db/sql";
import { tellOutside } from "@/lib/integrations/tell-outside";

export type TReminderRun = { sent: number; skipped: number; emailed: number; emailFailed: number };

/**
 * One pass of the reminder job: for every obligation whose stored next reminder instant has come (an obligation that
 * applies, is not met or retired, has a due instant and is on an open incident), records each reminder point that has
 * passed, then stores the next instant. The row's unique key (obligation, point, due
 * instant) is the claim: of two workers, or of a run repeated after a restart, exactly one inserts it, and only that
 * one writes the in-console notifications (same transaction) and sends the e-mail (after commit). E-mail is
 * therefore at most once: a crash between commit and send loses the e-mail, never duplicates it; the console
 * notification is always there.
 */
export async function runReminders(now: Date = new Date()): Promise<TReminderRun> {
  const result: TReminderRun = { sent: 0, skipped: 0, emailed: 0, emailFailed: 0 };
  const points = await reminderPoints(prisma);
  // One obligation that cannot be reminded (its e-mail audience read fails, say) must not hold up the others: it is
  // logged, skipped for this pass and tried again at the next.
  const failed: string[] = [];
  for (;;) {
    // Only obligations whose next reminder instant has come (partial index on next_reminder_at); each one looked at
    // moves its instant past `now` or clears it, so the loop ends.
    const due = await prisma.obligation.findMany({
      where: { nextReminderAt: { lte: now }, ...(failed.length > 0 ? { id: { notIn: failed } } : {}) },
      orderBy: { nextReminderAt: "asc" },
      take: SCAN_BATCH,
      select: {
        id: true, incidentId: true, ruleId: true, recipient: true, dueAt: true, evaluation: true, ownerId: true, applies: true, metAt: true, retiredAt: true,
        incident: { select: { reference: true, title: true, commanderId: true, status: true } },
        reminders: { select: { point: true, dueAt: true } },
      },
    });
    for (const obligation of due) {
      try {
        await remindOne(obligation, points, now, result);
      } catch (error) {
        failed.push(obligation.id);
        log.error("reminder pass: one obligation failed", { obligationId: obligation.id, error: error instanceof Error ? error.message : String(error) });
      }
    }
    if (due.length < SCAN_BATCH) return result;
  }
}

const SCAN_BATCH = 200;

type TDueObligation = TRemindable & {
  id: string;
  incidentId: string;
  ruleId: string;
  recipient: string;
  ownerId: string | null;
  incident: { reference: number; title: string; commanderId: string | null; status: string };
};

/** Records (and sends the latest of) the points of one obligation that have passed, then stores its next instant. */
async function remindOne(obligation: TDueObligation, points: string[], now: Date, result: TReminderRun): Promise<void> {
  // A closed incident reminds nobody; reopening it stores its obligations' next instants again.
  if (obligation.incident.status === "closed" || reminderInstantOf(obligation, points) === null) {
    await storeNextReminder(prisma, obligation.id, null);
    return;
  }
  const dueAt = obligation.dueAt as Date;
  const evaluation = obligation.evaluation as TObligation;
  const triggerAt = evaluation.trigger?.at ? Date.parse(evaluation.trigger.at) : null;
  // Reminders recorded for an earlier due instant (before a re-timing) do not count: the new clock gets its own.
  const recorded = new Set(obligation.reminders.filter((r) => r.dueAt.getTime() === dueAt.getTime()).map((r) => r.point));
  const plan = duePoints([...points, OVERDUE_POINT], { startMs: triggerAt, dueMs: dueAt.getTime() }, now.getTime(), recorded);
  for (const point of plan) {
    const overdue = point.label === OVERDUE_POINT;
    const recipients = [...new Set([obligation.ownerId, obligation.incident.commanderId].filter((v): v is string => Boolean(v)))];
    const left = formatCountdown(dueAt.getTime() - now.getTime());
    const title = `${incidentReference(obligation.incident.reference)}: ${obligation.ruleId} (${obligation.recipient}) ${overdue ? `OVERDUE (was due ${left})` : `due ${left}`}`;
    const body =
      `${overdue ? "Overdue: the deadline passed and the obligation is not met." : `${point.label} reminder.`} ${obligation.ruleId} — ${obligation.recipient} — ` +
      `${overdue ? "was" : "is"} due ${dueAt.toISOString()} (UTC), ${evaluation.due ?? ""} in ${evaluation.timeZone}. ${evaluation.citation}.`;
    const claimed = await prisma
      .$transaction(async (tx) => {
        const reminder = await tx.obligationReminder.create({
          data: { obligationId: obligation.id, incidentId: obligation.incidentId, point: point.label, dueAt, fireAt: new Date(point.fireAt), outcome: point.outcome },
          select: { id: true },
        });
        const audience = point.outcome === "sent" ? await reminderAudience(obligation.incidentId, recipients, tx) : [];
        if (audience.length > 0) {
          await tx.notification.createMany({
            data: audience.map(({ id: userId }) => ({
              userId, incidentId: obligation.incidentId, reminderId: reminder.id, title, body, link: `/incidents/${obligation.incidentId}/obligations`,
            })),
          });
        }
        if (point.outcome === "sent") {
          // Webhooks, chat and paging hear of it once, with the reminder (its unique key is the claim).
          await tellOutside(prismaExecutor(tx), {
            incidentId: obligation.incidentId,
            type: overdue ? "obligation.overdue" : "obligation.due_soon",
            sourceId: reminder.id,
            occurredAt: now,
            details: {
              obligationId: obligation.id, ruleId: obligation.ruleId, recipient: obligation.recipient, title: `${obligation.ruleId} — ${obligation.recipient}`,
              dueAt: dueAt.toISOString(), point: point.label,
            },
          });
        }
        return reminder;
      })
      .catch((error: unknown) => {
        // Another worker (or an earlier run) recorded this point for this due instant: not ours to send.
        if ((error as { code?: string }).code === "P2002") return null;
        throw error;
      });
    if (!claimed) continue;
    if (point.outcome === "skipped") {
      result.skipped += 1;
      continue;
    }
    result.sent += 1;
    if (!mailConfigured() || recipients.length === 0) continue;
    // Asked again now: membership or need-to-know may have changed since the claim.
    const users = await reminderAudience(obligation.incidentId, recipients);
    if (users.length === 0) continue;
    try {
      await sendMail({
        to: users.map((u) => u.email),
        subject: `[Breachdesk] ${title}`,
        text: `${body}\n\nIncident: ${obligation.incident.title}\nOpen the register: /incidents/${obligation.incidentId}/obligations\n`,
        messageId: `<reminder-${claimed.id}@breachdesk>`,
      });
      await prisma.obligationReminder.update({ where: { id: claimed.id }, data: { emailedAt: new Date() } });
      result.emailed += 1;
    } catch (error) {
      result.emailFailed += 1;
      const message = error instanceof Error ? error.message : String(error);
      log.warn("reminder e-mail failed", { reminderId: claimed.id, error: message });
      await prisma.obligationReminder.update({ where: { id: claimed.id }, data: { emailError: message.slice(0, 500) } });
    }
  }
  const recordedNow = new Set([...recorded, ...plan.map((p) => p.label)]);
  const next = nextReminderAt(points, { startMs: triggerAt, dueMs: dueAt.getTime() }, recordedNow);
  await storeNextReminder(prisma, obligation.id, next === null ? null : new Date(next));
}
