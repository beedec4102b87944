import { beforeEach, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";
import { SqlParams, sqlRows } from "@/lib/db/sql";
import { setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
import { visibilityKey, visibleIncidentsSql, visibleIncidentsWhere } from "@/lib/auth/incident-access";
import { resetDatabase } from "@/tests/integration/reset-db";
import { actorOf, createToken, createUser, declareIncidentVia } from "@/tests/integration/api-helpers";

async function idsByPrisma(actor: TActor): Promise<string[]> {
  const rows = await prisma.incident.findMany({ where: visibleIncidentsWhere(actor), select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((row) => row.id);
}

async function idsBySql(actor: TActor): Promise<string[]> {
  const params = new SqlParams();
  const rows = await sqlRows<{ id: string }>(`SELECT i.id FROM incidents i WHERE ${visibleIncidentsSql(actor, "i", params)} ORDER BY i.id`, params.values);
  return rows.map((row) => row.id);
}

describe("visibleIncidentsSql", () => {
  beforeEach(resetDatabase);

  it("selects exactly the incidents visibleIncidentsWhere selects, for every kind of actor", async () => {
    const adminToken = await createToken(["admin"]);
    const commanderA = await createUser(["commander"], "Ana");
    const commanderB = await createUser(["commander"], "Ben");
    const member = await createUser(["legal"], "Mia");
    const outsider = await createUser(["engineer"], "Otto");
    const admin = await createUser(["admin"], "Ada");

    const open = await declareIncidentVia(adminToken, commanderA.id, "Open to everyone");
    const restrictedA = await declareIncidentVia(adminToken, commanderA.id, "Need to know, commanded by Ana");
    const restrictedB = await declareIncidentVia(adminToken, commanderB.id, "Need to know, Mia is a member");
    await setIncidentRestricted(actorOf(commanderA), restrictedA, { restricted: true, reason: "insider" });
    await setIncidentMember(actorOf(commanderB), restrictedB, { userId: member.id, role: "legal_lead" });
    await setIncidentRestricted(actorOf(commanderB), restrictedB, { restricted: true, reason: "board" });

    const tokenActor = (roles: TActor["roles"]): TActor => ({ kind: "token", id: "00000000-0000-4000-8000-0000000000aa", name: "t", roles });
    const expectations: [TActor, string[]][] = [
      [actorOf(admin), [open, restrictedA, restrictedB]],
      [tokenActor(["admin"]), [open, restrictedA, restrictedB]],
      [tokenActor(["legal"]), [open]],
      [actorOf(commanderA), [open, restrictedA]],
      [actorOf(commanderB), [open, restrictedB]],
      [actorOf(member), [open, restrictedB]],
      [actorOf(outsider), [open]],
    ];
    const seenByKey = new Map<string, string[]>();
    for (const [actor, expected] of expectations) {
      const byPrisma = await idsByPrisma(actor);
      expect(byPrisma).toEqual([...expected].sort());
      expect(await idsBySql(actor)).toEqual(byPrisma);
      // Live streams share one visibility check among actors with the same key: they must see the same incidents.
      const key = visibilityKey(actor);
      if (seenByKey.has(key)) expect(byPrisma).toEqual(seenByKey.get(key));
      seenByKey.set(key, byPrisma);
    }
    expect(visibilityKey(actorOf(admin))).toBe(visibilityKey(tokenActor(["admin"])));
    expect(visibilityKey(actorOf(member))).not.toBe(visibilityKey(actorOf(outsider)));
  });
});
