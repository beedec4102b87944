import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as downloadRoute } from "@/app/api/incidents/[id]/evidence/[evidenceId]/download/route";
import { GET as listRoute, POST as declareRoute } from "@/app/api/incidents/route";
import { POST as eventbridgeRoute } from "@/app/api/intake/eventbridge/route";
import { prisma } from "@/lib/db";
import { registerEvidenceFromBuffer } from "@/lib/evidence/register";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

/** `text` as UTF-8 with the marker replaced by bytes that are not UTF-8 (a lone 0xFF, then a truncated "é"). */
function withBadBytes(text: string, marker = "@@BAD@@"): Uint8Array<ArrayBuffer> {
  const encoded = Buffer.from(text, "utf8");
  const at = encoded.indexOf(marker);
  if (at < 0) throw new Error("marker not found");
  return new Uint8Array(Buffer.concat([encoded.subarray(0, at), Buffer.from([0xff, 0xc3]), encoded.subarray(at + Buffer.byteLength(marker))]));
}

let commanderToken: string;
let commanderId: string;

beforeEach(async () => {
  await resetDatabase();
  const commander = await createUser(["commander"], "Casey Commander");
  commanderId = commander.id;
  commanderToken = await createToken(["commander"]);
});

describe("a request body that is not valid UTF-8", () => {
  it("a JSON body: 400 naming the body, and nothing is written (never stored with U+FFFD in its place)", async () => {
    const body = withBadBytes(JSON.stringify({ title: "Bucket @@BAD@@ open", severity: "high", commanderId }));
    const response = await call(declareRoute, "POST", "/api/incidents", { token: commanderToken, rawBody: body, contentType: "application/json" });
    expect(response.status).toBe(400);
    expect(response.body?.title).toBe("The request body is not valid UTF-8.");
    expect(response.body?.invalid_params).toEqual([{ name: "body", reason: "is not valid UTF-8" }]);
    expect(await prisma.incident.count()).toBe(0);
  });

  it("an HTML form: 400 naming the field whose percent-encoded bytes are not UTF-8, and no custody entry", async () => {
    const admin = await createUser(["admin"], "Ada Admin");
    const incidentId = await declareIncidentVia(commanderToken, commanderId);
    const { evidence } = await registerEvidenceFromBuffer({ incidentId, name: "trail.log", bytes: new TextEncoder().encode("GET /\n"), actor: actorOf(admin), reason: "Collected" });
    const custodyBefore = await prisma.evidenceCustody.count();
    const response = await call(downloadRoute, "POST", "/x", {
      token: commanderToken,
      params: { id: incidentId, evidenceId: evidence.id },
      rawBody: "reason=Caf%E9+review",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(response.status).toBe(400);
    expect(response.body?.invalid_params).toEqual([{ name: "reason", reason: "is not valid UTF-8 once percent-decoded" }]);
    expect(await prisma.evidenceCustody.count()).toBe(custodyBefore);

    // Its positive twin: the same form with the "é" in UTF-8 downloads, and the reason is kept exactly.
    const ok = await downloadRoute(
      new Request("http://localhost/x", {
        method: "POST",
        headers: { host: "localhost", authorization: `Bearer ${commanderToken}`, "content-type": "application/x-www-form-urlencoded" },
        body: "reason=Caf%C3%A9+review",
      }),
      { params: Promise.resolve({ id: incidentId, evidenceId: evidence.id }) },
    );
    expect(ok.status).toBe(200);
    await ok.body?.cancel();
    expect((await prisma.evidenceCustody.findFirstOrThrow({ where: { action: "downloaded" } })).reason).toBe("Café review");
  });

  it("a query string: 400 naming the parameter, not a search for U+FFFD", async () => {
    const response = await call(listRoute, "GET", "/api/incidents", { token: commanderToken, query: "?q=caf%E9" });
    expect(response.status).toBe(400);
    expect(response.body?.invalid_params).toEqual([{ name: "q", reason: "is not valid UTF-8 once percent-decoded" }]);
  });
});

describe("an EventBridge push with bytes that are not UTF-8 inside one finding", () => {
  it("rejects that finding alone, naming it, and stores its neighbour byte for byte", async () => {
    const token = await createToken(["engineer"]);
    const event = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/eventbridge-securityhub-findings-imported-afsbp-ec2.7.json"), "utf8")) as {
      detail: { findings: Record<string, unknown>[] };
    };
    const good = event.detail.findings[0]!;
    event.detail.findings = [{ ...good, Id: `${String(good.Id)}-bad`, Title: "Broken @@BAD@@ title" }, good];
    const response = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, rawBody: withBadBytes(JSON.stringify(event)), contentType: "application/json" });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ received: 2, inserted: 1, rejected: 1 });
    expect(response.body?.invalid_params).toEqual([{ name: "findings[0]", reason: "is not valid UTF-8", finding: null }]);
    const stored = await prisma.finding.findMany({ select: { awsId: true, title: true } });
    expect(stored).toEqual([{ awsId: good.Id, title: good.Title }]);
    const raw = await prisma.findingVersion.findFirstOrThrow({ select: { raw: true } });
    expect(JSON.stringify(raw)).not.toContain("\ufffd");
  });

  it("a push that is not UTF-8 outside any finding's text is not JSON: 400 naming the body", async () => {
    const token = await createToken(["engineer"]);
    const response = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token, rawBody: withBadBytes('{"detail-type": "x", @@BAD@@}'), contentType: "application/json" });
    expect(response.status).toBe(400);
    expect(await prisma.finding.count()).toBe(0);
  });
});
