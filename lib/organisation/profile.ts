import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAdminChange } from "@/lib/admin-log/record";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { validateFacts } from "@/lib/clocks/validate";
import { AppError } from "@/lib/errors/app-error";
import { startReevaluationRun } from "@/lib/register-reevaluation/start-run";
import { DEFAULT_CONTAINMENT_TARGET_HOURS } from "@/lib/containment/containment-clock";
import { DEFAULT_REMINDER_POINTS } from "@/lib/reminder-schedule/points";
import { ZSaveOrganisationInput, type TSaveOrganisationInput } from "@/lib/organisation/schemas";

/** The organisation profile and reminder points (administrators). */

export async function getOrganisationProfile(actor: TActor) {
  assertCan(actor, "organisation.read");
  const [profile, settings] = await Promise.all([
    prisma.organisationProfile.findUnique({ where: { id: "default" }, select: { profile: true, updatedAt: true, containmentTargetHours: true } }),
    prisma.reminderSettings.findUnique({ where: { id: "default" }, select: { points: true } }),
  ]);
  return {
    profile: (profile?.profile as Record<string, unknown> | undefined) ?? null,
    updatedAt: profile?.updatedAt ?? null,
    reminderPoints: settings?.points ?? DEFAULT_REMINDER_POINTS,
    containmentTargetHours: profile?.containmentTargetHours ?? DEFAULT_CONTAINMENT_TARGET_HOURS,
  };
}

/**
 * Saves the organisation profile and, in the same transaction, opens the run that re-evaluates the register of every
 * open incident under it (the profile drives zones, establishments, sector rules and reminder points). The worker
 * works through the run in batches (lib/register-reevaluation/work.ts), each incident with its timeline diff; the
 * Organisation page shows its progress and each incident's pages say while its clocks wait for it.
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
      const registersFollow = await changesRegisters(tx, data);
      await tx.organisationProfile.upsert({
        where: { id: "default" },
        create: { id: "default", profile: data.profile as Prisma.InputJsonValue, updatedById, containmentTargetHours: data.containmentTargetHours ?? null },
        update: { profile: data.profile as Prisma.InputJsonValue, updatedById, ...(data.containmentTargetHours === undefined ? {} : { containmentTargetHours: data.containmentTargetHours }) },
      });
      if (data.reminderPoints) {
        await tx.reminderSettings.upsert({
          where: { id: "default" },
          create: { id: "default", points: data.reminderPoints, updatedById },
          update: { points: data.reminderPoints, updatedById },
        });
      }
      // Every open incident's register follows the new profile in the background, in batches (the worker).
      const reevaluation = registersFollow ? await startReevaluationRun(tx, { actor, cause: `organisation profile changed: ${data.reason}` }) : null;
      return { reevaluation };
    },
    { timeout: 15_000 },
  );
}

/** Whether the registers depend on what changed: the profile itself or the reminder points (compared as sets). */
async function changesRegisters(tx: Prisma.TransactionClient, data: ReturnType<typeof ZSaveOrganisationInput.parse>): Promise<boolean> {
  const [stored] = await tx.$queryRaw<{ same: boolean }[]>`
    SELECT profile = ${JSON.stringify(data.profile)}::jsonb AS same FROM organisation_profile WHERE id = 'default'`;
  if (!stored?.same) return true;
  if (!data.reminderPoints) return false;
  const current = (await tx.reminderSettings.findUnique({ where: { id: "default" }, select: { points: true } }))?.points ?? DEFAULT_REMINDER_POINTS;
  return [...current].sort().join() !== [...data.reminderPoints].sort().join();
}

/** The profile's and reminder points' administration log entries (before → after), before they are overwritten. */
async function recordOrganisationChange(tx: Prisma.TransactionClient, actor: TActor, data: ReturnType<typeof ZSaveOrganisationInput.parse>) {
  await tx.$executeRaw`SELECT id FROM organisation_profile WHERE id = 'default' FOR UPDATE`;
  const previous = await tx.organisationProfile.findUnique({ where: { id: "default" }, select: { profile: true, containmentTargetHours: true } });
  await recordAdminChange(tx, actor, {
    action: "organisation-profile.changed",
    target: { type: "setting", id: "organisation-profile", label: "Organisation profile" },
    before: (previous?.profile ?? null) as Prisma.InputJsonValue | null,
    after: { ...(data.profile as Record<string, Prisma.InputJsonValue>), reason: data.reason },
  });
  const target = { before: previous?.containmentTargetHours ?? DEFAULT_CONTAINMENT_TARGET_HOURS, after: data.containmentTargetHours };
  if (target.after !== undefined && target.after !== target.before) {
    await recordAdminChange(tx, actor, {
      action: "containment-target.changed",
      target: { type: "setting", id: "containment-target", label: "Containment target" },
      before: { hours: target.before },
      after: { hours: target.after },
    });
  }
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
