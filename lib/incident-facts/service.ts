import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { actorLabel, appendTimelineEvent } from "@/lib/timeline/append";
import { lockIncident } from "@/lib/timeline/incident-lock";
import { changedFields } from "@/lib/admin-log/changed-fields";
import { recordAdminChange } from "@/lib/admin-log/record";
import { validateFacts } from "@/lib/clocks/validate";
import { contractInstant, EMPTY_FACTS } from "@/lib/obligations/assemble";
import { syncRegister } from "@/lib/obligations/register";
import { factChanges, mergeStore } from "@/lib/incident-facts/changes";
import { momentName } from "@/lib/timeline-text/clocks";
import {
  DEFAULT_REMINDER_POINTS,
  ZAcceptSuggestionInput,
  ZDataStoreInput,
  ZDeclareMomentInput,
  ZSaveOrganisationInput,
  ZUpdateFactsInput,
  toSecond,
  type TAcceptSuggestionInput,
  type TDataStoreInput,
  type TDeclareMomentInput,
  type TResidency,
  type TSaveOrganisationInput,
  type TStoredFacts,
  type TUpdateFactsInput,
} from "@/lib/incident-facts/schemas";

/**
 * Clock facts of an incident: declared moments, the incident's facts, the organisation profile and the data
 * inventory. Every change writes its timeline event (old → new, who, why) and re-evaluates the stored obligation
 * register in the same transaction.
 */

/** Everything the Facts page shows. */
export async function getIncidentFacts(actor: TActor, incidentId: string) {
  assertCan(actor, "incident.facts.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const [row, declarations, profile, suggestions] = await Promise.all([
    prisma.incidentFacts.findUnique({ where: { incidentId }, select: { facts: true, version: true, updatedAt: true } }),
    prisma.incidentDeclaration.findMany({
      where: { incidentId },
      orderBy: { recordedAt: "asc" },
      select: {
        id: true, moment: true, at: true, reason: true, declaredByLabel: true, recordedAt: true, supersedesId: true,
        supersededBy: { select: { id: true } },
      },
    }),
    prisma.organisationProfile.findUnique({ where: { id: "default" }, select: { id: true } }),
    findSuggestions(incidentId),
  ]);
  return {
    facts: (row?.facts as TStoredFacts | undefined) ?? EMPTY_FACTS,
    version: row?.version ?? 0,
    declarations: declarations.map((d) => ({ ...d, current: d.supersededBy === null })),
    organisationProfileSet: Boolean(profile),
    suggestions,
  };
}

/**
 * Declares a moment (aware, discovered…). A moment already declared can only be corrected by a new declaration
 * that names the current one in `supersedesId`; the old one stays on record. With `sameAs` instead of `at`, the
 * moment is declared at the instant of that moment's current declaration, read under the same lock, so "Discovered
 * at the same time as Aware" is exactly Aware's instant even if Aware is being corrected at that very moment.
 *
 * Declarations of an incident are serialised on its row lock (taken before the current declaration is read), so of
 * two simultaneous declarations the second sees the first and is refused with 409 naming it: its author decided
 * without seeing the other value, so only they can say whether to correct it. The database holds the same rule
 * on its own: one first declaration per moment, each corrected at most once, corrections within their moment.
 */
export async function declareMoment(actor: TActor, incidentId: string, input: TDeclareMomentInput) {
  assertCan(actor, "incident.moment.declare");
  const data = ZDeclareMomentInput.parse(input);
  const given = data.at === undefined ? null : toSecond(data.at);
  if (given && given.getTime() > Date.now() + 60_000) {
    throw AppError.badRequest("A moment cannot be declared in the future.", [{ name: "at", reason: "must not be in the future" }]);
  }
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    // A separate statement before the read: its snapshot must include the declaration of a transaction it waited for.
    await lockIncident(tx, incidentId);
    const currentOf = (moment: string) =>
      tx.incidentDeclaration.findFirst({ where: { incidentId, moment, supersededBy: { is: null } }, select: { id: true, at: true } });
    // One after the other: a transaction is one connection.
    const current = await currentOf(data.moment);
    const sameAs = data.sameAs ? await currentOf(data.sameAs) : null;
    if (data.sameAs && !sameAs) {
      throw AppError.badRequest(`${momentName(data.sameAs)} is not declared, so there is no instant to take from it.`, [
        { name: "sameAs", reason: "must be a moment already declared" },
      ]);
    }
    const at = sameAs?.at ?? given!;
    if (current && data.supersedesId !== current.id) {
      throw AppError.conflict(
        "This moment is already declared. Correct it with a new declaration that supersedes the current one.",
        { current: { id: current.id, at: current.at.toISOString() } },
      );
    }
    if (!current && data.supersedesId) {
      throw AppError.badRequest("There is no current declaration of this moment to correct.", [
        { name: "supersedesId", reason: "must be the current declaration of this moment" },
      ]);
    }
    const declaration = await tx.incidentDeclaration.create({
      data: {
        incidentId,
        moment: data.moment,
        at,
        reason: data.reason,
        declaredById: actor.kind === "user" ? actor.id : null,
        declaredByLabel: actorLabel(actor),
        supersedesId: current?.id ?? null,
      },
      select: { id: true, moment: true, at: true },
    });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "moment.declared",
      actor,
      payload: {
        declarationId: declaration.id,
        moment: data.moment,
        at: contractInstant(at),
        reason: data.reason,
        supersedes: current ? { id: current.id, at: contractInstant(current.at) } : null,
        ...(sameAs && data.sameAs ? { sameAs: { moment: data.sameAs, declarationId: sameAs.id } } : {}),
      },
    });
    const register = await syncRegister(tx, { incidentId, actor, cause: `${data.moment} ${current ? "corrected" : "declared"}` });
    return { declaration, register };
  });
}

/**
 * Changes the incident's facts. Optimistic: `expectedVersion` is the version the user saw (0 before the first
 * save); a stale one gets 409 with the current version. Fields not given keep their value; `affected` replaces
 * the list when given. No change at all writes nothing.
 */
export async function updateIncidentFacts(
  actor: TActor,
  incidentId: string,
  input: TUpdateFactsInput,
  suggestion: { finding: { id: string; title: string }; store: { id: string; arn: string } } | null = null,
  merge?: (facts: TStoredFacts) => TStoredFacts,
) {
  assertCan(actor, "incident.facts.update");
  const data = ZUpdateFactsInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const row = await tx.incidentFacts.findUnique({ where: { incidentId }, select: { facts: true, version: true } });
    const version = row?.version ?? 0;
    if (version !== data.expectedVersion) {
      throw AppError.conflict(`Someone else changed these facts meanwhile (now version ${version}). Review them and try again.`, {
        current: { version },
      });
    }
    const before = (row?.facts as TStoredFacts | undefined) ?? EMPTY_FACTS;
    let after: TStoredFacts = {
      incident: { ...before.incident, ...(data.incident ?? {}) },
      affected: data.affected ?? before.affected,
      ...(data.riskReasoning !== undefined || before.riskReasoning !== undefined
        ? { riskReasoning: data.riskReasoning ?? before.riskReasoning }
        : {}),
    };
    if (merge) after = merge(after);
    const changes = factChanges(before, after);
    if (changes.length === 0) return { version, changes, register: null };
    checkContract(after);

    const next = version + 1;
    if (row) {
      const written = await tx.incidentFacts.updateMany({
        where: { incidentId, version },
        data: { facts: after as unknown as Prisma.InputJsonValue, version: next },
      });
      if (written.count !== 1) throw AppError.conflict("Someone else changed these facts meanwhile. Review them and try again.");
    } else {
      // A concurrent first save hits the primary key: 409 through the unique-violation mapping.
      await tx.incidentFacts.create({ data: { incidentId, facts: after as unknown as Prisma.InputJsonValue, version: next } });
    }
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "facts.changed",
      actor,
      payload: { reason: data.reason, version: next, changes: changes as never, suggestion },
    });
    const register = await syncRegister(tx, { incidentId, actor, cause: `facts changed: ${changes.map((c) => c.field).join(", ")}` });
    return { version: next, changes, register };
  });
}

/** Accepts a data-inventory suggestion: the finding's store's categories and residents join the incident's facts. */
export async function acceptSuggestion(actor: TActor, incidentId: string, input: TAcceptSuggestionInput) {
  assertCan(actor, "incident.facts.update");
  const data = ZAcceptSuggestionInput.parse(input);
  await requireVisibleIncident(prisma, actor, incidentId);
  const suggestions = await findSuggestions(incidentId);
  const match = suggestions.find((s) => s.finding.id === data.findingId && s.store.id === data.storeId);
  if (!match) {
    throw AppError.badRequest("That finding is not linked to this incident on that data store.", [
      { name: "findingId", reason: "must be a finding of this incident on the named store" },
    ]);
  }
  return updateIncidentFacts(
    actor,
    incidentId,
    { expectedVersion: data.expectedVersion, reason: `Accepted suggestion: finding “${match.finding.title}” is on data store ${match.store.name} (${match.store.arn})` },
    { finding: { id: match.finding.id, title: match.finding.title }, store: { id: match.store.id, arn: match.store.arn } },
    (facts) => mergeStore(facts, { dataCategories: match.store.dataCategories, residency: match.store.residency }),
  );
}

/** Findings linked to the incident whose affected resources include a listed data store's ARN. */
async function findSuggestions(incidentId: string) {
  const findings = await prisma.finding.findMany({
    where: { incidentId },
    select: { id: true, title: true, resourceIds: true },
    take: 500,
  });
  const arns = [...new Set(findings.flatMap((f) => f.resourceIds))];
  if (arns.length === 0) return [];
  const stores = await prisma.dataStore.findMany({ where: { arn: { in: arns } } });
  const byArn = new Map(stores.map((s) => [s.arn, s]));
  return findings.flatMap((finding) =>
    finding.resourceIds
      .map((arn) => byArn.get(arn))
      .filter((store) => store !== undefined)
      .map((store) => ({
        finding: { id: finding.id, title: finding.title },
        store: { id: store.id, name: store.name, arn: store.arn, dataCategories: store.dataCategories, residency: store.residency as TResidency },
      })),
  );
}

/** The contract's own validation of the incident part (organisation and moments are checked by the register). */
function checkContract(facts: TStoredFacts) {
  const probe = validateFacts({
    asOf: "2000-01-01T00:00:00Z",
    organisation: { timeZone: "UTC", establishments: [], dataRole: "controller" },
    incident: { personalData: "unknown", dataCategories: [], ...facts.incident },
    affected: facts.affected,
    moments: {},
  });
  if (!probe.ok) {
    throw AppError.badRequest("These facts are not consistent; nothing was changed.", probe.invalidParams.map((p) => ({
      name: p.name.replace(/^\//, "").replaceAll("/", "."),
      reason: p.reason,
    })));
  }
}

// ─── Organisation profile (administrators) ───

export async function getOrganisationProfile(actor: TActor) {
  assertCan(actor, "organisation.read");
  const [profile, settings] = await Promise.all([
    prisma.organisationProfile.findUnique({ where: { id: "default" }, select: { profile: true, updatedAt: true } }),
    prisma.reminderSettings.findUnique({ where: { id: "default" }, select: { points: true } }),
  ]);
  return {
    profile: (profile?.profile as Record<string, unknown> | undefined) ?? null,
    updatedAt: profile?.updatedAt ?? null,
    reminderPoints: settings?.points ?? DEFAULT_REMINDER_POINTS,
  };
}

/**
 * Saves the organisation profile, and re-evaluates the register of every open incident in the same transaction
 * (the profile drives zones, establishments and sector rules), each with its timeline diff.
 */
export async function saveOrganisationProfile(actor: TActor, input: TSaveOrganisationInput) {
  assertCan(actor, "organisation.manage");
  const data = ZSaveOrganisationInput.parse(input);
  const probe = validateFacts({
    asOf: "2000-01-01T00:00:00Z",
    organisation: data.profile,
    incident: { personalData: "unknown", dataCategories: [] },
    affected: [],
    moments: {},
  });
  if (!probe.ok) {
    throw AppError.badRequest("The organisation profile is not valid.", probe.invalidParams.map((p) => ({
      name: p.name.replace(/^\/organisation\//, "profile/").replaceAll("/", "."),
      reason: p.reason,
    })));
  }
  const updatedById = actor.kind === "user" ? actor.id : null;
  return prisma.$transaction(
    async (tx) => {
      await recordOrganisationChange(tx, actor, data);
      await tx.organisationProfile.upsert({
        where: { id: "default" },
        create: { id: "default", profile: data.profile as Prisma.InputJsonValue, updatedById },
        update: { profile: data.profile as Prisma.InputJsonValue, updatedById },
      });
      if (data.reminderPoints) {
        await tx.reminderSettings.upsert({
          where: { id: "default" },
          create: { id: "default", points: data.reminderPoints, updatedById },
          update: { points: data.reminderPoints, updatedById },
        });
      }
      const open = await tx.incident.findMany({ where: { status: { not: "closed" } }, select: { id: true, reference: true, title: true }, orderBy: { id: "asc" } });
      let reevaluated = 0;
      for (const incident of open) {
        await syncRegister(tx, { incidentId: incident.id, actor, cause: `organisation profile changed: ${data.reason}` }).catch((error: unknown) => {
          throw blockingIncident(error, incident);
        });
        reevaluated += 1;
      }
      return { reevaluated };
    },
    { timeout: 60_000 },
  );
}

/**
 * An open incident whose stored facts the rules refuse blocks the profile change (its register could not follow it):
 * the error must say which incident, or the administrator is told about fields of a form they are not looking at.
 */
function blockingIncident(error: unknown, incident: { id: string; reference: number; title: string }) {
  if (!(error instanceof AppError) || error.code !== "bad_request") return error;
  return AppError.badRequest(
    `Nothing was saved: incident #${incident.reference} “${incident.title}” has facts the rules cannot read, so its register could not follow the new profile. Correct that incident's facts, then save the profile again.`,
    error.invalidParams.map((p) => ({ name: `incident #${incident.reference}: ${p.name.replace(/^\//, "").replaceAll("/", ".")}`, reason: p.reason })),
  );
}

/** The profile's and reminder points' administration log entries (before → after), before they are overwritten. */
async function recordOrganisationChange(tx: Prisma.TransactionClient, actor: TActor, data: ReturnType<typeof ZSaveOrganisationInput.parse>) {
  await tx.$executeRaw`SELECT id FROM organisation_profile WHERE id = 'default' FOR UPDATE`;
  const previous = await tx.organisationProfile.findUnique({ where: { id: "default" }, select: { profile: true } });
  await recordAdminChange(tx, actor, {
    action: "organisation-profile.changed",
    target: { type: "setting", id: "organisation-profile", label: "Organisation profile" },
    before: (previous?.profile ?? null) as Prisma.InputJsonValue | null,
    after: { ...(data.profile as Record<string, Prisma.InputJsonValue>), reason: data.reason },
  });
  if (!data.reminderPoints) return;
  const points = await tx.reminderSettings.findUnique({ where: { id: "default" }, select: { points: true } });
  if (points && points.points.join() === data.reminderPoints.join()) return;
  await recordAdminChange(tx, actor, {
    action: "reminder-points.changed",
    target: { type: "setting", id: "reminder-points", label: "Reminder points" },
    before: points ? { points: points.points } : null,
    after: { points: data.reminderPoints },
  });
}

// ─── Data inventory (administrators) ───

export async function listDataStores(actor: TActor) {
  assertCan(actor, "datastore.list");
  return prisma.dataStore.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] });
}

export async function createDataStore(actor: TActor, input: TDataStoreInput) {
  assertCan(actor, "datastore.manage");
  const data = ZDataStoreInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const store = await tx.dataStore.create({ data: { ...data, residency: data.residency as Prisma.InputJsonValue } });
    await recordAdminChange(tx, actor, { action: "data-store.created", target: dataStoreTarget(store), before: null, after: dataStoreState(store) });
    return store;
  });
}

export async function updateDataStore(actor: TActor, id: string, input: TDataStoreInput) {
  assertCan(actor, "datastore.manage");
  const data = ZDataStoreInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await lockDataStore(tx, id);
    const store = await tx.dataStore.update({ where: { id }, data: { ...data, residency: data.residency as Prisma.InputJsonValue } });
    const changed = changedFields(dataStoreState(before), dataStoreState(store));
    if (changed) await recordAdminChange(tx, actor, { action: "data-store.changed", target: dataStoreTarget(store), ...changed });
    return store;
  });
}

export async function deleteDataStore(actor: TActor, id: string) {
  assertCan(actor, "datastore.manage");
  await prisma.$transaction(async (tx) => {
    const before = await lockDataStore(tx, id);
    await tx.dataStore.delete({ where: { id } });
    await recordAdminChange(tx, actor, { action: "data-store.deleted", target: dataStoreTarget(before), before: dataStoreState(before), after: null });
  });
}

/** The store as it is now, locked until the transaction ends so its log entry's "before" is what the change replaced. */
async function lockDataStore(tx: Prisma.TransactionClient, id: string) {
  await tx.$executeRaw`SELECT id FROM data_stores WHERE id = ${id}::uuid FOR UPDATE`;
  const store = await tx.dataStore.findUnique({ where: { id } });
  if (!store) throw AppError.notFound("The data store");
  return store;
}

type TDataStoreRow = Awaited<ReturnType<typeof prisma.dataStore.create>>;

function dataStoreTarget(store: TDataStoreRow) {
  return { type: "data-store" as const, id: store.id, label: `${store.name} (${store.arn})` };
}

/** What an administrator set: every column but the id and timestamps. */
function dataStoreState(store: TDataStoreRow) {
  const { arn, name, kind, dataCategories, residency, encrypted } = store;
  return { arn, name, kind, dataCategories, residency: residency as Prisma.InputJsonValue, encrypted };
}
