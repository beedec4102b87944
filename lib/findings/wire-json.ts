import "server-only";
import type { TIncomingFinding } from "@/lib/findings/ingest";
import { tryJsonSpans } from "@/lib/findings/json-spans";
import { decodeUtf8MarkingBadBytes } from "@/lib/http/utf8";

/** A JSON response body exactly as it came over the wire, and its parse. */
export type TWireJson = { text: string; value: Record<string, unknown> };

type TCommandWithStack = {
  middlewareStack: { addRelativeTo(middleware: never, options: never): void };
};

type TMiddlewareResult = { response: unknown; output: unknown };
type TNext = (args: unknown) => Promise<TMiddlewareResult>;

/**
 * Sends `command` through the real SDK client (credentials, signing, endpoint overrides, retries with backoff all
 * unchanged) but takes a successful response's JSON body before the SDK deserializes it, for two reasons:
 *  - findings must be stored as the bytes the provider sent (key order, spelling of numbers and escapes), which a
 *    re-serialization of the SDK's typed output cannot give back;
 *  - the SDK's schema-driven deserializer walks every nested ASFF member and costs several times JSON.parse.
 * The SDK's deserializer is then handed an empty body: it reads nothing (callers take NextToken and the list from
 * the wire), where even a stub body cost it a parse and a walk of the output schema on every page.
 * Error responses (throttling, 5xx, access denied) are left untouched: the SDK still classifies and retries them.
 */
export async function sendKeepingWireJson<TCommand extends TCommandWithStack>(
  command: TCommand,
  send: (command: TCommand) => Promise<unknown>,
): Promise<TWireJson> {
  let wire: TWireJson | undefined;
  const keepBody = (next: TNext) => async (args: unknown) => {
    const result = await next(args);
    const response = result.response as { statusCode?: number; body?: unknown };
    if (response.statusCode !== 200) return result;
    const text = await readBody(response.body);
    const value = JSON.parse(text) as unknown;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new Error("the response body is not a JSON object");
    }
    wire = { text, value: value as Record<string, unknown> };
    response.body = new Uint8Array(0);
    return result;
  };
  // "after" the SDK's deserializer = nearer the HTTP handler: this sees the raw response first, on every attempt.
  command.middlewareStack.addRelativeTo(
    keepBody as never,
    { relation: "after", toMiddleware: "deserializerMiddleware", name: "breachdeskKeepWireJson", override: true } as never,
  );
  await send(command);
  if (!wire) throw new Error("the response carried no JSON body");
  return wire;
}

/** Bytes that are not UTF-8 are marked, not replaced: the finding that holds them is rejected alone (prepareBatch). */
async function readBody(body: unknown): Promise<string> {
  if (body instanceof Uint8Array) return decodeUtf8MarkingBadBytes(body);
  if (typeof body === "string") return body;
  if (body && typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    return decodeUtf8MarkingBadBytes(Buffer.concat(chunks));
  }
  throw new Error("the response body cannot be read");
}

/**
 * The items of the response's list `field` (e.g. GetFindings' "Findings"), each with its verbatim slice of the
 * body. Throws when the field is missing or not a list: a response without it is not one we understand.
 */
export function wireList(wire: TWireJson, field: string): TIncomingFinding[] {
  const list = wire.value[field];
  if (!Array.isArray(list)) throw new Error(`the response has no "${field}" list`);
  // Depth 2 is enough (body → list → items): deeper spans would cost more than JSON.parse itself.
  const spans = tryJsonSpans(wire.text, 2)?.fields?.get(field)?.items;
  return list.map((value: unknown, i) => {
    const span = spans?.[i];
    return { value, raw: span ? wire.text.slice(span.start, span.end) : JSON.stringify(value) };
  });
}
