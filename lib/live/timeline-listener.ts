import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import { log } from "@/lib/log";
import { reconnectDelayMs } from "@/lib/live/reconnect-backoff";

export const TIMELINE_CHANNEL = "timeline_events";

export type TTimelineNotice = { incidentId: string; sequence: number };

/** Emitted once the listener LISTENs again after a gap; never an incident id (those are UUIDs) nor "*". */
const RESUMED = "resumed";

/** A connection that stayed up this long was healthy: its loss starts the backoff afresh. */
const STABLE_CONNECTION_MS = 10_000;

type TListenerState = {
  emitter: EventEmitter;
  client: pg.Client | null;
  connecting: Promise<void> | null;
  generation: number;
  /** Consecutive failed or dropped connections, for the backoff. */
  failures: number;
  retry: ReturnType<typeof setTimeout> | null;
  /** Notices may have been missed since the last connection: subscribers must re-read once listening again. */
  gap: boolean;
};

const globalForListener = globalThis as unknown as { breachdeskTimelineListener?: TListenerState };

function state(): TListenerState {
  globalForListener.breachdeskTimelineListener ??= (() => {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0); // one listener per open SSE stream
    return { emitter, client: null, connecting: null, generation: 0, failures: 0, retry: null, gap: false };
  })();
  return globalForListener.breachdeskTimelineListener;
}

/**
 * One dedicated PostgreSQL connection per console process LISTENs on the timeline channel (fed by a trigger
 * on timeline_events, so NOTIFY is part of the writing transaction) and fans notices out to the open streams
 * of this process. When the connection drops or cannot be made, it is retried for as long as anyone listens, with
 * a capped, jittered exponential backoff. Notices sent while it was away are lost, so once it LISTENs again every
 * subscriber is told to re-read from its last sequence: nothing appended during the gap is missed.
 */
function ensureConnected(): Promise<void> {
  const s = state();
  if (s.client) return Promise.resolve();
  s.connecting ??= connect(s).finally(() => {
    s.connecting = null;
  });
  return s.connecting;
}

async function connect(s: TListenerState): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(), application_name: "breachdesk-live" });
  let lost = false;
  let listeningSince: number | null = null;
  const onLost = (error?: unknown) => {
    if (lost) return;
    lost = true;
    if (s.client === client) s.client = null;
    s.generation += 1; // notices may have been lost: nothing read before this may be shared after it
    s.gap = true;
    if (listeningSince === null || Date.now() - listeningSince < STABLE_CONNECTION_MS) s.failures += 1;
    else s.failures = 1;
    log.warn("live timeline listener has no connection; reconnecting", { error: error instanceof Error ? error.message : error, failures: s.failures });
    client.end().catch(() => undefined);
    scheduleReconnect(s);
  };
  client.on("error", onLost);
  client.on("end", () => onLost());
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
  try {
    await client.connect();
    await client.query(`LISTEN ${TIMELINE_CHANNEL}`);
  } catch (error) {
    onLost(error);
    throw error;
  }
  if (lost) throw new Error("The live timeline listener lost its connection while it was starting to listen.");
  listeningSince = Date.now();
  s.client = client;
  if (s.gap) {
    s.gap = false;
    s.generation += 1; // reads started during the gap may predate events appended in it
    s.emitter.emit(RESUMED);
  }
}

function scheduleReconnect(s: TListenerState): void {
  if (s.retry) return;
  s.retry = setTimeout(() => {
    s.retry = null;
    // Nobody listening: the next subscription connects.
    if (s.emitter.eventNames().length > 0) ensureConnected().catch(() => undefined);
  }, reconnectDelayMs(s.failures));
  s.retry.unref();
}

/** How many notices (and reconnections) this process has seen; live streams share only reads of the same one. */
export function timelineGeneration(): number {
  return state().generation;
}

/**
 * Calls `onNotice` for every new event on the incident ("*" for all incidents), and `onResumed` when the listener
 * is back after a gap in which notices may have been missed (the subscriber must re-read from where it stopped).
 * Resolves once the listener LISTENs, or once its first attempt failed (it keeps retrying; `onResumed` follows).
 * Returns the unsubscribe.
 */
export async function subscribeToTimeline(
  incidentId: string | "*",
  onNotice: (notice: TTimelineNotice) => void,
  onResumed: () => void,
): Promise<() => void> {
  const s = state();
  s.emitter.on(incidentId, onNotice);
  s.emitter.on(RESUMED, onResumed);
  await ensureConnected().catch(() => undefined);
  return () => {
    s.emitter.off(incidentId, onNotice);
    s.emitter.off(RESUMED, onResumed);
  };
}
