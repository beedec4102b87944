import { computeCoverage, type TCoverageFinding, type TTrailState } from "@/lib/access-reconstruction/coverage";
import { accessEventFromLookup, accessEventFromRecord, bySuspect, recordFromLakeRow } from "@/lib/access-reconstruction/events";
import { summarizeAccess } from "@/lib/access-reconstruction/summarize";
import type { TScopingParameters, TScopingResult, TStoreKind } from "@/lib/access-reconstruction/types";

/** What CloudTrail answered, as the collector gathered it (and as the evidence item keeps it, in full). */
export type TCloudTrailAnswers = {
  managementEvents: { CloudTrailEvent?: string }[];
  lakeRows: Record<string, string>[][] | null;
  trails: TTrailState[];
};

/**
 * The answers → the result: the suspects' access per store (events by anyone else are dropped, whatever a lookup
 * returned), and coverage for every touched store and every store the linked findings name.
 */
export function buildResult(
  parameters: TScopingParameters,
  answers: TCloudTrailAnswers,
  context: { findings: TCoverageFinding[]; findingStores: { arn: string; kind: TStoreKind; name: string }[]; now: string },
): TScopingResult {
  const management = answers.managementEvents.map(accessEventFromLookup);
  const data = (answers.lakeRows ?? []).map((row) => accessEventFromRecord(recordFromLakeRow(row), "data"));
  const inWindow = (time: string) => time >= parameters.start && time <= parameters.end;
  const matched = [...management, ...data].filter((e) => e !== null && inWindow(e.time) && bySuspect(e, parameters)).map((e) => e!);
  const stores = summarizeAccess(matched);
  const assessed = new Map<string, { arn: string; kind: TStoreKind; name: string }>();
  for (const store of stores) assessed.set(store.storeArn, { arn: store.storeArn, kind: store.storeKind, name: store.storeName });
  for (const store of context.findingStores) if (!assessed.has(store.arn)) assessed.set(store.arn, store);
  const coverage = computeCoverage({
    window: { start: parameters.start, end: parameters.end },
    region: parameters.region,
    stores: [...assessed.values()],
    trails: answers.trails,
    lakeQueried: answers.lakeRows !== null,
    findings: context.findings,
    now: context.now,
  });
  return {
    stores,
    coverage,
    gaps: [...coverage.stores.flatMap((s) => s.sentences), ...coverage.general],
    counts: { managementEvents: answers.managementEvents.length, dataEvents: answers.lakeRows?.length ?? 0, matchedEvents: matched.length },
  };
}

/** The stores a finding's resources name (S3 buckets, DynamoDB tables), so their coverage is assessed even untouched. */
export function storesOfFindingResources(resources: readonly { type: string; id: string; name?: string }[]): { arn: string; kind: TStoreKind; name: string }[] {
  return resources.flatMap((r): { arn: string; kind: TStoreKind; name: string }[] => {
    if (r.type === "AwsS3Bucket" && /^arn:aws[a-z-]*:s3:::[a-z0-9.-]{3,63}$/.test(r.id)) return [{ arn: r.id, kind: "s3", name: r.id.split(":::")[1]! }];
    if (r.type === "AwsDynamoDbTable" && /^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/[A-Za-z0-9_.-]{3,255}$/.test(r.id)) {
      return [{ arn: r.id, kind: "dynamodb", name: r.id.split("/")[1]! }];
    }
    return [];
  });
}
