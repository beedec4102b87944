import "server-only";
import { GetFindingsCommand } from "@aws-sdk/client-securityhub";
import {
  GetFindingsCommand as GetGuardDutyFindingsCommand,
  type GuardDutyClient,
  ListDetectorsCommand,
  ListFindingsCommand,
} from "@aws-sdk/client-guardduty";
import { guardDutyClient, securityHubClient } from "@/lib/findings/aws-clients";
import { prisma } from "@/lib/db";
import { addResults, commitBatch, emptyResult, INGEST_BATCH_SIZE, prepareBatch, type TIncomingFinding, type TIngestResult } from "@/lib/findings/ingest";
import { pullWindowStart, type TSourceSpec } from "@/lib/findings/sources";
import { log } from "@/lib/log";
import { sendKeepingWireJson, wireList } from "@/lib/findings/wire-json";

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
    // Pages commit one at a time, in order, each with the watermark of everything committed up to it. A page is
    // validated and serialized (CPU) as soon as it arrives, while the page before it may still be committing (database).
    let committing: Promise<void> = Promise.resolve();
    let plannedWatermark = source.watermark;
    const commitPage = (batch: TIncomingFinding[]): Promise<void> => {
      const preparing = prefetch(prepareBatch(batch));
      for (const item of batch) {
        const iso = updatedAtOf(item.value);
        const updated = iso ? new Date(iso) : null;
        if (updated && !Number.isNaN(updated.getTime()) && (!plannedWatermark || updated > plannedWatermark)) plannedWatermark = updated;
      }
      const pageWatermark = plannedWatermark;
      const previous = committing;
      committing = (async () => {
        await previous;
        const prepared = await preparing;
        const began = performance.now();
        // The page and the watermark commit together; durability is deferred to the run's last (synchronous)
        // commit, which records lastSuccessAt or lastError: a crash before it loses pages and watermark alike,
        // and the next run fetches them again.
        const part = await commitBatch(prepared, {
          via: `pull:${name}`,
          actor: SYSTEM_ACTOR,
          deferDurability: true,
          alsoInTransaction: (sql) =>
            sql("UPDATE finding_sources SET watermark = $1::timestamptz WHERE id = $2::uuid", [pageWatermark?.toISOString() ?? null, source.id]),
        });
        total = addResults(total, part, total.received);
        options.onPageCommitted?.({ findings: batch.length, ms: performance.now() - began });
      })();
      return prefetch(committing);
    };
    if (source.kind === "guardduty") {
      await pullGuardDuty(guardDutyClient(source, options.maxAttempts), start, (findings) => {
        fetched += findings.length;
        pages += 1;
        return commitPage(findings);
      });
      await prisma.findingSource.update({ where: { id: source.id }, data: { lastSuccessAt: new Date(), lastError: null } });
      return { ...total, source: name, fetched, pages, error: null };
    }
    const client = securityHubClient(source, options.maxAttempts);
    // One window for every page of this pull: a NextToken belongs to the query that produced it.
    const end = new Date().toISOString();
    const fetchPage = (nextToken: string | undefined) =>
      sendKeepingWireJson(
        new GetFindingsCommand({
          Filters: { UpdatedAt: [{ Start: start.toISOString(), End: end }] },
          SortCriteria: [{ Field: "UpdatedAt", SortOrder: "asc" }],
          MaxResults: 100,
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
        (command) => client.send(command),
        (body) => ({ Findings: [], ...(typeof body.NextToken === "string" ? { NextToken: body.NextToken } : {}) }),
      );
    // Pages are committed in groups of about INGEST_BATCH_SIZE findings (a transaction per 100 findings spent more
    // on its own round trips than on the rows). One page is fetched ahead, and a group is prepared while the group
    // before it commits; at most one group waits, so memory stays flat however many pages there are.
    let pending: ReturnType<typeof fetchPage> | undefined = fetchPage(undefined);
    let previousCommit: Promise<void> = Promise.resolve();
    let group: TIncomingFinding[] = [];
    while (pending) {
      let page: Awaited<ReturnType<typeof fetchPage>>;
      try {
        page = await pending;
      } catch (error) {
        // Whatever was fetched before the failure is stored (with its watermark) so the next run starts after it.
        if (group.length > 0) await Promise.all([previousCommit, commitPage(group)]);
        throw error;
      }
      const nextToken = typeof page.value.NextToken === "string" && page.value.NextToken ? page.value.NextToken : undefined;
      pending = nextToken ? prefetch(fetchPage(nextToken)) : undefined;
      const findings = wireList(page, "Findings");
      fetched += findings.length;
      pages += 1;
      group.push(...findings);
      if (group.length < INGEST_BATCH_SIZE && pending) continue;
      const thisCommit = commitPage(group);
      group = [];
      await previousCommit;
      previousCommit = thisCommit;
    }
    await previousCommit;
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

/** UpdatedAt of an ASFF finding, updatedAt of a native GuardDuty one. */
function updatedAtOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as { UpdatedAt?: unknown; updatedAt?: unknown };
  const iso = record.UpdatedAt ?? record.updatedAt;
  return typeof iso === "string" ? iso : undefined;
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
  commitPage: (batch: TIncomingFinding[]) => Promise<void>,
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
        // The wire carries GuardDuty's native camelCase findings, which is what is normalized and stored.
        const got = await sendKeepingWireJson(
          new GetGuardDutyFindingsCommand({ DetectorId: detectorId, FindingIds: ids }),
          (command) => client.send(command),
          () => ({ findings: [] }),
        );
        await commitPage(wireList(got, "findings"));
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
