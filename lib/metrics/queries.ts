import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TIncidentMetricInput } from "@/lib/metrics/metrics";

/** The facts metrics need, for the incidents `visible` lets through (newest 500). */
export async function findMetricInputs(visible: Prisma.IncidentWhereInput, db: TDbClient = prisma): Promise<TIncidentMetricInput[]> {
  const incidents = await db.incident.findMany({
    where: visible,
    orderBy: [{ declaredAt: "desc" }, { id: "desc" }],
    take: 500,
    select: { id: true, reference: true, title: true, declaredAt: true },
  });
  const ids = incidents.map((i) => i.id);
  if (ids.length === 0) return [];
  const [firstFindings, awareness, contained, obligations] = await Promise.all([
    db.finding.groupBy({ by: ["incidentId"], where: { incidentId: { in: ids } }, _min: { firstObservedAt: true, sourceCreatedAt: true } }),
    db.incidentDeclaration.findMany({
      where: { incidentId: { in: ids }, moment: "aware", supersededBy: { is: null } },
      select: { incidentId: true, at: true },
    }),
    db.timelineEvent.findMany({
      where: { incidentId: { in: ids }, kind: "incident.status-changed", payload: { path: ["to"], equals: "contained" } },
      orderBy: { sequence: "asc" },
      select: { incidentId: true, occurredAt: true },
    }),
    db.obligation.findMany({
      where: { incidentId: { in: ids }, retiredAt: null, applies: "yes" },
      select: { incidentId: true, ruleId: true, recipient: true, dueAt: true, metAt: true },
    }),
  ]);
  return incidents.map((incident) => {
    const first = firstFindings.find((f) => f.incidentId === incident.id)?._min;
    return {
      ...incident,
      firstObservedAt: first ? (first.firstObservedAt ?? first.sourceCreatedAt ?? null) : null,
      awareAt: awareness.find((a) => a.incidentId === incident.id)?.at ?? null,
      containedAt: contained.find((c) => c.incidentId === incident.id)?.occurredAt ?? null,
      notices: obligations.filter((o) => o.incidentId === incident.id).map(({ ruleId, recipient, dueAt, metAt }) => ({ ruleId, recipient, dueAt, metAt })),
    };
  });
}
