import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { listActiveIncidents } from "@/lib/open-work/dashboard";
import { createNotice } from "@/lib/notices/draft";
import { getPortfolioStatus } from "@/lib/status/service";
import { insertObligation } from "@/tests/support/obligations";
import { resetDatabase } from "./reset-db";
import { actorOf, createToken, createUser, declareIncidentVia } from "./api-helpers";

/**
 * The dashboard and the portfolio read the open work of every active incident at once (a constant number of
 * queries); these pin that each incident still gets its own counts.
 */
describe("open work of several incidents at once", () => {
  let ids: Record<"a" | "b" | "c", string>;
  let admin: ReturnType<typeof actorOf>;

  beforeEach(async () => {
    await resetDatabase();
    const commander = await createUser(["commander"], "Casey Commander");
    const legal = actorOf(await createUser(["legal"], "Lee Legal"));
    admin = actorOf(await createUser(["admin"], "Ada Admin"));
    const token = await createToken(["commander"]);
    ids = {
      a: await declareIncidentVia(token, commander.id, "A: tasks, an obligation, a notice"),
      b: await declareIncidentVia(token, commander.id, "B: two obligations"),
      c: await declareIncidentVia(token, commander.id, "C: one task in progress"),
    };
    const task = (incidentId: string, title: string, status: "open" | "in_progress" | "done") => prisma.task.create({ data: { incidentId, title, role: "engineering", status } });
    await task(ids.a, "Rotate keys", "open");
    await task(ids.a, "Block public access", "in_progress");
    await task(ids.a, "Snapshot the bucket", "done");
    await task(ids.c, "Image the host", "in_progress");

    await insertObligation(ids.a, "EU-GDPR-33-SA", new Date("2030-03-01T00:00:00Z"));
    const met = await insertObligation(ids.a, "UK-GDPR-33-ICO", new Date("2030-01-01T00:00:00Z"));
    await prisma.obligation.update({ where: { id: met.id }, data: { metAt: new Date("2029-12-01T00:00:00Z"), status: "met" } });
    await insertObligation(ids.b, "US-CA-1798.82-AG", new Date("2030-02-01T00:00:00Z"));
    await insertObligation(ids.b, "EU-GDPR-33-SA", new Date("2030-01-15T00:00:00Z"));

    await createNotice(legal, ids.a, { templateId: "gdpr-33", obligationId: null, title: "Notice to the DPA" });
  });

  it("gives the dashboard each incident's own tasks, obligations, next deadline and pending notices", async () => {
    const findMany = vi.spyOn(prisma.obligation, "findMany");
    const incidents = await listActiveIncidents(admin);
    expect(findMany).toHaveBeenCalledTimes(1);
    findMany.mockRestore();

    const work = Object.fromEntries(incidents.map((i) => [i.id, i.openWork]));
    expect(work[ids.a]).toEqual({
      openTasks: 2,
      openTaskTitles: ["Rotate keys", "Block public access"],
      openObligations: 1,
      openObligationNames: [expect.stringMatching(/^EU-GDPR-33-SA \(/)],
      nextDeadline: expect.objectContaining({ ruleId: "EU-GDPR-33-SA", dueAt: new Date("2030-03-01T00:00:00Z"), overdue: false }),
      pendingApprovals: 1,
      pendingApprovalTitles: ["Notice to the DPA"],
    });
    expect(work[ids.b]).toMatchObject({
      openTasks: 0,
      openObligations: 2,
      nextDeadline: { ruleId: "EU-GDPR-33-SA", dueAt: new Date("2030-01-15T00:00:00Z") },
      pendingApprovals: 0,
    });
    expect(work[ids.c]).toEqual({
      openTasks: 1, openTaskTitles: ["Image the host"], openObligations: 0, openObligationNames: [], nextDeadline: null, pendingApprovals: 0, pendingApprovalTitles: [],
    });
  });

  it("gives the portfolio each incident's own next deadline and counts, soonest first, reading obligations once", async () => {
    const findMany = vi.spyOn(prisma.obligation, "findMany");
    const { rows, byStatus } = await getPortfolioStatus(admin, new Date("2029-06-01T00:00:00Z"));
    expect(findMany).toHaveBeenCalledTimes(1);
    findMany.mockRestore();

    expect(rows.map((r) => [r.incident.id, r.next?.ruleId ?? null, r.notifiedCount])).toEqual([
      [ids.b, "EU-GDPR-33-SA", 0],
      [ids.a, "EU-GDPR-33-SA", 1],
      [ids.c, null, 0],
    ]);
    expect(rows[0]!.byStatus).toEqual([{ status: "on_track", label: "On track", count: 2 }]);
    expect(byStatus.find((s) => s.status === "on_track")?.count).toBe(3);
  });
});
