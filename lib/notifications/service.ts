import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { visibleIncidentsWhere } from "@/lib/auth/incident-access";

export const ZMarkReadInput = z
  .object({ ids: z.array(z.uuid({ error: "must be notification ids" })).max(200).optional() })
  .strict();
export type TMarkReadInput = z.input<typeof ZMarkReadInput>;

/**
 * The signed-in user's in-console notifications (obligation reminders), newest first. Notifications about an
 * incident the user may no longer see (need-to-know lifted from them) are left out.
 */
export async function listNotifications(actor: TActor, limit = 100) {
  assertCan(actor, "notification.list");
  if (actor.kind !== "user") return { items: [], unread: 0 };
  const rows = await prisma.notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, incidentId: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  });
  const incidentIds = [...new Set(rows.map((r) => r.incidentId).filter((v): v is string => v !== null))];
  const visible = new Set(
    (await prisma.incident.findMany({ where: { AND: [{ id: { in: incidentIds } }, visibleIncidentsWhere(actor)] }, select: { id: true } })).map((i) => i.id),
  );
  const items = rows.filter((r) => r.incidentId === null || visible.has(r.incidentId));
  return { items, unread: items.filter((r) => !r.readAt).length };
}

/** Marks the named notifications (or all) of the signed-in user read. */
export async function markNotificationsRead(actor: TActor, input: TMarkReadInput) {
  assertCan(actor, "notification.mark-read");
  const data = ZMarkReadInput.parse(input);
  if (actor.kind !== "user") return { updated: 0 };
  const written = await prisma.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(data.ids ? { id: { in: data.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { updated: written.count };
}
