import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { findPlaybook, PLAYBOOKS, type TPlaybook } from "@/lib/playbooks/catalog";
import { defaultTaskOwner } from "@/lib/playbooks/default-owner";
import { suggestPlaybooks } from "@/lib/playbooks/match";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { lockIncident } from "@/lib/timeline/incident-lock";

const HOUR_MS = 60 * 60 * 1000;

export type TPlaybookView = {
  playbook: TPlaybook;
  /** How many of the incident's linked findings call for it (0: not suggested, offered from the full list). */
  matchedFindings: number;
  /** How many of its items are already tasks on the incident. */
  appliedItems: number;
};

/** Every playbook for an incident: the ones its linked findings call for first, then the rest. */
export async function listPlaybooksForIncident(actor: TActor, incidentId: string): Promise<TPlaybookView[]> {
  assertCan(actor, "task.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  const findings = await prisma.finding.findMany({ where: { incidentId }, select: { types: true, resources: true } });
  const suggestions = suggestPlaybooks(
    findings.map((f) => ({
      types: f.types,
      resourceTypes: Array.isArray(f.resources) ? f.resources.map((r) => String((r as { type?: unknown })?.type ?? "")) : [],
    })),
  );
  const applied = await prisma.task.groupBy({
    by: ["playbookId"],
    where: { incidentId, playbookId: { not: null } },
    _count: { _all: true },
  });
  const appliedOf = (id: string) => applied.find((a) => a.playbookId === id)?._count._all ?? 0;
  const suggested = suggestions.map((s) => ({ ...s, appliedItems: appliedOf(s.playbook.id) }));
  const rest = PLAYBOOKS.filter((p) => !suggestions.some((s) => s.playbook.id === p.id)).map((playbook) => ({
    playbook,
    matchedFindings: 0,
    appliedItems: appliedOf(playbook.id),
  }));
  return [...suggested, ...rest];
}

/**
 * Adds a playbook's checklist to the incident as tasks, once: items already there (same playbook and item key)
 * are skipped by the unique key, so re-applying adds nothing and writes no event. Each task goes to the incident's
 * holder of its role (defaultTaskOwner). One "Playbook applied" event lists the tasks added, in the same transaction.
 */
export async function applyPlaybook(actor: TActor, incidentId: string, playbookId: string, now = new Date()) {
  assertCan(actor, "playbook.apply");
  const playbook = findPlaybook(playbookId);
  if (!playbook) {
    throw AppError.badRequest("There is no such playbook.", [
      { name: "playbookId", reason: `must be one of ${PLAYBOOKS.map((p) => p.id).join(", ")}` },
    ]);
  }
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    // Lock the incident so two simultaneous applications serialise (the second then finds every item present).
    await lockIncident(tx, incidentId);
    const existing = await tx.task.findMany({ where: { incidentId, playbookId: playbook.id }, select: { playbookItem: true } });
    const have = new Set(existing.map((t) => t.playbookItem));
    const missing = playbook.tasks.filter((item) => !have.has(item.key));
    if (missing.length === 0) return { playbookId: playbook.id, added: [] as { id: string; title: string }[] };
    const team = await tx.incident.findUniqueOrThrow({
      where: { id: incidentId },
      select: {
        commander: { select: { id: true, active: true } },
        members: { select: { role: true, user: { select: { id: true, active: true } } } },
      },
    });
    const added = [];
    for (const item of missing) {
      added.push(
        await tx.task.create({
          data: {
            incidentId,
            title: item.title,
            role: item.role,
            ownerId: defaultTaskOwner(item.role, team),
            dueAt: new Date(now.getTime() + item.dueInHours * HOUR_MS),
            playbookId: playbook.id,
            playbookVersion: playbook.version,
            playbookItem: item.key,
          },
          select: { id: true, title: true },
        }),
      );
    }
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "playbook.applied",
      actor,
      payload: { playbook: { id: playbook.id, version: playbook.version, title: playbook.title }, tasks: added },
    });
    return { playbookId: playbook.id, added };
  });
}
