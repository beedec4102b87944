import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { SqlParams } from "@/lib/db/sql";
import { visibleIncidentsSql } from "@/lib/auth/incident-access";
import type { TActor } from "@/lib/auth/policy";
import { findIncidents, findIncidentsJson } from "@/lib/incidents/read-queries";
import { ZIncidentListQuery, ZTimelineQuery } from "@/lib/incidents/schemas";
import { setIncidentRestricted } from "@/lib/membership/service";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { findTimelinePage, findTimelinePageJson } from "@/lib/timeline/queries";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

/**
 * The API's incident list and timeline pages are written as JSON by PostgreSQL (lib/db/json-page.ts); the console's
 * pages read the same statements as rows. Both must say exactly the same thing: same items, same order, same
 * instants to the millisecond in the same format, same cursor — for every caller, filter and page.
 */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

let admin: TActor;
let commander: TActor;
let outsider: TActor;
let restrictedId: string;
let busyId: string;

beforeAll(async () => {
  await resetDatabase();
  const token = await createToken(["admin"]);
  const adminUser = await createUser(["admin"], "Ada");
  const commanderUser = await createUser(["commander"], "Casey “Quotes” O'Neil");
  const outsiderUser = await createUser(["engineer"], "Eve");
  [admin, commander, outsider] = [actorOf(adminUser), actorOf(commanderUser), actorOf(outsiderUser)];
  for (let i = 0; i < 7; i++) await declareIncidentVia(token, commanderUser.id, `Bucket ${i} \u202Egnp.exe "quoted" \\ back\nslash ✓`);
  restrictedId = await declareIncidentVia(token, commanderUser.id, "Insider copied payroll");
  await setIncidentRestricted(commander, restrictedId, { restricted: true, reason: "Insider suspected" });
  busyId = await declareIncidentVia(token, commanderUser.id, "Busy timeline");
  const { POST: notes } = await import("@/app/api/incidents/[id]/notes/route");
  for (let i = 0; i < 12; i++) {
    const posted = await call(notes, "POST", "/x", { token, params: { id: busyId }, json: { text: `Note ${i}: ünïcödé 🚨 <b>not html</b> {"json": [1, 2.5, null]}` } });
    expect(posted.status).toBe(201);
  }
  // A back-dated event, so that ordering by occurrence differs from ordering by sequence.
  await prisma.$transaction((tx) =>
    appendTimelineEvent(tx, { incidentId: busyId, kind: "note.added", actor: commander, occurredAt: new Date("2020-02-29T23:59:59.999Z"), payload: { text: "Seen earlier", backdateReason: "SOC log", corrects: null } }),
  );
});

describe("API pages written by PostgreSQL", () => {
  it("lists the same incidents as the row read, for each caller, filter and page", async () => {
    const cases: [TActor, Record<string, unknown>][] = [
      [admin, {}], [commander, {}], [outsider, {}], [outsider, { limit: 3 }], [admin, { limit: 1 }], [admin, { limit: 100 }],
      [admin, { q: "bucket", limit: 2 }], [admin, { q: "nothing matches this" }], [admin, { severity: ["high"], status: ["triage"] }],
    ];
    for (const [actor, query] of cases) {
      let filters = ZIncidentListQuery.parse(query);
      for (let pageNo = 0; pageNo < 10; pageNo++) {
        const rows = await findIncidents(filters, actor);
        const text = await findIncidentsJson(filters, actor);
        expect(JSON.parse(text), `${actor.name} ${JSON.stringify(filters)}`).toEqual(asJson(rows));
        if (!rows.nextCursor) break;
        filters = { ...filters, cursor: rows.nextCursor };
      }
    }
    const outsiderPage = JSON.parse(await findIncidentsJson(ZIncidentListQuery.parse({}), outsider)) as { items: { id: string }[] };
    expect(outsiderPage.items.map((i) => i.id)).not.toContain(restrictedId);
    expect(outsiderPage.items).toHaveLength(8);
  });

  it("pages a timeline the same way, by sequence and by occurrence, filtered, and answers null where the caller may not look", async () => {
    const visible = (actor: TActor) => (alias: string, params: SqlParams) => visibleIncidentsSql(actor, alias, params);
    const cases: [TActor, string, Record<string, unknown>][] = [
      [admin, busyId, { limit: 5 }], [admin, busyId, { limit: 5, sort: "occurred" }], [commander, busyId, {}],
      [admin, busyId, { kind: ["incident.declared"] }], [admin, busyId, { kind: ["obligation.met"] }], [admin, busyId, { role: "admin" }],
      [commander, restrictedId, { limit: 2 }], [admin, busyId, { limit: 3, cursor: 999_999 }], [admin, busyId, { limit: 4, sort: "occurred", cursor: 3 }],
    ];
    for (const [actor, incidentId, query] of cases) {
      let page = ZTimelineQuery.parse(query);
      for (let pageNo = 0; pageNo < 10; pageNo++) {
        const rows = await findTimelinePage(incidentId, page, visible(actor));
        const text = await findTimelinePageJson(incidentId, page, visible(actor));
        expect(rows).not.toBeNull();
        expect(JSON.parse(text!), `${actor.name} ${JSON.stringify(page)}`).toEqual(asJson(rows));
        if (rows!.nextCursor === null) break;
        page = { ...page, cursor: rows!.nextCursor };
      }
    }
    const byOccurrence = JSON.parse((await findTimelinePageJson(busyId, ZTimelineQuery.parse({ sort: "occurred" }), visible(admin)))!) as { items: { occurredAt: string }[] };
    expect(byOccurrence.items.at(-1)!.occurredAt).toBe("2020-02-29T23:59:59.999Z");

    expect(await findTimelinePage(restrictedId, ZTimelineQuery.parse({}), visible(outsider))).toBeNull();
    expect(await findTimelinePageJson(restrictedId, ZTimelineQuery.parse({}), visible(outsider))).toBeNull();
    expect(await findTimelinePageJson("00000000-0000-4000-8000-000000000000", ZTimelineQuery.parse({}), visible(admin))).toBeNull();
  });
});
