import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log";
import { actorLabel } from "@/lib/timeline/append";
import { classify, type TTagRule } from "@/lib/inventory/classify";
import { columnsFromState, discoveredState, OVERRIDABLE_FIELDS, stateDiff, type TDiscoveredState } from "@/lib/inventory/merge";
import type { TDiscoveredStore } from "@/lib/inventory/normalise";
import { inventoryUnits, type TInventoryUnit } from "@/lib/inventory/units";

/**
 * One inventory refresh. The AWS calls run first, with no transaction open (and at most four units at a time); then
 * each unit's findings are applied in a short transaction of their own: stores upserted by ARN (hand values kept),
 * one history row per store that appeared, changed, went or came back. A unit whose calls failed records its error
 * in the run and changes nothing; the other units go on. One refresh runs at a time (a unique index on running runs).
 */

export type TUnitResult = {
  scope: string;
  service: string;
  region: string;
  roleArn: string;
  accountId: string | null;
  ok: boolean;
  found: number;
  changes: number;
  error?: string;
};

export type TRunOptions = {
  trigger: "schedule" | "manual";
  requestedBy?: string | null;
  /** The AWS side; tests pass the real one against the simulator, or a failing one. */
  discover?: (unit: TInventoryUnit) => Promise<TDiscoveredStore[]>;
};

/** "Refresh inventory now" (administrators). */
export async function refreshInventory(actor: TActor) {
  assertCan(actor, "datastore.manage");
  return runInventory({ trigger: "manual", requestedBy: actorLabel(actor) });
}

/** A run left "running" this long was cut off (a process died): it no longer blocks the next one. */
const STALE_RUN_MS = 60 * 60 * 1000;
const PARALLEL_UNITS = 4;

export async function runInventory(options: TRunOptions) {
  const discover = options.discover ?? (await import("@/lib/inventory/aws-discovery")).discoverUnit;
  const run = await startRun(options);
  try {
    const sources = await prisma.findingSource.findMany({ where: { enabled: true }, select: { region: true, roleArn: true } });
    const units = inventoryUnits(sources);
    const outcomes = await mapLimit(units, PARALLEL_UNITS, async (unit) => {
      try {
        return { unit, stores: await discover(unit) };
      } catch (error) {
        return { unit, error: awsErrorText(error) };
      }
    });
    fillAccountIds(outcomes);
    const rules = await prisma.inventoryTagRule.findMany({ select: { tagKey: true, tagValue: true, dataCategories: true, jurisdictions: true } });
    const results: TUnitResult[] = [];
    for (const outcome of outcomes) {
      const { unit } = outcome;
      const base = { scope: unit.scope, service: unit.service, region: unit.region, roleArn: unit.roleArn, accountId: unit.accountId };
      if (!("stores" in outcome) || outcome.stores === undefined) {
        results.push({ ...base, ok: false, found: 0, changes: 0, error: outcome.error });
        continue;
      }
      try {
        const changes = await applyUnit(run.id, unit, outcome.stores, rules);
        results.push({ ...base, ok: true, found: outcome.stores.length, changes });
      } catch (error) {
        results.push({ ...base, ok: false, found: outcome.stores.length, changes: 0, error: `Not saved: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}` });
      }
    }
    const failed = results.filter((r) => !r.ok).length;
    const status = failed === 0 ? "succeeded" : failed === results.length ? "failed" : "partial";
    const changes = results.reduce((sum, r) => sum + r.changes, 0);
    const finished = await prisma.inventoryRun.update({
      where: { id: run.id },
      data: { status, results: results as unknown as Prisma.InputJsonValue, changes, finishedAt: new Date() },
    });
    if (failed > 0) log.warn("inventory refresh: some units failed", { runId: run.id, failed, errors: results.filter((r) => !r.ok).map((r) => `${r.scope}: ${r.error}`) });
    return finished;
  } catch (error) {
    await prisma.inventoryRun.update({ where: { id: run.id }, data: { status: "failed", finishedAt: new Date() } });
    throw error;
  }
}

async function startRun(options: TRunOptions) {
  return prisma.$transaction(async (tx) => {
    await tx.inventoryRun.updateMany({
      where: { status: "running", startedAt: { lt: new Date(Date.now() - STALE_RUN_MS) } },
      data: { status: "failed", finishedAt: new Date() },
    });
    const running = await tx.inventoryRun.findFirst({ where: { status: "running" }, select: { id: true } });
    if (running) throw AppError.conflict("An inventory refresh is already running. Its result appears here when it ends.");
    return tx.inventoryRun.create({ data: { trigger: options.trigger, requestedBy: options.requestedBy ?? null } });
  });
}

/** The error as one line for the run's results: the AWS error name and message (text, never HTML). */
export function awsErrorText(error: unknown): string {
  if (error instanceof Error) {
    const name = error.name && error.name !== "Error" ? `${error.name}: ` : "";
    return `${name}${error.message}`.slice(0, 500);
  }
  return String(error).slice(0, 500);
}

/**
 * With the standard credentials (no role) an S3 bucket's ARN names no account: it is the account the same
 * credentials' other stores (RDS, DynamoDB, Redshift ARNs) are in, when they all agree.
 */
function fillAccountIds(outcomes: readonly { unit: TInventoryUnit; stores?: TDiscoveredStore[] }[]): void {
  const accounts = new Map<string, Set<string>>();
  for (const { unit, stores } of outcomes) {
    for (const store of stores ?? []) if (store.accountId) accounts.set(unit.roleArn, (accounts.get(unit.roleArn) ?? new Set()).add(store.accountId));
  }
  for (const { unit, stores } of outcomes) {
    const known = accounts.get(unit.roleArn);
    if (!known || known.size !== 1) continue;
    const [accountId] = [...known];
    for (const store of stores ?? []) store.accountId ??= accountId!;
  }
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

type TRule = Pick<TTagRule, "tagKey" | "tagValue" | "dataCategories" | "jurisdictions">;

/** Applies one unit's stores in one transaction; returns the number of history rows written. */
async function applyUnit(runId: string, unit: TInventoryUnit, found: readonly TDiscoveredStore[], rules: readonly TRule[]): Promise<number> {
  const stores = [...new Map(found.map((s) => [s.arn, s])).values()];
  const arns = stores.map((s) => s.arn);
  return prisma.$transaction(async (tx) => {
    // Lock the rows this unit touches, in a fixed order, so a person's edit waits (or is waited for) rather than lost.
    await tx.$executeRaw`SELECT id FROM data_stores WHERE arn = ANY(${arns}::text[]) OR (discovery_scope = ${unit.scope} AND gone_since IS NULL) ORDER BY id FOR UPDATE`;
    const existing = await tx.dataStore.findMany({
      where: { OR: [{ arn: { in: arns } }, { discoveryScope: unit.scope, goneSince: null, source: "discovered" }] },
    });
    const byArn = new Map(existing.map((row) => [row.arn, row]));
    const now = new Date();
    let changes = 0;
    const history = (dataStoreId: string, arn: string, change: "appeared" | "changed" | "gone" | "returned", before: unknown, after: unknown) => {
      changes += 1;
      return tx.dataStoreChange.create({
        data: {
          runId, dataStoreId, arn, change, at: now,
          ...(before === null ? {} : { before: before as Prisma.InputJsonValue }),
          ...(after === null ? {} : { after: after as Prisma.InputJsonValue }),
        },
      });
    };
    for (const store of stores) {
      const state = discoveredState(store, classify(store.tags, rules));
      const json = state as unknown as Prisma.InputJsonValue;
      const row = byArn.get(store.arn);
      if (!row) {
        const created = await tx.dataStore.create({
          data: {
            arn: store.arn, source: "discovered", ...writable(state, []), name: state.name, dataCategories: state.dataCategories, encrypted: state.encrypted,
            discovered: json, discoveryScope: unit.scope, lastSeenAt: now,
          },
        });
        await history(created.id, store.arn, "appeared", null, state);
        continue;
      }
      // A store typed in by hand keeps every hand value; discovery adds what AWS says beside them.
      const overrides = row.source === "manual" ? [...OVERRIDABLE_FIELDS] : row.manualOverrides;
      const previous = row.discovered as TDiscoveredState | null;
      const diff = stateDiff(previous, state);
      await tx.dataStore.update({
        where: { id: row.id },
        data: { source: "discovered", manualOverrides: overrides, ...writable(state, overrides), discovered: json, discoveryScope: unit.scope, lastSeenAt: now, goneSince: null },
      });
      if (row.goneSince) await history(row.id, row.arn, "returned", diff.keys.length ? diff.before : null, state);
      else if (!previous) await history(row.id, row.arn, "appeared", null, state);
      else if (diff.keys.length > 0) await history(row.id, row.arn, "changed", diff.before, diff.after);
    }
    const seen = new Set(arns);
    for (const row of existing) {
      if (seen.has(row.arn) || row.discoveryScope !== unit.scope || row.goneSince || row.source !== "discovered") continue;
      await tx.dataStore.update({ where: { id: row.id }, data: { goneSince: now } });
      await history(row.id, row.arn, "gone", row.discovered, null);
    }
    return changes;
  });
}

function writable(state: TDiscoveredState, overrides: readonly string[]) {
  const { residency, tags, ...rest } = columnsFromState(state, overrides);
  return {
    ...rest,
    ...(residency === undefined ? {} : { residency: residency as Prisma.InputJsonValue }),
    tags: tags as Prisma.InputJsonValue,
  };
}
