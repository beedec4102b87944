import { beforeEach, describe, expect, it } from "vitest";
import { GET as factsGet, PUT as factsPut } from "@/app/api/incidents/[id]/facts/route";
import { POST as declarePost } from "@/app/api/incidents/[id]/declarations/route";
import { GET as obligationsGet } from "@/app/api/incidents/[id]/obligations/route";
import { PUT as profilePut } from "@/app/api/organisation-profile/route";
import { POST as storePost } from "@/app/api/data-stores/route";
import { POST as suggestionPost } from "@/app/api/incidents/[id]/facts/suggestions/route";
import { POST as statusPost } from "@/app/api/incidents/[id]/status/route";
import { prisma } from "@/lib/db";
import { RULES_BY_ID } from "@/lib/clocks/catalog";
import { recordObligationMet } from "@/lib/obligations/record-met";
import { setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const PROFILE = { timeZone: "America/New_York", establishments: ["US-NY"], dataRole: "controller", flags: {} };
const BASE_FACTS = {
  personalData: "yes",
  dataCategories: ["name", "national_id_number"],
  compromise: ["acquisition"],
  encryption: { status: "none", keyCompromised: "unknown" },
  riskLevel: "risk",
};

async function kinds(incidentId: string) {
  return (await prisma.timelineEvent.findMany({ where: { incidentId }, orderBy: { sequence: "asc" }, select: { kind: true } })).map((e) => e.kind);
}

describe("clock facts → stored obligation register", () => {
  let token: string;
  let adminToken: string;
  let id: string;

  beforeEach(async () => {
    await resetDatabase();
    const commander = await createUser(["commander"], "Casey");
    token = await createToken(["commander"]);
    adminToken = await createToken(["admin"]);
    expect((await call(profilePut, "PUT", "/api/organisation-profile", { token: adminToken, json: { profile: PROFILE, reason: "Initial profile" } })).status).toBe(200);
    id = await declareIncidentVia(token, commander.id);
    const params = { id };
    for (const moment of ["discovered", "breachDetermined"]) {
      const declared = await call(declarePost, "POST", `/api/incidents/${id}/declarations`, {
        token, params, json: { moment, at: "2026-11-20T15:00:00Z", reason: "Exfiltration confirmed in CloudTrail" },
      });
      expect(declared.status).toBe(201);
    }
    const first = await call(factsPut, "PUT", `/api/incidents/${id}/facts`, {
      token, params, json: { expectedVersion: 0, reason: "Initial scoping", incident: BASE_FACTS, affected: [{ jurisdiction: "US-CA", count: 1200 }] },
    });
    expect(first.status).toBe(200);
  });

  const put = (json: unknown) => call(factsPut, "PUT", `/api/incidents/${id}/facts`, { token, params: { id }, json });

  it("adds residents of a new state: new rows stored, and exactly one timeline event with the diff", async () => {
    const before = await kinds(id);
    const response = await put({ expectedVersion: 1, reason: "Texas customers found in the dump", affected: [{ jurisdiction: "US-CA", count: 1200 }, { jurisdiction: "US-TX", count: 600 }] });
    expect(response.status).toBe(200);
    expect(response.body?.version).toBe(2);

    const rows = await prisma.obligation.findMany({ where: { incidentId: id, ruleId: { startsWith: "US-TX-" } } });
    const ind = rows.find((r) => r.ruleId === "US-TX-521.053-IND");
    expect(ind).toMatchObject({ applies: "yes", ruleVersion: RULES_BY_ID.get("US-TX-521.053-IND")!.version, retiredAt: null });
    // 60 calendar days from breach determination (2026-11-20), ending 23:59:59 in Texas (CST, UTC-6).
    expect(ind!.dueAt?.toISOString()).toBe("2027-01-20T05:59:59.000Z");
    expect(ind!.ruleSnapshot).toEqual(JSON.parse(JSON.stringify(RULES_BY_ID.get("US-TX-521.053-IND"))));
    expect(await prisma.obligationChange.count({ where: { obligationId: ind!.id, change: "created" } })).toBe(1);

    const after = await kinds(id);
    expect(after.slice(before.length)).toEqual(["facts.changed", "obligations.reevaluated"]);
    const events = await prisma.timelineEvent.findMany({ where: { incidentId: id }, orderBy: { sequence: "desc" }, take: 2 });
    const diff = events[0]!.payload as { added: { ruleId: string; dueAt: string | null }[]; retired: unknown[]; retimed: unknown[] };
    expect(diff.added.map((a) => a.ruleId)).toContain("US-TX-521.053-IND");
    expect(diff.added.find((a) => a.ruleId === "US-TX-521.053-IND")?.dueAt).toBe("2027-01-20T05:59:59.000Z");
    expect(diff.retired).toEqual([]);
    const change = events[1]!.payload as { changes: { field: string; from: unknown; to: unknown }[]; reason: string };
    expect(change.reason).toBe("Texas customers found in the dump");
    expect(change.changes).toEqual([
      { field: "affected", from: [{ jurisdiction: "US-CA", count: 1200 }], to: [{ jurisdiction: "US-CA", count: 1200 }, { jurisdiction: "US-TX", count: 600 }] },
    ]);
  });

  it("re-times on a corrected declaration (old and new due in the diff) and retires rows the facts no longer touch", async () => {
    const current = await prisma.incidentDeclaration.findFirstOrThrow({ where: { incidentId: id, moment: "discovered" } });
    const corrected = await call(declarePost, "POST", `/api/incidents/${id}/declarations`, {
      token, params: { id }, json: { moment: "discovered", at: "2026-11-18T15:00:00Z", reason: "Earlier alert found", supersedesId: current.id },
    });
    expect(corrected.status).toBe(201);
    const diff = (await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId: id }, orderBy: { sequence: "desc" } })).payload as {
      retimed: { ruleId: string; from: string; to: string }[];
    };
    expect(diff.retimed).toContainEqual(
      expect.objectContaining({ ruleId: "US-CA-1798.82-IND", from: "2026-12-21T07:59:59.000Z", to: "2026-12-19T07:59:59.000Z" }),
    );
    // A second correction of the same (now superseded) declaration is refused.
    const stale = await call(declarePost, "POST", `/api/incidents/${id}/declarations`, {
      token, params: { id }, json: { moment: "discovered", at: "2026-11-17T15:00:00Z", reason: "x", supersedesId: current.id },
    });
    expect(stale.status).toBe(409);

    expect((await put({ expectedVersion: 1, reason: "Wrong state: they were Oregon customers", affected: [{ jurisdiction: "US-OR", count: 1200 }] })).status).toBe(200);
    const ca = await prisma.obligation.findFirstOrThrow({ where: { incidentId: id, ruleId: "US-CA-1798.82-IND" } });
    expect(ca.retiredAt).not.toBeNull();
    expect(await prisma.obligationChange.count({ where: { obligationId: ca.id, change: "retired" } })).toBe(1);
  });

  it("writes nothing when a change fails: invalid facts get 400 naming the field and no event, no register change", async () => {
    const before = await kinds(id);
    const rowsBefore = await prisma.obligation.findMany({ where: { incidentId: id }, orderBy: { id: "asc" } });
    const bad = await put({ expectedVersion: 1, reason: "x", incident: { encryption: { status: "none", keyCompromised: "yes" } } });
    expect(bad.status).toBe(400);
    expect(bad.body?.invalid_params).toEqual([{ name: "incident.encryption.keyCompromised", reason: expect.any(String) }]);
    // Consistent facts but an inconsistent register input (a declared major classification said "no") also rolls back.
    await call(declarePost, "POST", `/api/incidents/${id}/declarations`, { token, params: { id }, json: { moment: "majorClassified", at: "2026-11-20T16:00:00Z", reason: "DORA" } });
    const afterDeclare = await kinds(id);
    const rejected = await put({ expectedVersion: 1, reason: "Not major after all", incident: { classification: { major: "no" } } });
    expect(rejected.status).toBe(400);
    expect(await kinds(id)).toEqual(afterDeclare);
    expect(afterDeclare.slice(0, before.length)).toEqual(before);
    expect((await prisma.incidentFacts.findUniqueOrThrow({ where: { incidentId: id } })).version).toBe(1);
    const rowsAfter = await prisma.obligation.findMany({ where: { incidentId: id, ruleId: { in: rowsBefore.map((r) => r.ruleId) } }, orderBy: { id: "asc" } });
    expect(rowsAfter.map((r) => [r.id, r.dueAt?.toISOString(), r.retiredAt])).toEqual(rowsBefore.map((r) => [r.id, r.dueAt?.toISOString(), r.retiredAt]));
    const stale = await put({ expectedVersion: 0, reason: "stale", affected: [] });
    expect(stale.status).toBe(409);
  });

  it("keeps a met obligation met: never re-timed nor retired when the facts change", async () => {
    const ca = await prisma.obligation.findFirstOrThrow({ where: { incidentId: id, ruleId: "US-CA-1798.82-IND" } });
    await prisma.$transaction((tx) =>
      recordObligationMet(tx, { obligationId: ca.id, incidentId: id, metAt: new Date("2026-11-22T10:00:00Z"), by: { kind: "submission", id: null, label: "Mailed" }, actor: { kind: "system", name: "test" } }),
    );
    const current = await prisma.incidentDeclaration.findFirstOrThrow({ where: { incidentId: id, moment: "discovered" } });
    await call(declarePost, "POST", `/api/incidents/${id}/declarations`, {
      token, params: { id }, json: { moment: "discovered", at: "2026-11-10T15:00:00Z", reason: "Earlier", supersedesId: current.id },
    });
    expect((await put({ expectedVersion: 1, reason: "Only Oregon", affected: [{ jurisdiction: "US-OR", count: 10 }] })).status).toBe(200);
    const after = await prisma.obligation.findUniqueOrThrow({ where: { id: ca.id } });
    expect(after).toMatchObject({ status: "met", retiredAt: null, dueAt: ca.dueAt, version: ca.version + 1 });
    // The AG row depends on the actual notice: it runs from the met instant.
    const ag = await prisma.obligation.findFirstOrThrow({ where: { incidentId: id, ruleId: "US-CA-1798.82-AG" } });
    expect(ag.metAt).toBeNull();
  });

  it("keeps the rule version an obligation started under and flags that a newer one exists", async () => {
    const ind = await prisma.obligation.findFirstOrThrow({ where: { incidentId: id, ruleId: "US-CA-1798.82-IND" } });
    const rule = RULES_BY_ID.get("US-CA-1798.82-IND")!;
    // Pretend it was created under an older version that gave 45 days.
    await prisma.obligation.update({
      where: { id: ind.id },
      data: { ruleVersion: "2025-01-01.1", ruleSnapshot: { ...JSON.parse(JSON.stringify(rule)), version: "2025-01-01.1", deadline: { kind: "calendarDays", days: 45 } } },
    });
    expect((await put({ expectedVersion: 1, reason: "More Californians", affected: [{ jurisdiction: "US-CA", count: 5000 }] })).status).toBe(200);
    const after = await prisma.obligation.findUniqueOrThrow({ where: { id: ind.id } });
    expect(after.ruleVersion).toBe("2025-01-01.1");
    // 45 days from discovery (2026-11-20) under the old version, not the catalog's current 30.
    expect(after.dueAt?.toISOString()).toBe("2027-01-05T07:59:59.000Z");
    const register = await call(obligationsGet, "GET", `/api/incidents/${id}/obligations`, { token, params: { id } });
    const row = (register.body?.obligations as { ruleId: string; newerRuleVersion: string | null }[]).find((o) => o.ruleId === "US-CA-1798.82-IND");
    expect(row?.newerRuleVersion).toBe(rule.version);
  });

  it("refuses to close the incident while obligations are open, listing them", async () => {
    const response = await call(statusPost, "POST", `/api/incidents/${id}/status`, { token, params: { id }, json: { to: "closed", expectedVersion: 1, reason: "done" } });
    expect(response.status).toBe(409);
    expect(JSON.stringify(response.body)).toContain("US-CA-1798.82-IND");
  });

  it("accepts a data-inventory suggestion naming the finding and the store", async () => {
    const arn = "arn:aws:s3:::customer-exports";
    expect((await call(storePost, "POST", "/api/data-stores", { token: adminToken, json: { arn, name: "Customer exports", kind: "s3", dataCategories: ["name", "financial_account"], residency: [{ jurisdiction: "US-FL", count: 800 }] } })).status).toBe(201);
    const finding = await prisma.finding.create({
      data: {
        productArn: "arn:aws:securityhub:us-east-1::product/aws/securityhub", awsId: "f-1", format: "asff", title: "<b>S3 bucket is public</b>",
        description: "", severityLabel: "HIGH", severityRank: 70, types: [], productName: "Security Hub", awsAccountId: "123456789012",
        region: "us-east-1", resources: [], resourceIds: [arn], incidentId: id, sourceCreatedAt: new Date(), sourceUpdatedAt: new Date(),
        recordState: "ACTIVE", workflowStatus: "NEW", currentHash: "x",
      },
    });
    const view = await call(factsGet, "GET", `/api/incidents/${id}/facts`, { token, params: { id } });
    expect(view.body?.suggestions).toEqual([expect.objectContaining({ finding: { id: finding.id, title: "<b>S3 bucket is public</b>" }, store: expect.objectContaining({ arn }) })]);
    const accepted = await call(suggestionPost, "POST", `/api/incidents/${id}/facts/suggestions`, { token, params: { id }, json: { findingId: finding.id, storeId: (view.body!.suggestions as { store: { id: string } }[])[0]!.store.id, expectedVersion: 1 } });
    expect(accepted.status).toBe(200);
    const facts = (await prisma.incidentFacts.findUniqueOrThrow({ where: { incidentId: id } })).facts as { incident: { dataCategories: string[] }; affected: { jurisdiction: string }[] };
    expect(facts.incident.dataCategories).toEqual(["name", "national_id_number", "financial_account"]);
    expect(facts.affected.map((a) => a.jurisdiction)).toEqual(["US-CA", "US-FL"]);
    expect(await prisma.obligation.count({ where: { incidentId: id, ruleId: "US-FL-501.171-IND" } })).toBe(1);
  });
});

describe("need-to-know incidents: facts and obligations", () => {
  it("answers 404 to non-members on every facts and register path, and 200 to members", async () => {
    await resetDatabase();
    const commander = await createUser(["commander"], "Casey");
    const outsider = await createUser(["legal"], "Olga");
    const member = await createUser(["legal"], "Mia");
    const commanderToken = await createToken(["commander"]);
    const id = await declareIncidentVia(commanderToken, commander.id);
    await setIncidentMember(actorOf(commander), id, { userId: member.id, role: "legal_lead" });
    await setIncidentRestricted(actorOf(commander), id, { restricted: true, reason: "Insider case" });

    const { getIncidentFacts } = await import("@/lib/fact-changes/read-facts");
    const { updateIncidentFacts } = await import("@/lib/fact-changes/update-facts");
    const { declareMoment } = await import("@/lib/fact-changes/declare-moment");
    const { getRegister } = await import("@/lib/obligations/service");
    const attempts = [
      () => getIncidentFacts(actorOf(outsider), id),
      () => getRegister(actorOf(outsider), id),
      () => updateIncidentFacts(actorOf(outsider), id, { expectedVersion: 0, reason: "x", affected: [] }),
      () => declareMoment(actorOf(outsider), id, { moment: "aware", at: "2026-11-20T10:00:00Z", reason: "x" }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "not_found" });
    const legalToken = await createToken(["legal"]);
    expect((await call(obligationsGet, "GET", `/api/incidents/${id}/obligations`, { token: legalToken, params: { id } })).status).toBe(404);
    expect((await call(factsGet, "GET", `/api/incidents/${id}/facts`, { token: legalToken, params: { id } })).status).toBe(404);

    await expect(getIncidentFacts(actorOf(member), id)).resolves.toMatchObject({ version: 0 });
    await expect(getRegister(actorOf(member), id)).resolves.toMatchObject({ obligations: [] });
  });
});
