import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { ZDeclareMomentInput, toSecond, type TDeclareMomentInput } from "@/lib/incident-facts/schemas";
import { contractInstant } from "@/lib/obligations/assemble";
import { syncRegister } from "@/lib/obligations/register";
import { momentName } from "@/lib/timeline-text/clocks";
import { actorLabel, appendTimelineEvent } from "@/lib/timeline/append";
import { lockIncident } from "@/lib/timeline/incident-lock";

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
