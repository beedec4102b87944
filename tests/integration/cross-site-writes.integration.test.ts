import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it } from "vitest";
import * as downloadModule from "@/app/api/incidents/[id]/evidence/[evidenceId]/download/route";
import * as receiptModule from "@/app/api/incidents/[id]/notices/[noticeId]/receipt/route";
import * as csvModule from "@/app/api/incidents/[id]/export/[file]/route";
import * as zipModule from "@/app/api/incidents/[id]/export.zip/route";
import * as pdfModule from "@/app/api/incidents/[id]/report.pdf/route";
import { prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { registerEvidenceFromBuffer } from "@/lib/evidence/register";
import { withRoute, type TRouteHandler } from "@/lib/http/with-route";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { actorOf, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

type TUser = Awaited<ReturnType<typeof createUser>>;

let commander: TUser;
let incidentId: string;
let evidenceId: string;
let cookie: string;

beforeEach(async () => {
  await resetDatabase();
  commander = await createUser(["commander"], "Casey Commander");
  incidentId = await declareIncidentVia(await createToken(["admin"]), commander.id, "Public bucket");
  const registered = await registerEvidenceFromBuffer({
    incidentId, name: "cloudtrail.log", bytes: new TextEncoder().encode("GET /exports 200\n"), actor: actorOf(commander), reason: "Collected",
  });
  evidenceId = registered.evidence.id;
  const signedInAt = Date.now();
  cookie = `next-auth.session-token=${await encode({ token: { uid: commander.id, signedInAt, sub: commander.id }, secret: serverEnv().NEXTAUTH_SECRET })}`;
});

/** The writes an access records: custody entries and timeline events (declaring and registering wrote 3 events). */
async function writes() {
  return { custody: await prisma.evidenceCustody.count(), events: await prisma.timelineEvent.count({ where: { incidentId } }) };
}

function post(handler: TRouteHandler, params: Record<string, string>, headers: Record<string, string>, form?: string) {
  const request = new Request("http://localhost/api/x", {
    method: "POST",
    headers: { host: "localhost", cookie, ...(form !== undefined ? { "content-type": "application/x-www-form-urlencoded" } : {}), ...headers },
    body: form,
  });
  return handler(request, { params: Promise.resolve(params) });
}

const CROSS_SITE: Record<string, Record<string, string>> = {
  "Sec-Fetch-Site: cross-site": { "sec-fetch-site": "cross-site" },
  "a foreign Origin": { origin: "https://evil.example" },
  "Sec-Fetch-Site: same-site (a sibling subdomain)": { "sec-fetch-site": "same-site" },
};
const SAME_ORIGIN = { origin: "http://localhost", "sec-fetch-site": "same-origin" };

const ENDPOINTS = [
  { name: "evidence download", module: downloadModule as Record<string, unknown>, params: () => ({ id: incidentId, evidenceId }), form: "reason=Forensic+report" },
  { name: "timeline CSV export", module: csvModule as Record<string, unknown>, params: () => ({ id: incidentId, file: "timeline.csv" }) },
  { name: "export bundle", module: zipModule as Record<string, unknown>, params: () => ({ id: incidentId }) },
  { name: "PDF report", module: pdfModule as Record<string, unknown>, params: () => ({ id: incidentId }) },
];

describe("endpoints that record an access are POST and refuse other sites", () => {
  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.name}: no GET a link, an image or a prefetch could trigger`, () => {
      expect(endpoint.module.GET).toBeUndefined();
      expect(typeof endpoint.module.POST).toBe("function");
    });

    for (const [label, headers] of Object.entries(CROSS_SITE)) {
      it(`${endpoint.name}: a signed-in browser's request from another site (${label}) is refused and writes nothing`, async () => {
        const before = await writes();
        const response = await post(endpoint.module.POST as TRouteHandler, endpoint.params(), headers, endpoint.form);
        expect(response.status).toBe(403);
        expect(await writes()).toEqual(before);
      });
    }

    it(`${endpoint.name}: the console's own form post is served and recorded`, async () => {
      const before = await writes();
      const response = await post(endpoint.module.POST as TRouteHandler, endpoint.params(), SAME_ORIGIN, endpoint.form);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
      await response.arrayBuffer();
      const after = await writes();
      expect(after.events).toBe(before.events + 1);
      expect(after.custody).toBe(before.custody + (endpoint.name === "evidence download" ? 1 : 0));
    });
  }

  it("the receipt download is a POST too", () => {
    expect((receiptModule as Record<string, unknown>).GET).toBeUndefined();
    expect(typeof receiptModule.POST).toBe("function");
  });

  it("the evidence download's reason comes from the form body, and is recorded as sent", async () => {
    await post(downloadModule.POST, { id: incidentId, evidenceId }, SAME_ORIGIN, "reason=Send+to+outside+counsel");
    const entry = await prisma.evidenceCustody.findFirstOrThrow({ where: { evidenceId, action: "downloaded" } });
    expect(entry.reason).toBe("Send to outside counsel");
  });
});

describe("a GET can never write a timeline event", () => {
  const noteHandler = () =>
    withRoute({
      permission: "incident.read",
      handler: async ({ actor }) =>
        prisma.$transaction((tx) => appendTimelineEvent(tx, { incidentId, kind: "note.added", actor, payload: { text: "a note", backdateReason: null, corrects: null } })),
    });
  const request = (method: string) => new Request("http://localhost/api/x", { method, headers: { host: "localhost", cookie, ...SAME_ORIGIN } });

  it("fails (500) and leaves nothing behind when a GET handler tries", async () => {
    const before = await writes();
    const response = await noteHandler()(request("GET"), { params: Promise.resolve({}) });
    expect(response.status).toBe(500);
    expect(await writes()).toEqual(before);
  });

  it("the same handler behind a POST writes its event", async () => {
    const before = await writes();
    const response = await noteHandler()(request("POST"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect((await writes()).events).toBe(before.events + 1);
  });
});
