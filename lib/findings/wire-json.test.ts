import { describe, expect, it } from "vitest";
import { hasUndecodableBytes } from "@/lib/http/utf8";
import { sendKeepingWireJson, wireList } from "@/lib/findings/wire-json";

/** A command whose one middleware is run by `send` over a 200 response carrying `body`. */
async function pageOf(body: Uint8Array) {
  let middleware: ((next: (args: unknown) => Promise<unknown>) => (args: unknown) => Promise<unknown>) | undefined;
  const command = { middlewareStack: { addRelativeTo: (m: never) => void (middleware = m) } };
  const send = async () => middleware!(async () => ({ response: { statusCode: 200, body }, output: {} }))({});
  return sendKeepingWireJson(command, send);
}

describe("a provider page with bytes that are not UTF-8 inside one finding", () => {
  it("marks that finding's text as undecodable (so it alone is rejected) and keeps its neighbour's exact text", async () => {
    const text = '{"Findings":[{"Id":"a","Title":"@@"},{"Id":"b","Title":"ok é"}]}';
    const encoded = Buffer.from(text, "utf8");
    const at = encoded.indexOf("@@");
    const body = Buffer.concat([encoded.subarray(0, at), Buffer.from([0xff]), encoded.subarray(at + 2)]);
    const [bad, good] = wireList(await pageOf(body), "Findings");
    expect(hasUndecodableBytes(bad!.raw)).toBe(true);
    expect(good!.raw).toBe('{"Id":"b","Title":"ok é"}');
    expect(hasUndecodableBytes(good!.raw)).toBe(false);
  });
});
