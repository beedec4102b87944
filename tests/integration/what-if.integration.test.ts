import { beforeEach, describe, expect, it } from "vitest";
import { POST as evaluateRoute } from "@/app/api/what-if/evaluate/route";
import { prisma } from "@/lib/db";
import { declareMoment } from "@/lib/fact-changes/declare-moment";
import { updateIncidentFacts } from "@/lib/fact-changes/update-facts";
import { setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
import { getWhatIfStart, listWhatIfIncidents } from "@/lib/what-if/service";
import type { TWhatIfResults } from "@/lib/what-if/results";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

type TUser = Awaited<ReturnType<typeof createUser>>;
const MISSING = "00000000-0000-4000-8000-000000000000";

let commander: TUser;
let legal: TUser;
let outsider: TUser;
let open: string;
let secret: string;

beforeEach(async () => {
  await resetDatabase();
  commander = await createUser(["commander"], "Casey Commander");
  legal = await createUser(["legal"], "Lee Legal");
  outsider = await createUser(["legal"], "Olu Outsider");
  const adminToken = await createToken(["admin"]);
  open = await declareIncidentVia(adminToken, commander.id, "Customer export bucket public");
  secret = await declareIncidentVia(adminToken, commander.id, "Board mailbox exfiltrated");
  await setIncidentMember(actorOf(commander), secret, { userId: legal.id, role: "legal_lead" });
  await setIncidentRestricted(actorOf(commander), secret, { restricted: true, reason: "Insider suspected" });
  for (const id of [open, secret]) {
    await declareMoment(actorOf(commander), id, { moment: "discovered", at: "2026-11-20T15:00:00Z", reason: "Exfiltration confirmed" });
    await updateIncidentFacts(actorOf(commander), id, {
      expectedVersion: 0,
      reason: "Initial scoping",
      incident: { personalData: "yes", dataCategories: ["name", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" }, riskLevel: "risk" },
      affected: [{ jurisdiction: "US-CA", count: 1200 }],
    });
  }
});

describe("What-if: start from an incident", () => {
  it("offers only the incidents the viewer may see, and pre-fills a need-to-know incident for its members only", async () => {
    expect((await listWhatIfIncidents(actorOf(legal))).map((i) => i.id).sort()).toEqual([open, secret].sort());
    expect((await listWhatIfIncidents(actorOf(outsider))).map((i) => i.id)).toEqual([open]);

    expect((await getWhatIfStart(actorOf(legal), secret))?.incident?.id).toBe(secret);
    // Not a member: the same answer as for an incident that does not exist, or an id that is not one.
    expect(await getWhatIfStart(actorOf(outsider), secret)).toBeNull();
    expect(await getWhatIfStart(actorOf(outsider), MISSING)).toBeNull();
    expect(await getWhatIfStart(actorOf(outsider), "not-an-id")).toBeNull();
  });

  it("pre-fills the incident's facts and moments, and evaluating changed facts leaves the incident as it was", async () => {
    const start = (await getWhatIfStart(actorOf(legal), open))!;
    expect(start.facts.affected).toEqual([{ jurisdiction: "US-CA", count: 1200 }]);
    expect(start.facts.moments).toEqual({ discovered: "2026-11-20T15:00:00Z" });
    expect(start.facts.incident).toMatchObject({ personalData: "yes", riskLevel: "risk" });

    const snapshot = async () => ({
      facts: await prisma.incidentFacts.findUniqueOrThrow({ where: { incidentId: open }, select: { facts: true, version: true, updatedAt: true } }),
      events: await prisma.timelineEvent.count({ where: { incidentId: open } }),
      obligations: await prisma.obligation.findMany({ where: { incidentId: open }, orderBy: { ruleId: "asc" } }),
      declarations: await prisma.incidentDeclaration.count({ where: { incidentId: open } }),
    });
    const before = await snapshot();

    const changed = { ...start.facts, affected: [...start.facts.affected, { jurisdiction: "DE", count: 300 }] };
    const response = await call(evaluateRoute, "POST", "/api/what-if/evaluate", { token: await createToken(["legal"]), json: { facts: changed, timeZone: "Europe/Berlin" } });
    expect(response.status).toBe(200);
    const results = response.body as unknown as TWhatIfResults;
    // Germany brings in the GDPR, whose clock starts at awareness, not declared on this incident.
    expect(results.awaiting.find((item) => item.ruleId === "EU-GDPR-33-SA")).toMatchObject({
      title: "Supervisory authority (lead SA for cross-border processing)",
      startsWhen: "Starts when Aware is declared",
    });
    expect(results.applies.find((item) => item.ruleId === "US-CA-1798.82-IND")?.due).toBe("21 Dec 2026, 08:59 CET");

    expect(await snapshot()).toEqual(before);
  });
});

describe("POST /api/what-if/evaluate", () => {
  it("answers every role that reads the clocks, and 400 naming the field for facts or a zone it cannot use", async () => {
    const exec = await createToken(["exec"]);
    const { facts } = (await getWhatIfStart(actorOf(legal), open))!;
    expect((await call(evaluateRoute, "POST", "/api/what-if/evaluate", { token: exec, json: { facts, timeZone: "UTC" } })).status).toBe(200);

    const badPlace = await call(evaluateRoute, "POST", "/api/what-if/evaluate", { token: exec, json: { facts: { ...facts, affected: [{ jurisdiction: "US-ZZ", count: 3 }] }, timeZone: "UTC" } });
    expect(badPlace.status).toBe(400);
    expect(badPlace.body?.invalid_params).toEqual([{ name: "facts.affected.0.jurisdiction", reason: expect.stringMatching(/not a US state/) }]);

    const badZone = await call(evaluateRoute, "POST", "/api/what-if/evaluate", { token: exec, json: { facts, timeZone: "Mars/Olympus" } });
    expect(badZone.status).toBe(400);
    expect(badZone.body?.invalid_params).toEqual([{ name: "timeZone", reason: expect.stringMatching(/IANA/) }]);

    expect((await call(evaluateRoute, "POST", "/api/what-if/evaluate", { json: { facts, timeZone: "UTC" } })).status).toBe(401);
  });
});
