import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/auth/policy";
import { GENESIS_HASH, hashTimelineEvent } from "@/lib/timeline/hash-chain";
import { TIMELINE_PAYLOADS, type TTimelineKind, type TTimelinePayload } from "@/lib/timeline/event-kinds";

/** Who wrote an event: a user, an API token, or the console itself (e.g. findings intake noticing a change). */
export type TTimelineActor = TActor | { kind: "system"; name: string };

export type TAppendInput<K extends TTimelineKind> = {
  incidentId: string;
  kind: K;
  payload: TTimelinePayload<K>;
  actor: TTimelineActor;
  /** When it happened, if not now (a back-dated entry). */
  occurredAt?: Date;
};

/**
 * Appends one event to an incident's timeline. Must run inside the transaction of the change it records;
 * it locks the incident row so concurrent appends get consecutive sequence numbers and a valid chain.
 */
export async function appendTimelineEvent<K extends TTimelineKind>(
  tx: Prisma.TransactionClient,
  input: TAppendInput<K>,
): Promise<{ id: string; sequence: number; hash: string }> {
  const payload = TIMELINE_PAYLOADS[input.kind].parse(input.payload) as Prisma.InputJsonValue;
  await tx.$queryRaw`SELECT id FROM incidents WHERE id = ${input.incidentId}::uuid FOR UPDATE`;
  const previous = await tx.timelineEvent.findFirst({
    where: { incidentId: input.incidentId },
    orderBy: { sequence: "desc" },
    select: { sequence: true, hash: true },
  });

  const recordedAt = new Date();
  const content = {
    incidentId: input.incidentId,
    sequence: (previous?.sequence ?? 0) + 1,
    kind: input.kind,
    occurredAt: input.occurredAt ?? recordedAt,
    recordedAt,
    actorUserId: input.actor.kind === "user" ? input.actor.id : null,
    actorTokenId: input.actor.kind === "token" ? input.actor.id : null,
    actorLabel: actorLabel(input.actor),
    payload,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  const hash = hashTimelineEvent(content);
  const created = await tx.timelineEvent.create({ data: { ...content, hash }, select: { id: true } });
  return { id: created.id, sequence: content.sequence, hash };
}

function actorLabel(actor: TTimelineActor): string {
  if (actor.kind === "user" || actor.kind === "system") return actor.name;
  return `API token “${actor.name}”`;
}
