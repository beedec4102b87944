import "server-only";
import { guardDutyClient, securityHubClient } from "@/lib/findings/aws-clients";
import { prisma } from "@/lib/db";
import type { TIngestResult } from "@/lib/findings/ingest";
import { pullCommits } from "@/lib/findings/pull-commits";
import { pullGuardDuty, pullSecurityHub } from "@/lib/findings/pull-providers";
import { pullWindowStart, type TSourceSpec } from "@/lib/findings/sources";
import { log } from "@/lib/log";

export const PULL_OVERLAP_MS = 5 * 60_000;

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

export type TPullOptions = {
  maxAttempts?: number;
  /** Called after each commit (a group of pages) with its watermark (benchmarks, progress). */
  onPageCommitted?: (commit: { findings: number; ms: number }) => void;
};

/**
 * Pulls one source from its watermark minus an overlap (so a process killed mid-sync resumes without a gap, and
 * the overlap's replays change nothing), recording the outcome on the source: lastSuccessAt, or lastError while
 * everything fetched before the failure stays stored.
 */
export async function pullSource(sourceId: string, options: TPullOptions = {}): Promise<TSourceSummary> {
  const source = await prisma.findingSource.findUniqueOrThrow({ where: { id: sourceId } });
  const name = `${source.kind}:${source.region}`;
  const progress = { fetched: 0, pages: 0 };
  const commits = pullCommits(source, `pull:${name}`, options.onPageCommitted);
  await prisma.findingSource.update({ where: { id: source.id }, data: { lastRunAt: new Date() } });
  try {
    const start = pullWindowStart(source.watermark, PULL_OVERLAP_MS, new Date("2015-01-01T00:00:00Z"));
    if (source.kind === "guardduty") await pullGuardDuty(guardDutyClient(source, options.maxAttempts), start, commits, progress);
    else await pullSecurityHub(securityHubClient(source, options.maxAttempts), start, commits, progress);
    // A synchronous commit: it also makes every deferred-durability commit of this pull durable.
    await prisma.findingSource.update({ where: { id: source.id }, data: { lastSuccessAt: new Date(), lastError: null } });
    const total = commits.total();
    if (total.rejected > 0) {
      // Rejected findings are passed (the watermark moves on, so the source never stalls): say which, and why.
      log.warn("findings source: findings rejected", { source: name, rejected: total.rejected, first: total.rejections.slice(0, 5) });
    }
    return { ...total, source: name, ...progress, error: null };
  } catch (error) {
    // The SDK's messages carry no credentials; keep them short anyway.
    const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
    log.warn("findings source failed", { source: name, error: message });
    await prisma.findingSource.update({ where: { id: source.id }, data: { lastError: message } });
    return { ...commits.total(), source: name, ...progress, error: message };
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
