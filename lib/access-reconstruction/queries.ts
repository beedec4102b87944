import "server-only";
import type { TDbClient } from "@/lib/db";
import { securityControlId } from "@/lib/containment/control-id";
import type { TCoverageFinding } from "@/lib/access-reconstruction/coverage";
import { storesOfFindingResources } from "@/lib/access-reconstruction/result";
import type { TFindingForSuspects } from "@/lib/access-reconstruction/suspects";
import type { TStoreKind } from "@/lib/access-reconstruction/types";

function parseRaw(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** The incident's linked findings as the pre-fill and the coverage read them (their latest raw payload included). */
export async function findingsForScoping(db: TDbClient, incidentId: string) {
  const findings = await db.finding.findMany({
    where: { incidentId },
    select: {
      title: true, types: true, complianceStatus: true, recordState: true, firstObservedAt: true, lastObservedAt: true, resources: true,
      versions: { select: { raw: true }, orderBy: { sourceUpdatedAt: "desc" }, take: 1 },
    },
    orderBy: { severityRank: "desc" },
    take: 500,
  });
  const forSuspects: TFindingForSuspects[] = [];
  const forCoverage: TCoverageFinding[] = [];
  const stores = new Map<string, { arn: string; kind: TStoreKind; name: string }>();
  for (const f of findings) {
    const raw = f.versions[0] ? parseRaw(f.versions[0].raw) : null;
    forSuspects.push({ raw, firstObservedAt: f.firstObservedAt, lastObservedAt: f.lastObservedAt });
    forCoverage.push({
      title: f.title, types: f.types, controlId: securityControlId(raw), complianceStatus: f.complianceStatus, recordState: f.recordState,
      firstObservedAt: f.firstObservedAt?.toISOString() ?? null, lastObservedAt: f.lastObservedAt?.toISOString() ?? null,
    });
    for (const store of storesOfFindingResources(Array.isArray(f.resources) ? (f.resources as { type: string; id: string }[]) : [])) stores.set(store.arn, store);
  }
  return { forSuspects, forCoverage, stores: [...stores.values()] };
}

export const RUN_SELECT = {
  id: true, status: true, parameters: true, region: true, roleArn: true, lakeQuery: true, result: true, evidenceId: true, resultSha256: true,
  linkedArns: true, failure: true, requestedByLabel: true, createdAt: true, finishedAt: true, attempts: true,
} as const;
