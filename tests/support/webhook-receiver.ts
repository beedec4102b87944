import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** The Standard Webhooks receivers' default tolerance: a timestamp more than 5 minutes off is refused (replay). */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

/**
 * The published verification algorithm (standardwebhooks.com), written from the spec, not from Breachdesk's signer:
 * require the three headers, refuse a timestamp outside the tolerance, key = base64-decode(secret without whsec_),
 * expected = base64(HMAC-SHA256(key, `${id}.${timestamp}.${body}`)), and accept when any space-separated `v1,<sig>`
 * entry matches in constant time.
 */
export function verifyStandardWebhook(secret: string, headers: IncomingHttpHeaders | Record<string, string | undefined>, body: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signature = headers["webhook-signature"];
  if (typeof id !== "string" || typeof timestamp !== "string" || typeof signature !== "string") return false;
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > TIMESTAMP_TOLERANCE_SECONDS) return false;
  if (!secret.startsWith("whsec_")) return false;
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  return signature.split(" ").some((entry) => {
    const [version, value] = entry.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export type TReceived = { id: string; timestamp: string; signature: string; body: string; headers: IncomingHttpHeaders; status: number };

/**
 * A local HTTP receiver on 127.0.0.1. `respond(n)` chooses the status of the nth request (1-based); every request is
 * kept with its headers and exact body. `hold` keeps requests unanswered until released (a slow receiver).
 */
export async function startWebhookReceiver(options: { respond?: (n: number) => number } = {}) {
  const received: TReceived[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const status = options.respond?.(received.length + 1) ?? 200;
      received.push({
        id: String(request.headers["webhook-id"]),
        timestamp: String(request.headers["webhook-timestamp"]),
        signature: String(request.headers["webhook-signature"]),
        body: Buffer.concat(chunks).toString("utf8"),
        headers: request.headers,
        status,
      });
      response.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "ok" : "no");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
