import { beforeEach, describe, expect, it } from "vitest";
import { POST as declarePost } from "@/app/api/incidents/[id]/declarations/route";
import { prisma } from "@/lib/db";
import { resetDatabase } from "./reset-db";
import { call, createToken, createUser, declareIncidentVia } from "./api-helpers";

let token: string;
let id: string;

/** An empty database with one incident, commanded by the holder of `token`. */
async function freshIncident() {
  await resetDatabase();
  token = await createToken(["commander"]);
  id = await declareIncidentVia(token, (await createUser(["commander"], "Casey")).id);
}

beforeEach(freshIncident);

const declare = (at: string, extra: Record<string, unknown> = {}) =>
  call(declarePost, "POST", `/api/incidents/${id}/declarations`, {
    token,
    params: { id },
    json: { moment: "aware", at, reason: "Exfiltration confirmed in CloudTrail", ...extra },
  });

async function currentDeclarations() {
  return prisma.incidentDeclaration.findMany({ where: { incidentId: id, moment: "aware", supersededBy: { is: null } }, select: { id: true, at: true } });
}

describe("declaring a moment concurrently", () => {
  it("makes exactly one of two simultaneous first declarations current; the other gets 409 naming it", async () => {
    // A few rounds: the race is won by either request, and must end the same way each time.
    for (let round = 0; round < 5; round += 1) {
      if (round > 0) await freshIncident();
      const answers = await Promise.all([declare("2026-11-20T10:02:00Z"), declare("2026-11-20T10:05:00Z")]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const current = await currentDeclarations();
      expect(current).toHaveLength(1);
      const refused = answers.find((a) => a.status === 409)!;
      // The refused commander learns which declaration stands, to correct it deliberately if they disagree.
      expect(refused.body?.current).toMatchObject({ id: current[0]!.id, at: current[0]!.at.toISOString() });
      expect(await prisma.incidentDeclaration.count({ where: { incidentId: id } })).toBe(1);
      expect(await prisma.timelineEvent.count({ where: { incidentId: id, kind: "moment.declared" } })).toBe(1);
    }
  });

  it("lets only one of two simultaneous corrections of the current declaration stand", async () => {
    const first = await declare("2026-11-20T10:00:00Z");
    const supersedesId = (first.body?.declaration as { id: string }).id;
    const answers = await Promise.all([
      declare("2026-11-20T10:02:00Z", { supersedesId }),
      declare("2026-11-20T10:05:00Z", { supersedesId }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await currentDeclarations()).toHaveLength(1);
  });

  it("refuses, in the database itself, a second first declaration of the same moment", async () => {
    await declare("2026-11-20T10:00:00Z");
    const [existing] = await currentDeclarations();
    const insert = () =>
      prisma.$executeRaw`INSERT INTO incident_declarations (id, incident_id, moment, at, reason, declared_by_label)
                         VALUES (gen_random_uuid(), ${id}::uuid, 'aware', now(), 'bypassing the service', 'test')`;
    await expect(insert()).rejects.toThrow(/incident_declarations_one_first_per_moment/);
    // A correction must stay within its incident and moment, or a moment could end with two current declarations.
    const crossMoment = () =>
      prisma.$executeRaw`INSERT INTO incident_declarations (id, incident_id, moment, at, reason, declared_by_label, supersedes_id)
                         VALUES (gen_random_uuid(), ${id}::uuid, 'discovered', now(), 'wrong moment', 'test', ${existing!.id}::uuid)`;
    await expect(crossMoment()).rejects.toThrow(/incident_declarations_supersedes_same_moment/);
  });
});
