import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const incidentSummarySelect = {
  id: true,
  reference: true,
  title: true,
  severity: true,
  status: true,
  declaredAt: true,
  updatedAt: true,
  commander: { select: { id: true, name: true } },
} as const;

const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/** Every incident not yet closed that the caller may see, most severe first, then most recently declared. */
export async function findActiveIncidents(visible: Prisma.IncidentWhereInput, db: TDbClient = prisma) {
  const rows = await db.incident.findMany({
    where: { AND: [visible, { status: { not: "closed" } }] },
    orderBy: [{ declaredAt: "desc" }, { id: "desc" }],
    take: 500,
    select: { ...incidentSummarySelect, restricted: true },
  });
  return rows.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
