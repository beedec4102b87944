import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/auth/policy";

/**
 * Which incidents an actor may see, as a Prisma filter applied by every read path (list, page, API, timeline,
 * verify, writes). A restricted (need-to-know) incident is visible only to administrators, its commander and
 * its members; anyone else gets the same 404 as for an incident that does not exist.
 */
export function visibleIncidentsWhere(actor: TActor): Prisma.IncidentWhereInput {
  if (actor.roles.includes("admin")) return {};
  if (actor.kind !== "user") return { restricted: false };
  return { OR: [{ restricted: false }, { commanderId: actor.id }, { members: { some: { userId: actor.id } } }] };
}
