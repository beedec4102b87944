import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as importPost } from "@/app/api/incidents/[id]/affected-people/imports/route";
import { GET as summaryGet } from "@/app/api/incidents/[id]/affected-people/route";
import { GET as problemsGet } from "@/app/api/incidents/[id]/affected-people/imports/[importId]/problems/route";
import { POST as unresolvedPost } from "@/app/api/incidents/[id]/affected-people/unresolved/route";
import { DELETE as overrideDelete, PUT as overridePut } from "@/app/api/incidents/[id]/affected-people/overrides/[jurisdiction]/route";
import { PUT as factsPut } from "@/app/api/incidents/[id]/facts/route";
import { POST as declarePost } from "@/app/api/incidents/[id]/declarations/route";
import { PUT as profilePut } from "@/app/api/organisation-profile/route";
import { prisma } from "@/lib/db";
import { setIncidentRestricted } from "@/lib/membership/service";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const PROFILE = { timeZone: "America/New_York", establishments: ["US-NY"], dataRole: "controller", flags: {} };
const HEADER = "customer_id,full_name,email,street,city,state,zip,country,data_categories";

/** A CSV extract: `n` people per state, ids from a prefix, each with a name, an e-mail and a national id number. */
function extract(perState: Record<string, number>, prefix = "C"): string {
  const lines = [HEADER];
  let n = 0;
  for (const [state, count] of Object.entries(perState)) {
    for (let i = 0; i < count; i += 1) {
      n += 1;
      lines.push(`${prefix}-${n},Person ${n},person${n}@example.com,${n} Main Street,Springfield,${state},,US,name;national_id_number`);
    }
  }
  return `${lines.join("\n")}\n`;
}

describe("affected-people ledger: import, merge, counts into the facts", () => {
  let token: string;
  let commander: Awaited<ReturnType<typeof createUser>>;
  let id: string;
  const savedKey = process.env.BREACHDESK_DATA_KEY;

  beforeAll(() => {
    process.env.BREACHDESK_DATA_KEY = randomBytes(32).toString("base64");
  });
  afterAll(() => {
    if (savedKey === undefined) delete process.env.BREACHDESK_DATA_KEY;
    else process.env.BREACHDESK_DATA_KEY = savedKey;
  });

  beforeEach(async () => {
    await resetDatabase();
    commander = await createUser(["commander"], "Casey");
    token = await createToken(["commander"]);
    const adminToken = await createToken(["admin"]);
    expect((await call(profilePut, "PUT", "/api/organisation-profile", { token: adminToken, json: { profile: PROFILE, reason: "Initial profile" } })).status).toBe(200);
    id = await declareIncidentVia(token, commander.id);
    for (const moment of ["discovered", "breachDetermined"]) {
      const declared = await call(declarePost, "POST", `/api/incidents/${id}/declarations`, {
        token, params: { id }, json: { moment, at: "2026-11-20T15:00:00Z", reason: "Exfiltration confirmed" },
      });
      expect(declared.status).toBe(201);
    }
    const facts = await call(factsPut, "PUT", `/api/incidents/${id}/facts`, {
      token, params: { id },
      json: { expectedVersion: 0, reason: "Scoping", incident: { personalData: "yes", dataCategories: ["name"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" }, riskLevel: "risk" }, affected: [{ jurisdiction: "GB", count: 12 }, { jurisdiction: "US-CA", count: 3 }] },
    });
    expect(facts.status).toBe(200);
  });

  const upload = (body: string | Uint8Array<ArrayBuffer>, query = "?format=csv&fileName=extract.csv", as = token) =>
    call(importPost, "POST", `/api/incidents/${id}/affected-people/imports`, { token: as, params: { id }, rawBody: body, contentType: "text/csv", query });
  const storedFacts = async () => (await prisma.incidentFacts.findUnique({ where: { incidentId: id } }))!.facts as { affected: { jurisdiction: string; count: number | null }[]; incident: { dataCategories: string[] } };

  it("imports people, seals their contact data, and replaces the counts of the jurisdictions it covers: California's AG copy appears past 500", async () => {
    const response = await upload(extract({ CA: 501, TX: 20, NY: 4 }));
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body?.import).toMatchObject({ rowsRead: 525, rowsRejected: 0, peopleAdded: 525, peopleUpdated: 0, unresolved: 0 });

    const facts = await storedFacts();
    expect(facts.affected).toEqual([
      { jurisdiction: "GB", count: 12 },
      { jurisdiction: "US-CA", count: 501, dataCategories: ["name", "national_id_number"] },
      { jurisdiction: "US-NY", count: 4, dataCategories: ["name", "national_id_number"] },
      { jurisdiction: "US-TX", count: 20, dataCategories: ["name", "national_id_number"] },
    ]);
    expect(facts.incident.dataCategories).toEqual(["name", "national_id_number"]);
    const ag = await prisma.obligation.findFirst({ where: { incidentId: id, ruleId: "US-CA-1798.82-AG", retiredAt: null } });
    expect(ag?.applies).toBe("yes");

    // Sealed: the e-mail address is nowhere in the row's bytes.
    const person = await prisma.affectedPerson.findFirstOrThrow({ where: { incidentId: id, jurisdiction: "US-TX" } });
    expect(person.emailSealed).not.toBeNull();
    expect(Buffer.from(person.emailSealed!).toString("latin1")).not.toMatch(/@example\.com/);
    expect(person.jurisdictionRule).toMatch(/TX/);
    expect(await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM affected_people_staging`).toEqual([{ n: 0n }]);

    const kinds = (await prisma.timelineEvent.findMany({ where: { incidentId: id }, orderBy: { sequence: "asc" }, select: { kind: true, payload: true } }));
    const imported = kinds.find((e) => e.kind === "people.imported");
    expect(imported?.payload).toMatchObject({ peopleAdded: 525, ledgerTotal: 525 });
    expect(JSON.stringify(imported?.payload)).not.toContain("example.com");
    expect(kinds.map((e) => e.kind)).toContain("facts.changed");
  });

  it("merges a second import by identifier: no one twice, later values win, the counts follow (the AG copy goes when California falls to 500)", async () => {
    expect((await upload(extract({ CA: 501 }))).status).toBe(201);
    // C-501 moves to Oregon; two new people; one line repeats an identifier of the same file.
    const second = [HEADER, "C-501,Person 501,moved@example.com,1 Elm,Portland,OR,,US,name", "N-1,New One,,,,WA,,US,health", "N-2,New Two,,,,WA,,US,name;location", "N-2,New Two,two@example.com,,,WA,,US,health;name"].join("\n");
    const response = await upload(second, "?format=csv&fileName=second.csv");
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body?.import).toMatchObject({ rowsRead: 4, peopleAdded: 2, peopleUpdated: 1 });
    expect(await prisma.affectedPerson.count({ where: { incidentId: id } })).toBe(503);
    const facts = await storedFacts();
    expect(facts.affected.find((a) => a.jurisdiction === "US-CA")?.count).toBe(500);
    expect(facts.affected.find((a) => a.jurisdiction === "US-OR")?.count).toBe(1);
    expect(facts.affected.find((a) => a.jurisdiction === "US-WA")?.count).toBe(2);
    const ag = await prisma.obligation.findFirst({ where: { incidentId: id, ruleId: "US-CA-1798.82-AG", retiredAt: null } });
    expect(ag?.applies ?? "no").not.toBe("yes");
    const twice = await prisma.affectedPerson.findMany({ where: { incidentId: id, jurisdiction: "US-WA" } });
    expect(twice.filter((p) => p.hasEmail)).toHaveLength(1);
    // A repeated identifier's data categories add up across its lines; a single line keeps its own.
    expect(twice.find((p) => p.hasEmail)?.dataCategories).toEqual(["health", "location", "name"]);
    expect(twice.find((p) => !p.hasEmail)?.dataCategories).toEqual(["health"]);
    const moved = await prisma.affectedPerson.findMany({ where: { incidentId: id, jurisdiction: "US-OR" } });
    expect(moved.map((p) => p.dataCategories)).toEqual([["name", "national_id_number"]]);
  });

  it("refuses bad rows one by one with their line and reason, keeps the rest, and lists people it could not place", async () => {
    const lines = [
      HEADER,
      "A-1,Ann,ann@example.com,,,CA,,US,name",
      ",No Id,noid@example.com,,,CA,,US,name",
      "A-3,Bad Mail,not-an-address,,,CA,,US,name",
      "A-4,Bad Category,,,,CA,,US,passwords",
      "A-5,Eve\u202eliar,,,,CA,,US,name",
      "A-6,Nul\u0000Name,,,,CA,,US,name",
      "A-7,Nowhere,,,,ZZ,,US,name",
      "A-8,No Country,,,,,,,name",
    ];
    const response = await upload(`${lines.join("\n")}\n`);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body?.import).toMatchObject({ rowsRead: 8, rowsRejected: 5, peopleAdded: 3, unresolved: 2 });
    const importId = (response.body?.import as { id: string }).id;
    const problems = await call(problemsGet, "GET", `/api/incidents/${id}/affected-people/imports/${importId}/problems`, { token, params: { id, importId } });
    expect(problems.status).toBe(200);
    expect((problems.body?.problems as { line: number; field: string }[]).map((p) => [p.line, p.field])).toEqual([
      [3, "identifier"], [4, "email"], [5, "dataCategories"], [6, "name"], [7, "name"],
    ]);

    const review = await call(unresolvedPost, "POST", `/api/incidents/${id}/affected-people/unresolved`, { token, params: { id }, json: { reason: "Placing people for the notices" } });
    expect(review.status).toBe(200);
    expect((review.body?.people as { identifier: string; why: string }[]).map((p) => p.identifier).sort()).toEqual(["A-7", "A-8"]);
    const viewed = await prisma.timelineEvent.findFirst({ where: { incidentId: id, kind: "people.viewed" } });
    expect(viewed?.payload).toMatchObject({ people: 2 });

    const summary = await call(summaryGet, "GET", `/api/incidents/${id}/affected-people`, { token, params: { id } });
    expect(summary.body?.counts).toMatchObject({ total: 3, unresolved: 2, byJurisdiction: [{ jurisdiction: "US-CA", people: 1 }] });
  });

  it("reads NDJSON, with numbers where text is expected", async () => {
    const body = ['{"id":"J-1","name":"Jo","state":"NY","country":"US","zip":10001}', "not json", '{"id":"J-2","country":"DE"}', "[1]"].join("\n");
    const response = await upload(body, "?format=ndjson&fileName=people.ndjson");
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body?.import).toMatchObject({ rowsRead: 4, rowsRejected: 2, peopleAdded: 2 });
    expect((await storedFacts()).affected.map((a) => a.jurisdiction).sort()).toEqual(["DE", "GB", "US-CA", "US-NY"]);
  });

  it("applies nothing of a file that breaks half-way (not UTF-8), and says why", async () => {
    const good = extract({ CA: 50 });
    const broken = new Uint8Array([...new TextEncoder().encode(good), 0xff, 0xfe, ...new TextEncoder().encode("X-1,Late,,,,CA,,US,name\n")]);
    const response = await upload(broken);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/UTF-8/);
    expect(await prisma.affectedPerson.count()).toBe(0);
    expect(await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM affected_people_staging`).toEqual([{ n: 0n }]);
    expect(await prisma.affectedPeopleImport.findFirst({ select: { status: true } })).toEqual({ status: "failed" });
    expect((await storedFacts()).affected).toEqual([{ jurisdiction: "GB", count: 12 }, { jurisdiction: "US-CA", count: 3 }]);
  });

  it("names the mapping's columns the file lacks, and a mapping that is not JSON", async () => {
    const mapping = encodeURIComponent(JSON.stringify({ identifier: "customer_id", email: "mail_address" }));
    const missing = await upload(extract({ CA: 1 }), `?format=csv&fileName=x.csv&mapping=${mapping}`);
    expect(missing.status).toBe(400);
    expect(missing.body?.invalid_params).toEqual([expect.objectContaining({ name: "mapping.email" })]);
    const notJson = await upload(extract({ CA: 1 }), "?format=csv&fileName=x.csv&mapping=%7Bnope");
    expect(notJson.status).toBe(400);
    expect(JSON.stringify(notJson.body)).toContain("mapping");
    const noIdentifier = await upload("who,where\nAnn,CA\n");
    expect(noIdentifier.status).toBe(400);
    expect(JSON.stringify(noIdentifier.body)).toContain("mapping.identifier");
  });

  const override = (jurisdiction: string, json: unknown, as = token) =>
    call(overridePut, "PUT", `/api/incidents/${id}/affected-people/overrides/${jurisdiction}`, { token: as, params: { id, jurisdiction }, json });
  const removeOverride = (jurisdiction: string, json: unknown, as = token) =>
    call(overrideDelete, "DELETE", `/api/incidents/${id}/affected-people/overrides/${jurisdiction}`, { token: as, params: { id, jurisdiction }, json });
  const agApplies = async () => (await prisma.obligation.findFirst({ where: { incidentId: id, ruleId: "US-CA-1798.82-AG", retiredAt: null } }))?.applies ?? "no";
  const caCount = async () => (await storedFacts()).affected.find((a) => a.jurisdiction === "US-CA")?.count;

  it("lets a count be overridden by hand with a reason: California at 600 brings the AG copy though the ledger has 400; a later import keeps it; removing it goes back to the ledger", async () => {
    expect((await upload(extract({ CA: 400, TX: 5 }))).status).toBe(201);
    expect(await caCount()).toBe(400);
    expect(await agApplies()).not.toBe("yes");

    const reason = "The billing store's extract is still missing; the vendor counts 600 Californians";
    const set = await override("US-CA", { count: 600, reason });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body?.override).toMatchObject({ jurisdiction: "US-CA", count: 600, reason, ledgerCount: 400 });
    expect(await caCount()).toBe(600);
    expect(await agApplies()).toBe("yes");
    // The timeline: the override with its reason, and the facts' old → new with the reason.
    const events = await prisma.timelineEvent.findMany({ where: { incidentId: id }, orderBy: { sequence: "asc" }, select: { kind: true, payload: true } });
    expect(events.find((e) => e.kind === "people.count-overridden")?.payload).toEqual({ jurisdiction: "US-CA", count: 600, previous: null, ledgerCount: 400, reason });
    const changed = events.filter((e) => e.kind === "facts.changed").at(-1)?.payload as { reason: string; changes: { field: string; from: { jurisdiction: string; count: number }[]; to: { jurisdiction: string; count: number }[] }[] };
    expect(changed.reason).toContain(reason);
    const affected = changed.changes.find((c) => c.field === "affected")!;
    expect(affected.from.find((a) => a.jurisdiction === "US-CA")?.count).toBe(400);
    expect(affected.to.find((a) => a.jurisdiction === "US-CA")?.count).toBe(600);

    // A later import moves the ledger to 410 Californians: the override still wins; Texas follows the ledger.
    expect((await upload(extract({ CA: 10, TX: 1 }, "D"), "?format=csv&fileName=more.csv")).status).toBe(201);
    expect(await caCount()).toBe(600);
    expect((await storedFacts()).affected.find((a) => a.jurisdiction === "US-TX")?.count).toBe(6);
    expect(await agApplies()).toBe("yes");
    const summary = await call(summaryGet, "GET", `/api/incidents/${id}/affected-people`, { token, params: { id } });
    expect(summary.body?.overrides).toEqual([expect.objectContaining({ jurisdiction: "US-CA", count: 600, reason })]);

    const removed = await removeOverride("US-CA", { reason: "The billing extract is imported now" });
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(await caCount()).toBe(410);
    expect(await agApplies()).not.toBe("yes");
    expect(await prisma.affectedCountOverride.count()).toBe(0);
    const last = await prisma.timelineEvent.findFirst({ where: { incidentId: id, kind: "people.count-overridden" }, orderBy: { sequence: "desc" } });
    expect(last?.payload).toMatchObject({ jurisdiction: "US-CA", count: null, previous: 600, ledgerCount: 410 });
    expect((await removeOverride("US-CA", { reason: "Again" })).status).toBe(404);
  });

  it("refuses a bad override naming the field: a negative count, a NUL in the reason, a jurisdiction the ledger does not have, a role that may not type the facts", async () => {
    expect((await upload(extract({ CA: 3 }))).status).toBe(201);
    const negative = await override("US-CA", { count: -1, reason: "Typo" });
    expect(negative.status).toBe(400);
    expect(negative.body?.invalid_params).toEqual([expect.objectContaining({ name: "count" })]);
    const nul = await override("US-CA", { count: 5, reason: "a\u0000b" });
    expect(nul.status).toBe(400);
    expect(nul.body?.invalid_params).toEqual([expect.objectContaining({ name: "reason" })]);
    const fraction = await override("US-CA", { count: 2.5, reason: "Half a person" });
    expect(fraction.status).toBe(400);
    expect(fraction.body?.invalid_params).toEqual([expect.objectContaining({ name: "count" })]);
    const nowhere = await override("US-WY", { count: 5, reason: "Nobody there in the ledger" });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body?.invalid_params).toEqual([expect.objectContaining({ name: "jurisdiction" })]);
    const notACode = await override("XX-12345", { count: 5, reason: "Not a jurisdiction" });
    expect(notACode.status).toBe(400);
    expect(notACode.body?.invalid_params).toEqual([expect.objectContaining({ name: "jurisdiction" })]);
    const engineer = await createToken(["engineer"]);
    expect((await override("US-CA", { count: 5, reason: "Curious" }, engineer)).status).toBe(403);
    expect(await prisma.affectedCountOverride.count()).toBe(0);
    expect(await caCount()).toBe(3);
  });

  it("refuses the ledger to roles without it and to non-members of a restricted incident, and says when no key is set", async () => {
    const engineer = await createToken(["engineer"]);
    expect((await upload(extract({ CA: 1 }), undefined, engineer)).status).toBe(403);
    const exec = await createToken(["exec"]);
    expect((await call(unresolvedPost, "POST", `/api/incidents/${id}/affected-people/unresolved`, { token: exec, params: { id }, json: { reason: "Curious" } })).status).toBe(403);

    await setIncidentRestricted(actorOf(commander), id, { restricted: true, reason: "Insider suspected" });
    const outsider = await createToken(["legal"]);
    expect((await upload(extract({ CA: 1 }), undefined, outsider)).status).toBe(404);
    expect((await call(summaryGet, "GET", `/api/incidents/${id}/affected-people`, { token: outsider, params: { id } })).status).toBe(404);

    const key = process.env.BREACHDESK_DATA_KEY;
    delete process.env.BREACHDESK_DATA_KEY;
    try {
      const refused = await upload(extract({ CA: 1 }));
      expect(refused.status).toBe(409);
      expect(JSON.stringify(refused.body)).toContain("BREACHDESK_DATA_KEY");
    } finally {
      process.env.BREACHDESK_DATA_KEY = key;
    }
  });
});
