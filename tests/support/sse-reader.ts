/** One server-sent event as the browser would see it. */
export type TSseEvent = { event: string; id: number | null; data: unknown };

/**
 * Reads a server-sent event stream from a route handler's Response as events arrive: `events` fills up while
 * `until` waits; `ended` tells whether the server closed the stream.
 */
export function readSse(response: Response, abort: AbortController) {
  const events: TSseEvent[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let ended = false;
  // A read still pending when a wait timed out is kept for the next wait, so its chunk is not lost.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;

  /** Reads until `predicate` holds or the stream ends; throws after `timeoutMs`. */
  async function until(predicate: () => boolean, timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate() && !ended) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out; saw ${JSON.stringify(events.map((e) => e.id ?? e.event))}`);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), remaining)));
      pending ??= reader.read();
      const chunk = await Promise.race([pending, timeout]);
      clearTimeout(timer);
      if (chunk === "timeout") continue;
      pending = null;
      if (chunk.done) {
        ended = true;
        break;
      }
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const lines = buffer.slice(0, end).split("\n");
        buffer = buffer.slice(end + 2);
        const field = (name: string) => lines.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
        const data = field("data");
        if (data === undefined) continue; // a comment (keep-alive) or the retry hint
        const id = field("id");
        events.push({ event: field("event") ?? "message", id: id === undefined ? null : Number(id), data: JSON.parse(data) as unknown });
      }
    }
  }

  return {
    response,
    events,
    until,
    /** Event ids (timeline sequences) received so far. */
    ids: () => events.flatMap((e) => (e.id === null ? [] : [e.id])),
    get ended() {
      return ended;
    },
    /** Waits for the server to end the stream; throws if it is still open after `timeoutMs`. */
    async ends(timeoutMs = 3000): Promise<void> {
      await until(() => false, timeoutMs).catch((error: unknown) => {
        if (!ended) throw error;
      });
    },
    async close(): Promise<void> {
      abort.abort();
      await reader.cancel().catch(() => undefined);
    },
  };
}
