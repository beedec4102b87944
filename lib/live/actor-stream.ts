import "server-only";
import { sessionEndsAt } from "@/lib/auth/actor";
import { can, type TAction, type TActor } from "@/lib/auth/policy";
import { sharedActorRefresh } from "@/lib/live/shared-reads";

export const HEARTBEAT_MS = 15_000;

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  connection: "keep-alive",
  "x-accel-buffering": "no", // no proxy buffering: events must arrive at once
};

// setTimeout fires at once for delays past 2^31 - 1 ms (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

type TSend = (message: Uint8Array | string) => void;

export type TActorStream = {
  /**
   * Runs `work` with the actor as the database knows them now and a `send` that works only while `work` runs.
   * When the actor is gone (deactivated, signed out everywhere, token revoked, session over) or their roles have
   * changed, the stream ends instead and `work` does not run: nothing is sent on a stale decision. A role change
   * ends it even when the actor may still read, because what the page shows was chosen for the old roles: the page
   * re-renders as who they are now.
   */
  authorized(work: (actor: TActor, send: TSend) => Promise<void> | void): Promise<void>;
  /** Ends the stream for good, telling the page (e.g. the incident is no longer visible to the actor). */
  end(): void;
  /** Drops the stream after a failure (e.g. a database error): the browser reconnects and is authorised afresh. */
  close(): void;
  readonly closed: boolean;
};

function sameRoles(a: TActor, b: TActor): boolean {
  return a.roles.length === b.roles.length && a.roles.every((role) => b.roles.includes(role));
}

/**
 * A server-sent event stream that stays bound to the permission of whoever opened it. The decision taken when it
 * was opened is not trusted for later sends: every send re-reads the actor (one indexed read, shared by the streams
 * woken by the same notice), a heartbeat re-checks while nothing happens, and a timer ends the stream when the
 * session does. `start` subscribes and sends the first events; it returns the unsubscribe.
 */
export function openActorStream(
  actor: TActor,
  action: TAction,
  signal: AbortSignal,
  start: (stream: TActorStream) => Promise<(() => void) | void>,
): Response {
  const encoder = new TextEncoder();
  let closed = false;
  let cleanup: (() => void) | void = undefined;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  let sessionTimer: ReturnType<typeof setTimeout> | null = null;
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;

  const stop = () => {
    if (closed) return false;
    closed = true;
    cleanup?.();
    if (heartbeat) clearInterval(heartbeat);
    if (sessionTimer) clearTimeout(sessionTimer);
    signal.removeEventListener("abort", close);
    return true;
  };
  function close() {
    if (!stop()) return;
    try {
      controller?.close();
    } catch {
      // already closed by the client
    }
  }
  const enqueue = (message: Uint8Array | string) => {
    if (!closed) controller?.enqueue(typeof message === "string" ? encoder.encode(message) : message);
  };
  // Tells the page why the stream ends, so it reloads instead of reconnecting; says nothing about the incident.
  const end = () => {
    enqueue("event: end\ndata: {}\n\n");
    close();
  };

  const stream: TActorStream = {
    async authorized(work) {
      if (closed) return;
      const current = await sharedActorRefresh(actor);
      if (closed) return;
      if (!current || !can(current, action) || !sameRoles(current, actor)) return end();
      let open = true;
      try {
        await work(current, (message) => {
          if (open) enqueue(message);
        });
      } finally {
        open = false;
      }
    },
    end,
    close,
    get closed() {
      return closed;
    },
  };

  const body = new ReadableStream<Uint8Array>({
    async start(streamController) {
      controller = streamController;
      signal.addEventListener("abort", close);
      if (actor.kind === "user" && actor.signedInAt !== undefined) {
        // Sends re-check the session anyway; this ends a quiet stream on time. A session longer than a timer can
        // wait is left to the heartbeat's check.
        const untilSessionEnds = sessionEndsAt(actor.signedInAt) - Date.now();
        if (untilSessionEnds <= MAX_TIMER_MS) sessionTimer = setTimeout(end, Math.max(0, untilSessionEnds));
      }
      enqueue("retry: 2000\n: connected\n\n");
      try {
        const unsubscribe = await start(stream);
        if (closed) unsubscribe?.();
        else cleanup = unsubscribe;
      } catch {
        close();
        return;
      }
      if (!closed) {
        heartbeat = setInterval(() => void stream.authorized((_current, send) => send(": keep-alive\n\n")).catch(close), HEARTBEAT_MS);
      }
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, { headers: SSE_HEADERS });
}
