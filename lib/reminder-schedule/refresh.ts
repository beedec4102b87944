import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TObligation } from "@/lib/clocks/types";
import { DEFAULT_REMINDER_POINTS, nextReminderAt } from "@/lib/reminder-schedule/points";

/**
 * The stored next reminder instant of each obligation (obligations.next_reminder_at), which the reminders scan reads
 * instead of every running clock. Whatever can make a reminder come sooner — a new obligation, a re-timed or revived
 * one, changed reminder points, a reopened incident — refreshes it in the transaction that made the change; a value
 * that is too early only costs the scan one look (it then stores the right one).
 */

export type TRemindable = {
  applies: string;
  metAt: Date | null;
  retiredAt: Date | null;
  dueAt: Date | null;
  evaluation: unknown;
  reminders: { point: string; dueAt: Date }[];
};

/** Null when the obligation will not remind again (met, retired, not applying, untimed, provisional rule). */
export function reminderInstantOf(row: TRemindable, points: string[]): Date | null {
  if (row.applies !== "yes" || row.metAt || row.retiredAt || !row.dueAt) return null;
  const evaluation = row.evaluation as Pick<TObligation, "verification" | "trigger">;
  if (evaluation.verification === "P") return null;
  const dueMs = row.dueAt.getTime();
  const startMs = evaluation.trigger?.at ? Date.parse(evaluation.trigger.at) : null;
  // Reminders recorded for an earlier due instant (before a re-timing) do not count: the new clock gets its own.
  const recorded = new Set(row.reminders.filter((r) => r.dueAt.getTime() === dueMs).map((r) => r.point));
  const next = nextReminderAt(points, { startMs, dueMs }, recorded);
  return next === null ? null : new Date(next);
}

export async function reminderPoints(tx: Prisma.TransactionClient): Promise<string[]> {
  const settings = await tx.reminderSettings.findUnique({ where: { id: "default" }, select: { points: true } });
  return settings?.points ?? DEFAULT_REMINDER_POINTS;
}

/** Stores the next reminder instant of every obligation of an incident that can remind or had one stored. */
export async function refreshNextReminders(tx: Prisma.TransactionClient, incidentId: string): Promise<void> {
  const points = await reminderPoints(tx);
  const rows = await tx.obligation.findMany({
    where: { incidentId, OR: [{ applies: "yes", metAt: null, retiredAt: null, dueAt: { not: null } }, { nextReminderAt: { not: null } }] },
    select: {
      id: true, applies: true, metAt: true, retiredAt: true, dueAt: true, evaluation: true, nextReminderAt: true,
      reminders: { select: { point: true, dueAt: true } },
    },
  });
  const changed = rows
    .map((row) => ({ id: row.id, before: row.nextReminderAt, next: reminderInstantOf(row, points) }))
    .filter((row) => row.next?.getTime() !== row.before?.getTime());
  if (changed.length === 0) return;
  // One statement for the incident, however many obligations a change re-timed.
  await tx.$executeRaw`
    UPDATE obligations o SET next_reminder_at = v.at
      FROM unnest(${changed.map((c) => c.id)}::uuid[], ${changed.map((c) => c.next?.toISOString() ?? null)}::timestamptz[]) AS v(id, at)
     WHERE o.id = v.id`;
}

/** Plain SQL so that the obligation's updated_at and version stay those of its last real change. */
export async function storeNextReminder(tx: Prisma.TransactionClient, obligationId: string, at: Date | null): Promise<void> {
  await tx.$executeRaw`UPDATE obligations SET next_reminder_at = ${at} WHERE id = ${obligationId}::uuid`;
}
