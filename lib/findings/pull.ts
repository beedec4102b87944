import "server-only";
import { GetFindingsCommand } from "@aws-sdk/client-securityhub";
import {
  GetFindingsCommand as GetGuardDutyFindingsCommand,
  type GuardDutyClient,
  ListDetectorsCommand,
  ListFindingsCommand,
} from "@aws-sdk/client-guardduty";
import { guardDutyClient, securityHubClient } from "@/lib/findings/aws-clients";
import { toNativeGuardDuty } from "@/lib/findings/guardduty-shape";
import { prisma } from "@/lib/db";
import { addResults, emptyResult, ingestBatch, type TIngestResult } from "@/lib/findings/ingest";
import { pullWindowStart, type TSourceSpec } from "@/lib/findings/sources";
import { log } from "@/lib/log";

export const PULL_OVERLAP_MS = 5 * 60_000;
const SYSTEM_ACTOR = { kind: "system", name: "Findings sync" } as const;

/** Creates the rows for sources named in BREACHDESK_AWS_SOURCES that do not exist yet. */
export async function ensureSources(specs: TSourceSpec[]) {
  for (const spec of specs) {
    await prisma.findingSource.upsert({
      where: { kind_region_roleArn: spec },
      create: spec,
      update: {},
    });
  }
}

export type TSourceSummary = TIngestResult & { source: string; fetched: number; pages: number; error: string | null };

/**
 * Pulls one Security Hub source: GetFindings 100 per page, UpdatedAt from the watermark minus an overlap, oldest
 * first. Each page is stored in its own transaction and only then is the watermark moved to the page's newest
 * UpdatedAt, so a process killed mid-sync resumes without a gap (and the overlap's replays change nothing).
 * Throttling and 5xx are retried by the SDK's standard retry strategy with exponential backoff (maxAttempts).
 */
export type TPullOptions = {
  maxAttempts?: number;
  /** Called after each page is committed and its watermark stored (benchmarks, progress). */
  onPageCommitted?: (page: { findings: number; ms: number }) => void;
};

export async function pullSource(sourceId: string, options: TPullOptions = {}): Promise<TSourceSummary> {
  const source = await prisma.findingSource.findUniqueOrThrow({ where: { id: sourceId } });
  const name = `${source.kind}:${source.region}`;
  let total = emptyResult();
  let fetched = 0;
  let pages = 0;
  await prisma.findingSource.update({ where: { id: source.id }, data: { lastRunAt: new Date() } });
  try {
    const start = pullWindowStart(source.watermark, PULL_OVERLAP_MS, new Date("2015-01-01T00:00:00Z"));
    let watermark = source.watermark;
    // Stores one page, then (only then) moves the watermark to the newest UpdatedAt committed.
    const commitPage = async (values: unknown[], updatedAts: (string | undefined)[]) => {
      const began = performance.now();
      fetched += values.length;
      pages += 1;
      const batch = values.map((value) => ({ value, raw: JSON.stringify(value) }));
      total = addResults(total, await ingestBatch(batch, { via: `pull:${name}`, actor: SYSTEM_ACTOR }), total.received);
      for (const iso of updatedAts) {
        const updated = iso ? new Date(iso) : null;
        if (updated && !Number.isNaN(updated.getTime()) && (!watermark || updated > watermark)) watermark = updated;
      }
      await prisma.findingSource.update({ where: { id: source.id }, data: { watermark } });
      options.onPageCommitted?.({ findings: values.length, ms: performance.now() - began });
    };
    if (source.kind === "guardduty") {
      await pullGuardDuty(guardDutyClient(source, options.maxAttempts), start, commitPage);
      await prisma.findingSource.update({ where: { id: source.id }, data: { lastSuccessAt: new Date(), lastError: null } });
      return { ...total, source: name, fetched, pages, error: null };
    }
    const client = securityHubClient(source, options.maxAttempts);
    // One window for every page of this pull: a NextToken belongs to the query that produced it.
    const end = new Date().toISOString();
    const fetchPage = (nextToken: string | undefined) =>
      client.send(
        new GetFindingsCommand({
          Filters: { UpdatedAt: [{ Start: start.toISOString(), End: end }] },
          SortCriteria: [{ Field: "UpdatedAt", SortOrder: "asc" }],
          MaxResults: 100,
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      );
    // One page ahead: the next page is fetched while this one is committed. Pages are still committed in order,
    // one at a time, and the watermark still moves only after its page is stored.
    let pending: ReturnType<typeof fetchPage> | undefined = fetchPage(undefined);
    while (pending) {
      const page: Awaited<ReturnType<typeof fetchPage>> = await pending;
      const nextToken = page.NextToken || undefined;
      pending = nextToken ? prefetch(fetchPage(nextToken)) : undefined;
      const findings = page.Findings ?? [];
      await commitPage(findings, findings.map((f) => f.UpdatedAt));
    }
    await prisma.findingSource.update({ where: { id: source.id }, data: { lastSuccessAt: new Date(), lastError: null } });
    return { ...total, source: name, fetched, pages, error: null };
  } catch (error) {
    // The SDK's messages carry no credentials; keep them short anyway.
    const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
    log.warn("findings source failed", { source: name, error: message });
    await prisma.findingSource.update({ where: { id: source.id }, data: { lastError: message } });
    return { ...total, source: name, fetched, pages, error: message };
  }
}

/** A request started ahead of its use: if the commit before it fails, its own failure must not go unhandled. */
function prefetch<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * GuardDuty: every detector of the region (ListDetectors), finding ids updated since the window start, oldest first
 * (ListFindings, 50 per page), then the findings themselves (GetFindings), restored to GuardDuty's native shape.
 */
async function pullGuardDuty(
  client: GuardDutyClient,
  start: Date,
  commitPage: (values: unknown[], updatedAts: (string | undefined)[]) => Promise<void>,
) {
  const detectors = await client.send(new ListDetectorsCommand({}));
  for (const detectorId of detectors.DetectorIds ?? []) {
    let nextToken: string | undefined;
    do {
      const list = await client.send(
        new ListFindingsCommand({
          DetectorId: detectorId,
          FindingCriteria: { Criterion: { updatedAt: { GreaterThanOrEqual: start.getTime() } } },
          SortCriteria: { AttributeName: "updatedAt", OrderBy: "ASC" },
          MaxResults: 50,
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      );
      const ids = list.FindingIds ?? [];
      if (ids.length > 0) {
        const got = await client.send(new GetGuardDutyFindingsCommand({ DetectorId: detectorId, FindingIds: ids }));
        const findings = (got.Findings ?? []).map((f) => toNativeGuardDuty(f) as { updatedAt?: string });
        await commitPage(findings, findings.map((f) => f.updatedAt));
      }
      nextToken = list.NextToken || undefined;
    } while (nextToken);
  }
}

/** Runs every enabled source once; one failing source does not stop the others. */
export async function syncAllOnce(options: TPullOptions = {}) {
  const sources = await prisma.findingSource.findMany({ where: { enabled: true }, orderBy: { createdAt: "asc" } });
  const results: TSourceSummary[] = [];
  for (const source of sources) results.push(await pullSource(source.id, options));
  const sum = (k: "fetched" | "inserted" | "updated" | "unchanged" | "rejected") => results.reduce((n, r) => n + r[k], 0);
  return {
    fetched: sum("fetched"),
    inserted: sum("inserted"),
    updated: sum("updated"),
    unchanged: sum("unchanged"),
    rejected: sum("rejected"),
    failedSources: results.filter((r) => r.error).length,
    sources: results.map(({ rejections: _r, ...r }) => ({ ...r, rejections: _r.length })),
  };
}
