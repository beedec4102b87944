import "server-only";
import { SecurityHubClient, GetFindingsCommand } from "@aws-sdk/client-securityhub";
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
export async function pullSource(sourceId: string, options: { maxAttempts?: number } = {}): Promise<TSourceSummary> {
  const source = await prisma.findingSource.findUniqueOrThrow({ where: { id: sourceId } });
  const name = `${source.kind}:${source.region}`;
  let total = emptyResult();
  let fetched = 0;
  let pages = 0;
  await prisma.findingSource.update({ where: { id: source.id }, data: { lastRunAt: new Date() } });
  try {
    if (source.kind !== "securityhub") throw new Error(`Pulling ${source.kind} sources is not implemented yet`);
    const client = new SecurityHubClient({ region: source.region, maxAttempts: options.maxAttempts ?? 6 });
    const start = pullWindowStart(source.watermark, PULL_OVERLAP_MS, new Date("2015-01-01T00:00:00Z"));
    let nextToken: string | undefined;
    let watermark = source.watermark;
    do {
      const page = await client.send(
        new GetFindingsCommand({
          Filters: { UpdatedAt: [{ Start: start.toISOString(), End: new Date().toISOString() }] },
          SortCriteria: [{ Field: "UpdatedAt", SortOrder: "asc" }],
          MaxResults: 100,
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      );
      const findings = page.Findings ?? [];
      fetched += findings.length;
      pages += 1;
      total = addResults(total, await ingestBatch(findings.map((f) => ({ value: f, raw: JSON.stringify(f) })), { via: `pull:${name}`, actor: SYSTEM_ACTOR }), total.received);
      for (const f of findings) {
        const updated = f.UpdatedAt ? new Date(f.UpdatedAt) : null;
        if (updated && !Number.isNaN(updated.getTime()) && (!watermark || updated > watermark)) watermark = updated;
      }
      await prisma.findingSource.update({ where: { id: source.id }, data: { watermark } });
      nextToken = page.NextToken || undefined;
    } while (nextToken);
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

/** Runs every enabled source once; one failing source does not stop the others. */
export async function syncAllOnce(options: { maxAttempts?: number } = {}) {
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
