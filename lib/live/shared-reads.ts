import "server-only";
import { refreshActor } from "@/lib/auth/actor";
import type { TActor } from "@/lib/auth/policy";
import { isIncidentVisible } from "@/lib/incidents/read-queries";
import { findTimelineAfter } from "@/lib/timeline/queries";
import { visibilityKey } from "@/lib/auth/incident-access";
import { timelineGeneration } from "@/lib/live/timeline-listener";

/**
 * Reads shared by the live streams of one process. One NOTIFY wakes every stream open on the incident at once
 * (200 in `npm run bench:api`); they all need the same answer, so they share one query and one serialisation
 * instead of each doing its own, which made delivery wait in the database pool.
 *
 * A stream may only join a read that started after the last notice it could have been woken by, or it could miss
 * an event committed just before that notice. Reads are therefore keyed by the listener's generation (a counter
 * of notices received): a read started in the current generation saw every event whose notice has arrived, and
 * any later event brings a new notice, which makes the stream read again. Callers are subscribed before reading.
 */
const inFlight = new Map<string, Promise<unknown>>();

function shared<T>(key: string, read: () => Promise<T>): Promise<T> {
  const existing = inFlight.get(key) as Promise<T> | undefined;
  if (existing) return existing;
  const promise = read().finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
}

/**
 * The actor as the database knows them now (null when gone), read once per actor (and session) per generation: the
 * streams one notice wakes share it, and a change committed before that notice is in it.
 */
export function sharedActorRefresh(actor: TActor): Promise<TActor | null> {
  const session = actor.kind === "user" ? (actor.signedInAt ?? "") : "";
  const key = `actor|${timelineGeneration()}|${actor.kind}|${actor.id}|${session}`;
  return shared(key, () => refreshActor(actor));
}

/** Whether the actor may still see the incident, asked once per kind of viewer per generation. */
export function sharedVisibilityCheck(incidentId: string, actor: TActor): Promise<boolean> {
  const key = `visible|${timelineGeneration()}|${incidentId}|${visibilityKey(actor)}`;
  return shared(key, () => isIncidentVisible(incidentId, actor));
}

export type TEncodedEvent = { sequence: number; message: Uint8Array };

const encoder = new TextEncoder();

/** Up to `limit` events after `afterSequence`, each already encoded as its SSE message (the sequence is its id). */
export function sharedEventsAfter(incidentId: string, afterSequence: number, limit: number): Promise<TEncodedEvent[]> {
  const key = `after|${timelineGeneration()}|${incidentId}|${afterSequence}|${limit}`;
  return shared(key, async () => {
    const rows = await findTimelineAfter(incidentId, afterSequence, limit);
    return rows.map((row) => ({
      sequence: row.sequence,
      message: encoder.encode(`id: ${row.sequence}\nevent: timeline\ndata: ${JSON.stringify(row)}\n\n`),
    }));
  });
}
