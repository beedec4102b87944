import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { can, type TActor } from "@/lib/auth/policy";
import { containmentRoleFor } from "@/lib/containment/accounts";
import { AppError } from "@/lib/errors/app-error";
import { changeFactsIn } from "@/lib/fact-changes/update-facts";
import { mergeStore } from "@/lib/incident-facts/changes";
import type { TResidency } from "@/lib/incident-facts/schemas";
import { actorLabel, appendTimelineEvent } from "@/lib/timeline/append";
import { buildLakeQuery, LakeQueryError } from "@/lib/access-reconstruction/lake-query";
import { findingsForScoping, RUN_SELECT } from "@/lib/access-reconstruction/queries";
import { ZLinkStoresInput, ZRequestScopingInput, type TLinkStoresInput, type TRequestScopingInput } from "@/lib/access-reconstruction/schemas";
import { suspectsFromFindings } from "@/lib/access-reconstruction/suspects";
import type { TScopingParameters, TScopingResult } from "@/lib/access-reconstruction/types";

/**
 * Scoping from CloudTrail: a request records what to look for (the worker does the looking, lib/access-reconstruction/
 * runner.ts); reading shows the runs with their results; linking a touched store is a facts change.
 */

const TX = { timeout: 30_000, maxWait: 15_000 };

type TRunRow = Prisma.ScopingRunGetPayload<{ select: typeof RUN_SELECT }>;
const view = (run: TRunRow) => ({
  ...run,
  parameters: run.parameters as TScopingParameters,
  result: run.result as TScopingResult | null,
});
export type TScopingRunView = ReturnType<typeof view>;

/** The Scoping tab: the suspects the linked findings name, the runs (newest first), and which touched stores are in the inventory. */
export async function getScoping(actor: TActor, incidentId: string) {
  assertCan(actor, "scoping.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const [findings, runs] = await Promise.all([
    findingsForScoping(prisma, incidentId),
    prisma.scopingRun.findMany({ where: { incidentId }, select: RUN_SELECT, orderBy: { createdAt: "desc" }, take: 20 }),
  ]);
  const views = runs.map(view);
  const arns = [...new Set(views.flatMap((r) => r.result?.stores.map((s) => s.storeArn) ?? []))];
  const inventory = arns.length ? await prisma.dataStore.findMany({ where: { arn: { in: arns } }, select: { id: true, arn: true, name: true, dataCategories: true, residency: true } }) : [];
  const facts = await prisma.incidentFacts.findUnique({ where: { incidentId }, select: { version: true } });
  return {
    prefill: suspectsFromFindings(findings.forSuspects),
    runs: views,
    inventory: inventory.map((s) => ({ ...s, residency: s.residency as TResidency })),
    factsVersion: facts?.version ?? 0,
    viewer: { mayRun: can(actor, "scoping.run"), mayLink: can(actor, "incident.facts.update") },
  };
}

export async function getScopingRun(actor: TActor, incidentId: string, runId: string) {
  assertCan(actor, "scoping.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const run = await prisma.scopingRun.findFirst({ where: { id: runId, incidentId }, select: RUN_SELECT });
  if (!run) throw AppError.notFound("The reconstruction");
  return view(run);
}

/** The latest finished reconstruction's gap sentences (the exec view and the report say them). */
export async function latestScopingGaps(incidentId: string): Promise<{ runId: string; finishedAt: Date | null; gaps: string[] } | null> {
  const run = await prisma.scopingRun.findFirst({ where: { incidentId, status: "succeeded" }, orderBy: { finishedAt: "desc" }, select: { id: true, finishedAt: true, result: true } });
  if (!run) return null;
  return { runId: run.id, finishedAt: run.finishedAt, gaps: (run.result as TScopingResult | null)?.gaps ?? [] };
}

/**
 * Records a reconstruction for the worker. Nothing is asked of AWS here: the role is the account's findings source
 * role (as containment uses), the Lake SQL is built now from the validated values (so a bad value is a 400 now, and
 * the statement is on record before it runs).
 */
export async function requestScoping(actor: TActor, incidentId: string, input: TRequestScopingInput) {
  assertCan(actor, "scoping.run");
  const data = ZRequestScopingInput.parse(input);
  await requireVisibleIncident(prisma, actor, incidentId);
  let roleArn = "";
  if (data.accountId) {
    const role = await containmentRoleFor(prisma, data.accountId);
    if (!role) throw AppError.badRequest("Breachdesk has no role in that account.", [{ name: "accountId", reason: "has no enabled findings source with a role in this account" }]);
    roleArn = role;
  }
  const parameters: TScopingParameters = data;
  let lakeQuery: string | null = null;
  if (data.eventDataStore) {
    try {
      lakeQuery = buildLakeQuery(parameters);
    } catch (error) {
      if (error instanceof LakeQueryError) throw AppError.badRequest("The CloudTrail Lake query cannot be built from these values.", [{ name: error.field, reason: error.message.slice(error.field.length + 1) }]);
      throw error;
    }
  }
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const run = await tx.scopingRun.create({
      data: {
        incidentId, parameters: parameters as unknown as Prisma.InputJsonValue, region: data.region, roleArn, lakeQuery,
        requestedById: actor.kind === "user" ? actor.id : null, requestedByLabel: actorLabel(actor),
      },
      select: RUN_SELECT,
    });
    await appendTimelineEvent(tx, {
      incidentId, kind: "scoping.requested", actor,
      payload: {
        runId: run.id, region: data.region, accountId: data.accountId, start: data.start, end: data.end,
        accessKeyIds: data.accessKeyIds, principals: data.principals, sourceIps: data.sourceIps, eventDataStore: data.eventDataStore,
      },
    });
    return view(run);
  }, TX);
}

/**
 * Links stores a reconstruction found touched to the incident: each must be in the data inventory, and their
 * categories and residents join the facts through the facts change path (timeline diff, register re-evaluated).
 */
export async function linkTouchedStores(actor: TActor, incidentId: string, runId: string, input: TLinkStoresInput) {
  assertCan(actor, "incident.facts.update");
  const data = ZLinkStoresInput.parse(input);
  const run = await getScopingRun(actor, incidentId, runId);
  const touched = new Map((run.result?.stores ?? []).map((s) => [s.storeArn, s]));
  const problems = data.storeArns.flatMap((arn, i) => (touched.has(arn) ? [] : [{ name: `storeArns.${i}`, reason: "is not a store this reconstruction found touched" }]));
  if (run.status !== "succeeded") throw AppError.badRequest("This reconstruction has not finished.", [{ name: "runId", reason: "must be a finished reconstruction" }]);
  if (problems.length) throw AppError.badRequest("Only stores the reconstruction found touched can be linked.", problems);
  const stores = await prisma.dataStore.findMany({ where: { arn: { in: data.storeArns } } });
  const byArn = new Map(stores.map((s) => [s.arn, s]));
  const missing = data.storeArns.flatMap((arn, i) => (byArn.has(arn) ? [] : [{ name: `storeArns.${i}`, reason: "is not in the data inventory: an administrator adds it (with its categories and residents) first" }]));
  if (missing.length) throw AppError.badRequest("A store must be in the data inventory to be linked.", missing);
  const words = data.storeArns.map((arn) => {
    const access = touched.get(arn)!;
    return `${byArn.get(arn)!.name} (${arn}): ${access.objectCount} object${access.objectCount === 1 ? "" : "s"} or items read or copied, ${access.events} events ${access.first} – ${access.last}`;
  });
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    await tx.$executeRaw`SELECT id FROM scoping_runs WHERE id = ${runId}::uuid FOR UPDATE`;
    const changed = await changeFactsIn(tx, actor, incidentId, { expectedVersion: data.expectedVersion, reason: `Linked from CloudTrail access reconstruction: ${words.join("; ")}`.slice(0, 4_000), suggestion: null }, (facts) =>
      data.storeArns.reduce((acc, arn) => mergeStore(acc, { dataCategories: byArn.get(arn)!.dataCategories, residency: byArn.get(arn)!.residency as TResidency }), facts),
    );
    const current = await tx.scopingRun.findUniqueOrThrow({ where: { id: runId }, select: { linkedArns: true } });
    await tx.scopingRun.update({ where: { id: runId }, data: { linkedArns: [...new Set([...current.linkedArns, ...data.storeArns])] } });
    return { version: changed.version, changes: changed.changes, linked: data.storeArns };
  }, TX);
}
