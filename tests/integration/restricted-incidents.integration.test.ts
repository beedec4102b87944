import { beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/incidents/route";
import { GET as incidentRoute } from "@/app/api/incidents/[id]/route";
import { PUT as membersRoute } from "@/app/api/incidents/[id]/members/route";
import { POST as notesRoute } from "@/app/api/incidents/[id]/notes/route";
import { PUT as restrictionRoute } from "@/app/api/incidents/[id]/restriction/route";
import { POST as statusRoute } from "@/app/api/incidents/[id]/status/route";
import { GET as timelineRoute } from "@/app/api/incidents/[id]/timeline/route";
import { GET as verifyRoute } from "@/app/api/incidents/[id]/timeline/verify/route";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { addNote, getIncident, getTimeline, listIncidents, verifyTimeline } from "@/lib/incidents/service";
import { listActiveIncidents } from "@/lib/open-work/dashboard";
import { setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

type TUser = Awaited<ReturnType<typeof createUser>>;
const asActor = actorOf;
const MISSING = "00000000-0000-4000-8000-000000000000";

let commander: TUser;
let adminToken: string;
let id: string;

beforeEach(async () => {
  await resetDatabase();
  commander = await createUser(["commander"], "Casey");
  adminToken = await createToken(["admin"]);
  id = await declareIncidentVia(adminToken, commander.id, "Board member's mailbox exfiltrated");
  await setIncidentRestricted(asActor(commander), id, { restricted: true, reason: "Insider suspected" });
});

/** Every read path (and the writes that reveal existence), for an incident id, with a token. */
function readPaths(token: string, incidentId: string) {
  const params = { id: incidentId };
  return {
    page: () => call(incidentRoute, "GET", `/api/incidents/${incidentId}`, { token, params }),
    timeline: () => call(timelineRoute, "GET", `/api/incidents/${incidentId}/timeline`, { token, params }),
    verify: () => call(verifyRoute, "GET", `/api/incidents/${incidentId}/timeline/verify`, { token, params }),
    note: () => call(notesRoute, "POST", `/api/incidents/${incidentId}/notes`, { token, params, json: { text: "probe" } }),
    status: () =>
      call(statusRoute, "POST", `/api/incidents/${incidentId}/status`, { token, params, json: { to: "investigating", expectedVersion: 2 } }),
  };
}

describe("restricted (need-to-know) incidents", () => {
  it("is missing from the list and the counts for a non-member, and present for an administrator", async () => {
    const legalToken = await createToken(["legal"]);
    const list = await call(listRoute, "GET", "/api/incidents", { token: legalToken });
    expect(list.body?.items).toEqual([]);
    const adminList = await call(listRoute, "GET", "/api/incidents", { token: adminToken });
    expect((adminList.body?.items as { id: string }[]).map((i) => i.id)).toEqual([id]);
  });

  for (const role of ["legal", "engineer", "comms", "exec", "commander"] as const) {
    it(`answers a non-member ${role} exactly as for an incident that does not exist, on every path`, async () => {
      const token = await createToken([role]);
      const real = readPaths(token, id);
      const missing = readPaths(token, MISSING);
      for (const path of Object.keys(real) as (keyof typeof real)[]) {
        const [a, b] = [await real[path](), await missing[path]()];
        // Writes the role may not do at all are 403 for both; everything else is the same 404.
        expect({ path, status: a.status }).toEqual({ path, status: b.status });
        expect(a.body?.title).toBe(b.body?.title);
        expect([403, 404]).toContain(a.status);
      }
      expect(await prisma.timelineEvent.count({ where: { incidentId: id } })).toBe(2);
    });
  }

  it("hides it from a signed-in non-member user on every service path, and shows it to members", async () => {
    const outsider = asActor(await createUser(["legal"], "Olive Outsider"));
    const lawyer = await createUser(["legal"], "Lee Legal");
    for (const attempt of [
      () => getIncident(outsider, id),
      () => getTimeline(outsider, id),
      () => verifyTimeline(outsider, id),
      () => addNote(outsider, id, { text: "probe" }),
    ]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("not_found");
    }
    expect((await listIncidents(outsider)).items).toEqual([]);
    expect(await listActiveIncidents(outsider)).toEqual([]);

    await setIncidentMember(asActor(commander), id, { userId: lawyer.id, role: "legal_lead" });
    const member = asActor(lawyer);
    expect((await getIncident(member, id)).members).toEqual([{ role: "legal_lead", user: { id: lawyer.id, name: "Lee Legal" } }]);
    expect((await listIncidents(member)).items.map((i) => i.id)).toEqual([id]);
    expect((await listActiveIncidents(member)).map((i) => i.id)).toEqual([id]);
    await addNote(member, id, { text: "Privilege applies" });
    expect((await getTimeline(member, id)).items.map((e) => e.kind)).toEqual([
      "note.added",
      "member.assigned",
      "incident.restriction-changed",
      "incident.declared",
    ]);
    expect((await verifyTimeline(member, id)).ok).toBe(true);
  });

  it("lets only the incident's commander or an administrator change members and restriction", async () => {
    const other = await createUser(["commander"], "Other Commander");
    const someone = await createUser(["engineer"]);
    const error = await setIncidentMember(asActor(other), id, { userId: someone.id, role: "participant" }).catch((e: unknown) => e);
    // Not visible to the other commander at all, so it does not exist for them.
    expect((error as AppError).code).toBe("not_found");

    const engineerToken = await createToken(["engineer"]);
    const refused = await call(membersRoute, "PUT", `/api/incidents/${id}/members`, {
      token: engineerToken,
      params: { id },
      json: { userId: someone.id, role: "participant" },
    });
    expect(refused.status).toBe(403);

    const byAdmin = await call(membersRoute, "PUT", `/api/incidents/${id}/members`, {
      token: adminToken,
      params: { id },
      json: { userId: someone.id, role: "engineering_lead" },
    });
    expect(byAdmin.status).toBe(200);
    const lifted = await call(restrictionRoute, "PUT", `/api/incidents/${id}/restriction`, {
      token: adminToken,
      params: { id },
      json: { restricted: false, reason: "Insider cleared" },
    });
    expect(lifted.status).toBe(200);
    const events = await prisma.timelineEvent.findMany({ where: { incidentId: id }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => e.kind)).toEqual([
      "incident.declared",
      "incident.restriction-changed",
      "member.assigned",
      "incident.restriction-changed",
    ]);
    expect(events[3]!.payload).toEqual({ restricted: false, reason: "Insider cleared" });
    // Lifted: the other commander sees it now.
    expect((await getIncident(asActor(other), id)).id).toBe(id);
  });
});
