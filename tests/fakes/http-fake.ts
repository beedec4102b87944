import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type TFakeRequest = { method: string; path: string; headers: IncomingMessage["headers"]; body: string };
export type TFakeAnswer = { status: number; json?: unknown; headers?: Record<string, string> };

/** A local HTTP server answering with `handle`, recording every request (fake PagerDuty, Jira, ServiceNow). */
export async function startFake(handle: (request: TFakeRequest) => TFakeAnswer | Promise<TFakeAnswer>) {
  const requests: TFakeRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(request);
      void Promise.resolve(handle(request)).then((answer) => {
        res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
        res.end(answer.json === undefined ? "" : JSON.stringify(answer.json));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
