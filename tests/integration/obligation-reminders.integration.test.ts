import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { declareMoment } from "@/lib/fact-changes/declare-moment";
import { saveOrganisationProfile } from "@/lib/organisation/profile";
import { updateIncidentFacts } from "@/lib/fact-changes/update-facts";
import { setIncidentMember } from "@/lib/membership/service";
import { listNotifications, markNotificationsRead } from "@/lib/notifications/service";
import { runReminders } from "@/lib/reminders/run";
import { startReminderWorker } from "@/lib/reminders/worker";
import { smtpSinkForThisFile } from "@/tests/support/smtp-sink-for-file";
import { resetDatabase } from "./reset-db";
import { actorOf, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { testDatabaseUrl } from "./database-url";

const IND = "US-CA-1798.82-IND";

/** The worker's part of a profile save: every open incident re-evaluated in the background. */
async function reevaluateAll() {
  const { reevaluatePending } = await import("@/lib/register-reevaluation/work");
  while ((await reevaluatePending({ limit: 50 })).processed > 0);
}
const sink = smtpSinkForThisFile();

describe("obligation reminders", () => {
  let incidentId: string;
  let commander: Awaited<ReturnType<typeof createUser>>;
  let legal: Awaited<ReturnType<typeof createUser>>;

  /** California residents, discovered on `discovered`: the resident notice is due 30 days later, 23:59:59 Los Angeles. */
  async function setUp(discovered: string) {
    const admin = await createUser(["admin"], "Ada");
    commander = await createUser(["commander"], "Casey");
    legal = await createUser(["legal"], "Lee");
    await saveOrganisationProfile(actorOf(admin), {
      profile: { timeZone: "America/Los_Angeles", establishments: ["US-CA"], dataRole: "controller", flags: {} },
      reason: "Initial profile",
    });
    incidentId = await declareIncidentVia(await createToken(["commander"]), commander.id);
    await setIncidentMember(actorOf(commander), incidentId, { userId: legal.id, role: "legal_lead" });
    await declareMoment(actorOf(commander), incidentId, { moment: "discovered", at: discovered, reason: "Alert triaged" });
    await updateIncidentFacts(actorOf(commander), incidentId, {
      expectedVersion: 0,
      reason: "Scoping",
      incident: { personalData: "yes", dataCategories: ["name", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" } },
      affected: [{ jurisdiction: "US-CA", count: 300 }],
    });
    return prisma.obligation.findFirstOrThrow({ where: { incidentId, ruleId: IND } });
  }

  beforeEach(async () => {
    await resetDatabase();
    sink.messages.length = 0;
  });

  it("fires each point once, to the owner (the legal lead by default) and the commander, in the console and by e-mail", async () => {
    const obligation = await setUp("2026-11-01T17:00:00Z");
    expect(obligation.ownerId).toBe(legal.id);
    const due = obligation.dueAt!.getTime(); // 2026-12-01T07:59:59Z
    const start = Date.parse("2026-11-01T17:00:00Z");
    const atHalf = new Date(start + (due - start) / 2 + 1000);

    const first = await runReminders(atHalf);
    expect(first).toMatchObject({ sent: 1, skipped: 0, emailed: 1 });
    // Run again ("after a restart") and twice at once ("two workers"): nothing more is sent.
    const again = await Promise.all([runReminders(atHalf), runReminders(atHalf), runReminders(atHalf)]);
    expect(again.map((r) => r.sent + r.skipped)).toEqual([0, 0, 0]);

    const reminders = await prisma.obligationReminder.findMany({ where: { obligationId: obligation.id } });
    expect(reminders.map((r) => [r.point, r.outcome])).toEqual([["50%", "sent"]]);
    expect(reminders[0]!.emailedAt).not.toBeNull();
    const ind = sink.messages.filter((m) => m.subject.includes(IND));
    expect(ind).toHaveLength(1);
    expect(ind[0]!.to.sort()).toEqual([commander.email, legal.email].sort());
    expect(ind[0]!.messageId).toBe(`<reminder-${reminders[0]!.id}@breachdesk>`);

    const inbox = await listNotifications(actorOf(legal));
    expect(inbox.items.filter((n) => n.title.includes(IND))).toHaveLength(1);
    expect((await listNotifications(actorOf(commander))).items.filter((n) => n.title.includes(IND))).toHaveLength(1);
    await markNotificationsRead(actorOf(legal), {});
    expect((await listNotifications(actorOf(legal))).unread).toBe(0);

    // Three quarters later: the 75 % point, once.
    expect(await runReminders(new Date(start + (due - start) * 0.76))).toMatchObject({ sent: 1 });
    expect(sink.messages.filter((m) => m.subject.includes(IND))).toHaveLength(2);
  });

  it("stores each obligation's next reminder instant, and the scan reads only the obligations whose instant has come", async () => {
    const obligation = await setUp("2026-11-01T17:00:00Z");
    const due = obligation.dueAt!.getTime();
    const start = Date.parse("2026-11-01T17:00:00Z");
    const half = start + Math.round((due - start) / 2);
    expect(obligation.nextReminderAt?.getTime()).toBe(half);

    // Before the instant nothing is read: the obligation is changed behind the scan's back and it does not notice.
    await prisma.$executeRaw`UPDATE obligations SET evaluation = jsonb_set(evaluation, '{citation}', '"changed"') WHERE id = ${obligation.id}::uuid`;
    expect(await runReminders(new Date(half - 60_000))).toMatchObject({ sent: 0, skipped: 0 });
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).nextReminderAt?.getTime()).toBe(half);

    expect(await runReminders(new Date(half + 1000))).toMatchObject({ sent: 1 });
    const afterHalf = await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } });
    expect(afterHalf.nextReminderAt?.getTime()).toBe(start + Math.round((due - start) * 0.75));

    // Changed reminder points reach open incidents through the profile's re-evaluation: a new "48h" point comes first.
    const admin = await createUser(["admin"], "Ada 2");
    const { profile } = await import("@/lib/organisation/profile").then((m) => m.getOrganisationProfile(actorOf(admin)));
    await saveOrganisationProfile(actorOf(admin), { profile: profile as never, reminderPoints: ["50%", "48h"], reason: "Earlier warning" });
    await reevaluateAll();
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).nextReminderAt?.getTime()).toBe(due - 48 * 3_600_000);

    // Once met, the obligation will not remind again: the scan clears its instant the first time it reads it.
    await prisma.obligation.update({ where: { id: obligation.id }, data: { metAt: new Date(half + 2000), status: "met" } });
    expect(await runReminders(new Date(due + 1000))).toMatchObject({ sent: 0, skipped: 0 });
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).nextReminderAt).toBeNull();
  });

  it("skips an obligation whose reminder cannot be recorded, reminds the others in the same pass, and retries it at the next", async () => {
    const failing = await setUp("2026-11-01T17:00:00Z");
    const healthy = await setUp("2026-11-01T17:00:00Z");
    expect(healthy.id).not.toBe(failing.id);
    const half = failing.nextReminderAt!;
    // A real database failure for one obligation only: its reminder row is refused.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION test_refuse_reminder() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.obligation_id = '${failing.id}'::uuid THEN RAISE EXCEPTION 'disk full (test)'; END IF; RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe("CREATE TRIGGER test_refuse_reminder BEFORE INSERT ON obligation_reminders FOR EACH ROW EXECUTE FUNCTION test_refuse_reminder()");
    try {
      expect(await runReminders(new Date(half.getTime() + 1000))).toMatchObject({ sent: 1 });
      expect(await prisma.obligationReminder.findMany({ where: { obligationId: healthy.id }, select: { point: true } })).toEqual([{ point: "50%" }]);
      expect(await prisma.obligationReminder.count({ where: { obligationId: failing.id } })).toBe(0);
      expect((await prisma.obligation.findUniqueOrThrow({ where: { id: failing.id } })).nextReminderAt?.getTime()).toBe(half.getTime());
    } finally {
      await prisma.$executeRawUnsafe("DROP TRIGGER test_refuse_reminder ON obligation_reminders");
      await prisma.$executeRawUnsafe("DROP FUNCTION test_refuse_reminder()");
    }
    // The next pass reminds it, and only it.
    expect(await runReminders(new Date(half.getTime() + 60_000))).toMatchObject({ sent: 1 });
    expect(await prisma.obligationReminder.findMany({ where: { obligationId: failing.id }, select: { point: true } })).toEqual([{ point: "50%" }]);
  });

  it("with a due time in the past sends one reminder (overdue), records the missed points as skipped, and a re-timed clock gets new ones", async () => {
    const obligation = await setUp("2026-09-01T17:00:00Z");
    const now = new Date("2026-11-23T12:00:00Z");
    expect(obligation.dueAt!.getTime()).toBeLessThan(now.getTime());
    await runReminders(now);
    await runReminders(now);
    const rows = await prisma.obligationReminder.findMany({ where: { obligationId: obligation.id }, orderBy: { fireAt: "asc" } });
    expect(rows.map((r) => [r.point, r.outcome])).toEqual([["50%", "skipped"], ["75%", "skipped"], ["90%", "skipped"], ["1h", "skipped"], ["overdue", "sent"]]);
    expect(sink.messages.filter((m) => m.subject.includes(IND))).toHaveLength(1);
    expect(sink.messages.find((m) => m.subject.includes(IND))!.subject).toContain("OVERDUE (was due");

    // Correcting the discovery re-times the obligation: the new due instant gets its own reminder, the old ones stay.
    const current = await prisma.incidentDeclaration.findFirstOrThrow({ where: { incidentId, moment: "discovered" } });
    await declareMoment(actorOf(commander), incidentId, { moment: "discovered", at: "2026-09-05T17:00:00Z", reason: "Later than thought", supersedesId: current.id });
    const retimed = await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } });
    expect(retimed.dueAt!.getTime()).not.toBe(obligation.dueAt!.getTime());
    await runReminders(now);
    const after = await prisma.obligationReminder.findMany({ where: { obligationId: obligation.id, dueAt: retimed.dueAt! } });
    expect(after.filter((r) => r.outcome === "sent").map((r) => r.point)).toEqual(["overdue"]);
    expect(sink.messages.filter((m) => m.subject.includes(IND))).toHaveLength(2);
  });

  it("tells webhooks, chat and PagerDuty once when a deadline passes unmet: due soon before, overdue after, paged critical", async () => {
    const { startFakePagerDuty } = await import("@/tests/fakes/pagerduty");
    const { sealConnectionSecret } = await import("@/lib/integrations/connection-secrets");
    const { runIntegrationPass } = await import("@/lib/integration-delivery/deliver-messages");
    const pd = await startFakePagerDuty();
    try {
      await prisma.integrationConnection.create({ data: { kind: "pagerduty", name: "On-call", config: { baseUrl: pd.url, severityFloor: "critical" }, secret: sealConnectionSecret("R0UT1NGKEY0123456789abcdefABCDEF") } });
      const obligation = await setUp("2026-11-01T17:00:00Z");
      const due = obligation.dueAt!.getTime();
      await runReminders(new Date(due - 30 * 60_000)); // the "1h" point: due soon, no page
      await runReminders(new Date(due + 60_000)); // the deadline passed unmet: overdue
      await runReminders(new Date(due + 120_000)); // and never again for this due instant
      const messages = await prisma.integrationMessage.findMany({ orderBy: { createdAt: "asc" } });
      expect(messages.map((m) => m.operation)).toEqual(["pagerduty.trigger"]);
      for (let i = 0; i < 5; i++) if ((await runIntegrationPass()).attempted === 0) break;
      expect(pd.requests).toHaveLength(1);
      expect(JSON.parse(pd.requests[0]!.body)).toMatchObject({ event_action: "trigger", dedup_key: `breachdesk-${incidentId}-overdue-${obligation.id}`, payload: { severity: "critical" } });
      const points = await prisma.obligationReminder.findMany({ where: { obligationId: obligation.id, outcome: "sent" }, orderBy: { fireAt: "asc" } });
      expect(points.map((p) => p.point)).toEqual(["1h", "overdue"]);
      const notes = await prisma.notification.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" } });
      expect(notes.at(-1)!.title).toMatch(/OVERDUE \(was due 1 min 00 s ago\)$/);
    } finally {
      await pd.close();
    }
  });

  it("runs from the durable queue: two pg-boss workers, restarted, still send each reminder exactly once", async () => {
    const obligation = await setUp("2026-09-01T17:00:00Z");
    const url = testDatabaseUrl();
    // A cron that never fires during the test; passes are requested explicitly.
    const a = await startReminderWorker(url, { cron: "0 0 1 1 *" });
    const b = await startReminderWorker(url, { cron: "0 0 1 1 *" });
    try {
      await Promise.all([a.runNow(), b.runNow()]);
      await vi.waitFor(async () => expect(await prisma.obligationReminder.count({ where: { obligationId: obligation.id, outcome: "sent" } })).toBe(1), { timeout: 30_000, interval: 200 });
    } finally {
      await a.stop();
      await b.stop();
    }
    const restarted = await startReminderWorker(url, { cron: "0 0 1 1 *" });
    try {
      await restarted.runNow();
      // The restarted worker's pass is done once the queue is empty again.
      await vi.waitFor(async () => {
        const rows = await prisma.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'obligation-reminders' AND state IN ('created', 'retry', 'active')`,
        );
        expect(rows[0]!.n).toBe(0);
      }, { timeout: 30_000, interval: 200 });
    } finally {
      await restarted.stop();
    }
    expect(await prisma.obligationReminder.count({ where: { obligationId: obligation.id, outcome: "sent" } })).toBe(1);
    expect(sink.messages.filter((m) => m.subject.includes(IND))).toHaveLength(1);
  });
});

describe("the default owner of a new obligation", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  async function californiaObligationWithLegalLead(roles: Parameters<typeof createUser>[0]) {
    const lead = await createUser(roles, "Lou Lead");
    const casey = await createUser(["commander"], "Casey");
    const id = await declareIncidentVia(await createToken(["commander"]), casey.id);
    await setIncidentMember(actorOf(casey), id, { userId: lead.id, role: "legal_lead" });
    await declareMoment(actorOf(casey), id, { moment: "discovered", at: "2026-11-01T17:00:00Z", reason: "Alert triaged" });
    await updateIncidentFacts(actorOf(casey), id, {
      expectedVersion: 0,
      reason: "Scoping",
      incident: { personalData: "yes", dataCategories: ["name", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" } },
      affected: [{ jurisdiction: "US-CA", count: 300 }],
    });
    return { lead, obligation: await prisma.obligation.findFirstOrThrow({ where: { incidentId: id, ruleId: IND } }) };
  }

  it("is the legal lead when they may own obligations", async () => {
    const { lead, obligation } = await californiaObligationWithLegalLead(["legal"]);
    expect(obligation.ownerId).toBe(lead.id);
  });

  it("is nobody when the legal lead holds no role the owner picker offers", async () => {
    const { obligation } = await californiaObligationWithLegalLead(["comms"]);
    expect(obligation.ownerId).toBeNull();
  });
});
