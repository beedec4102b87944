import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import { log } from "@/lib/log";

export const TIMELINE_CHANNEL = "timeline_events";

export type TTimelineNotice = { incidentId: string; sequence: number };

type TListenerState = { emitter: EventEmitter; client: pg.Client | null; connecting: Promise<void> | null; generation: number };

const globalForListener = globalThis as unknown as { breachdeskTimelineListener?: TListenerState };

function state(): TListenerState {
  globalForListener.breachdeskTimelineListener ??= (() => {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0); // one listener per open SSE stream
    return { emitter, client: null, connecting: null, generation: 0 };
  })();
  return globalForListener.breachdeskTimelineListener;
}

/**
 * One dedicated PostgreSQL connection per console process LISTENs on the timeline channel (fed by a trigger
 * on timeline_events, so NOTIFY is part of the writing transaction) and fans notices out to the open streams
 * of this process. When the connection drops it is re-established on the next subscription or after a second;
 * streams catch up from their last sequence, so a notice missed meanwhile loses nothing.
 */
async function ensureConnected(): Promise<void> {
  const s = state();
  if (s.client) return;
  s.connecting ??= (async () => {
    const client = new pg.Client({ connectionString: databaseUrl(), application_name: "breachdesk-live" });
    client.on("notification", (message) => {
      if (message.channel !== TIMELINE_CHANNEL || !message.payload) return;
      try {
        const notice = JSON.parse(message.payload) as TTimelineNotice;
        s.generation += 1; // before the streams hear of it: reads they start now must be new ones
        s.emitter.emit(notice.incidentId, notice);
        s.emitter.emit("*", notice);
      } catch (error) {
        log.warn("ignored a malformed timeline notice", { error });
      }
    });
    const drop = (error?: unknown) => {
      if (s.client !== client) return;
      log.warn("live timeline listener lost its connection; reconnecting", { error });
      s.client = null;
      s.generation += 1; // notices may have been lost: nothing read before this may be shared after it
      client.end().catch(() => undefined);
      s.emitter.emit("reconnect");
      setTimeout(() => {
        if (s.emitter.listenerCount("*") + s.emitter.eventNames().length > 0) void ensureConnected().catch(() => undefined);
      }, 1000).unref();
    };
    client.on("error", drop);
    client.on("end", () => drop());
    await client.connect();
    await client.query(`LISTEN ${TIMELINE_CHANNEL}`);
    s.client = client;
  })().finally(() => {
    s.connecting = null;
  });
  return s.connecting;
}

/** How many notices (and reconnections) this process has seen; live streams share only reads of the same one. */
export function timelineGeneration(): number {
  return state().generation;
}

/** Calls `onNotice` for every new event on the incident ("*" for all incidents); returns the unsubscribe. */
export async function subscribeToTimeline(
  incidentId: string | "*",
  onNotice: (notice: TTimelineNotice) => void,
): Promise<() => void> {
  const s = state();
  s.emitter.on(incidentId, onNotice);
  try {
    await ensureConnected();
  } catch (error) {
    s.emitter.off(incidentId, onNotice);
    throw error;
  }
  return () => s.emitter.off(incidentId, onNotice);
}
