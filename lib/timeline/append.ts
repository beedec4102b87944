import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertMayWrite } from "@/lib/db/read-only-request";
import { prismaExecutor, type TSqlExecutor } from "@/lib/db/sql";
import { GENESIS_HASH, hashTimelineEvent } from "@/lib/timeline/hash-chain";
import { TIMELINE_PAYLOADS, type TTimelineKind, type TTimelinePayload } from "@/lib/timeline/event-kinds";
import { lockIncidentWith } from "@/lib/timeline/incident-lock";
import { queueWebhooksForTimelineEvent } from "@/lib/integrations/timeline-outbox";

/**
 * Who wrote an event: a user, an API token (any actor of lib/auth fits), or the console itself (e.g. findings
 * intake noticing a change). Only what the timeline records of them, so the timeline stays below lib/auth.
 */
export type TTimelineActor = { kind: "user" | "token"; id: string; name: string } | TSystemActor;

/** The console itself as an actor. */
export type TSystemActor = { kind: "system"; name: string };

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
): Promise<TAppended> {
  return appendTimelineEventWith(prismaExecutor(tx), input);
}

export type TAppended = { id: string; sequence: number; hash: string };

/** The same, in a transaction held as plain SQL (e.g. findings intake's node-postgres transaction). */
export async function appendTimelineEventWith<K extends TTimelineKind>(sql: TSqlExecutor, input: TAppendInput<K>): Promise<TAppended> {
  assertMayWrite("a timeline event");
  const payload = TIMELINE_PAYLOADS[input.kind].parse(input.payload) as unknown;
  // Two statements on purpose: the read must take its snapshot after the lock is granted, or it could miss the
  // event appended by the transaction it waited for.
  await lockIncidentWith(sql, input.incidentId);
  const [previous] = await sql<{ sequence: number; hash: string }>(
    "SELECT sequence, hash FROM timeline_events WHERE incident_id = $1::uuid ORDER BY sequence DESC LIMIT 1",
    [input.incidentId],
  );
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
  const [created] = await sql<{ id: string }>(
    `INSERT INTO timeline_events (id, incident_id, sequence, kind, occurred_at, recorded_at, actor_user_id, actor_token_id,
                                  actor_label, payload, prev_hash, hash)
     VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4::timestamptz, $5::timestamptz, $6::uuid, $7::uuid, $8, $9::jsonb, $10, $11)
     RETURNING id::text`,
    [
      content.incidentId,
      content.sequence,
      content.kind,
      content.occurredAt.toISOString(),
      content.recordedAt.toISOString(),
      content.actorUserId,
      content.actorTokenId,
      content.actorLabel,
      JSON.stringify(content.payload),
      content.prevHash,
      hash,
    ],
  );
  // Integrations' outbox: the webhooks this event means are queued in the same transaction (lib/integrations).
  await queueWebhooksForTimelineEvent(sql, { id: created!.id, incidentId: content.incidentId, kind: content.kind, payload, occurredAt: content.occurredAt });
  return { id: created!.id, sequence: content.sequence, hash };
}

/** How an actor is named on the timeline and in records: the user's or system's name, or the API token's. */
export function actorLabel(actor: TTimelineActor): string {
  if (actor.kind === "user" || actor.kind === "system") return actor.name;
  return `API token “${actor.name}”`;
}
