import "server-only";
import type { TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { securityControlId } from "@/lib/containment/control-id";
import type { TFindingForContainment } from "@/lib/containment/proposals";
import type { TFindingResource } from "@/lib/findings/schemas";

/** Locks a request (scoped to its incident) for the rest of the transaction, so approvals and changes serialize. */
export async function lockRequest(tx: Prisma.TransactionClient, requestId: string, incidentId: string) {
  await tx.$queryRaw`SELECT id FROM containment_requests WHERE id = ${requestId}::uuid AND incident_id = ${incidentId}::uuid FOR UPDATE`;
  return tx.containmentRequest.findFirst({ where: { id: requestId, incidentId } });
}

export const REQUEST_DETAIL_INCLUDE = {
  approvals: { orderBy: { createdAt: "asc" } },
  executions: { include: { steps: { orderBy: { observedAt: "asc" } } }, orderBy: { attempt: "asc" } },
} as const satisfies Prisma.ContainmentRequestInclude;

function parseRaw(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** The incident's linked findings as the proposal mapping reads them: the control comes from the latest raw version. */
export async function linkedFindingsForContainment(db: TDbClient, incidentId: string): Promise<TFindingForContainment[]> {
  const findings = await db.finding.findMany({
    where: { incidentId },
    select: {
      id: true, title: true, types: true, awsAccountId: true, region: true, resources: true,
      versions: { select: { raw: true }, orderBy: { sourceUpdatedAt: "desc" }, take: 1 },
    },
    orderBy: { severityRank: "desc" },
  });
  return findings.map((f) => ({
    id: f.id,
    title: f.title,
    types: f.types,
    controlId: f.versions[0] ? securityControlId(parseRaw(f.versions[0].raw)) : null,
    awsAccountId: f.awsAccountId,
    region: f.region,
    resources: Array.isArray(f.resources) ? (f.resources as TFindingResource[]) : [],
  }));
}
