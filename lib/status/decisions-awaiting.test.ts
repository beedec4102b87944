import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TSendReadiness } from "@/lib/notices/send-readiness";
import type { TDecisionNotice } from "@/lib/notices/notice-decisions";
import { decisionsAwaiting, type TCoverageEntry, type TDecisionObligation, type TDecisionState } from "./decisions-awaiting";

const HOUR = 3_600_000;
const now = Date.parse("2026-11-20T10:00:00Z");

function obligation(over: Partial<TDecisionObligation> & Pick<TDecisionObligation, "id" | "ruleId" | "recipient">): TDecisionObligation {
  return {
    region: null, applies: "yes", status: "on_track", dueAt: new Date(now + 48 * HOUR), metAt: null, retiredAt: null,
    owner: { id: "u1", name: "Lee" }, reason: "", trigger: null, owesNotice: true, ...over,
  };
}

const readyToSend: TSendReadiness = { blocked: null, email: null, submission: null };
const waiting = (text: string): TSendReadiness => ({ blocked: text, email: text, submission: text });
const notice = (over: Partial<TDecisionNotice> & Pick<TDecisionNotice, "id">): TDecisionNotice => ({
  title: "California — Notice of Data Breach", obligationId: null, sent: false, readiness: readyToSend, deadlocks: [],
  approval: { rejected: false, missing: [] }, viewerMayApproveAs: [], notReached: 0, ...over,
});

/** The scene of the report: 1,200 Californians owed a notice, Discovered not declared, the draft stuck. */
const californiaBeforeDiscovered: TDecisionState = {
  incidentId: "inc",
  obligations: [
    obligation({ id: "ind", ruleId: "US-CA-1798.82-IND", recipient: "Affected individuals", region: "US-CA", status: "awaiting_trigger", dueAt: null, trigger: { moment: "discovered", at: null } }),
    obligation({ id: "ag", ruleId: "US-CA-1798.82-AG", recipient: "California Attorney General", region: "US-CA", status: "awaiting_trigger", dueAt: null, trigger: { moment: "notice", ruleId: "US-CA-1798.82-IND", at: null } }),
    obligation({ id: "exposure", ruleId: "US-CA-1798.150", recipient: "None (litigation exposure, not a notice)", region: "US-CA", dueAt: null, owesNotice: false }),
    obligation({ id: "gdpr", ruleId: "EU-GDPR-33-SA", recipient: "Supervisory authority", region: "EU", applies: "no", status: "not_applicable", dueAt: null }),
  ],
  notices: [notice({ id: "n1", obligationId: "ind", readiness: waiting("Waiting for approval from: Legal, Communications."), deadlocks: [{ role: "comms", reason: "only_drafter" }] })],
};

describe("decisionsAwaiting", () => {
  const decisions = decisionsAwaiting(californiaBeforeDiscovered);

  it("names the moment that starts the California clocks, with a link to declare it", () => {
    const trigger = decisions.find((d) => d.kind === "awaiting_trigger")!;
    expect(trigger.what).toBe("The California clocks have not started: declare Discovered");
    expect(trigger.why).toBe("2 obligations apply and start only when Discovered is declared: Affected individuals; California Attorney General.");
    expect(trigger.action).toEqual({ label: "Declare Discovered", href: "/incidents/inc/facts?declare=discovered#moments-heading" });
    expect(trigger.obligationIds).toEqual(["ind", "ag"]);
  });

  it("says the draft cannot be approved, why, and points administrators to the fix", () => {
    const stuck = decisions.find((d) => d.kind === "approval_deadlock")!;
    expect(stuck.what).toBe("“California — Notice of Data Breach” cannot be approved");
    expect(stuck.why).toContain("No one but the drafter can give the Communications approval");
    expect(stuck.adminFix).toEqual({ label: "Give the role on the Users page", href: "/admin/users" });
    expect(decisions[0]).toBe(stuck);
  });

  it("leaves out a rule that does not apply, and one that owes no notice", () => {
    expect(decisions.flatMap((d) => d.obligationIds)).not.toContain("gdpr");
    expect(decisions.flatMap((d) => d.obligationIds)).not.toContain("exposure");
  });

  it("once Discovered is declared, says the Attorney General's clock waits for the residents' notice", () => {
    const declared: TDecisionState = {
      ...californiaBeforeDiscovered,
      obligations: californiaBeforeDiscovered.obligations.map((o) => (o.id === "ind" ? { ...o, status: "on_track", dueAt: new Date(now + 40 * 24 * HOUR), trigger: { moment: "discovered", at: "2026-11-20T09:00:00Z" } } : o)),
    };
    const trigger = decisionsAwaiting(declared).filter((d) => d.kind === "awaiting_trigger");
    expect(trigger.map((d) => d.what)).toEqual(["The California clock has not started: send the notice to Affected individuals first"]);
    expect(trigger[0]!.obligationIds).toEqual(["ag"]);
  });

  it("asks for a draft, an owner and an answer where the state calls for them", () => {
    const state: TDecisionState = {
      incidentId: "inc",
      obligations: [
        obligation({ id: "ico", ruleId: "UK-GDPR-33-ICO", recipient: "Information Commissioner's Office", region: "UK", owner: null }),
        obligation({ id: "ds", ruleId: "UK-GDPR-34-DS", recipient: "Data subjects", region: "UK", applies: "undetermined", dueAt: null, reason: "missing fact /incident/riskLevel" }),
      ],
      notices: [],
    };
    expect(decisionsAwaiting(state).map((d) => [d.kind, d.what])).toEqual([
      ["undetermined", "Does the notice to Data subjects (the United Kingdom) apply?"],
      ["draft_notice", "Draft the notice to Information Commissioner's Office (the United Kingdom)"],
      ["no_owner", "Who owns the notice to Information Commissioner's Office (the United Kingdom)?"],
    ]);
  });

  it("lists a coverage gap when given one, and nothing for a covered jurisdiction", () => {
    const gaps: TCoverageEntry[] = [{ jurisdiction: "CA-QC", covered: false, count: 40 }, { jurisdiction: "US-CA", covered: true, count: 1200 }];
    const listed = decisionsAwaiting({ incidentId: "inc", obligations: [], notices: [] }, gaps);
    expect(listed.map((d) => d.what)).toEqual(["No rules for Quebec: consult counsel"]);
    expect(listed[0]!.why).toMatch(/^40 people affected there;/);
  });

  it("is empty only for a calm incident: everything met, retired or not applicable, every notice sent", () => {
    const calm: TDecisionState = {
      incidentId: "inc",
      obligations: [obligation({ id: "a", ruleId: "X", recipient: "R", metAt: new Date(now) }), obligation({ id: "b", ruleId: "Y", recipient: "S", retiredAt: new Date(now) })],
      notices: [notice({ id: "n", obligationId: "a", sent: true })],
    };
    expect(decisionsAwaiting(calm)).toEqual([]);
  });

  it("is not calm while a sent notice did not reach someone (refused, or bounced after the server accepted it)", () => {
    const metButBounced: TDecisionState = {
      incidentId: "inc",
      obligations: [obligation({ id: "a", ruleId: "X", recipient: "R", metAt: new Date(now) })],
      notices: [notice({ id: "n", obligationId: "a", sent: true, notReached: 3 })],
    };
    const listed = decisionsAwaiting(metButBounced);
    expect(listed).toEqual([expect.objectContaining({ kind: "not_reached", what: "“California — Notice of Data Breach” did not reach 3 recipients", noticeId: "n", obligationIds: ["a"] })]);
    expect(listed[0]!.why).toContain("still owed to them");
    expect(listed[0]!.action).toEqual({ label: "Open the notice", href: "/incidents/inc/notices/n" });
  });
});

describe("decisionsAwaiting over the state space", () => {
  const obligationArb = fc.record({
    applies: fc.constantFrom("yes", "no", "undetermined"),
    status: fc.constantFrom("on_track", "due_soon", "overdue", "awaiting_trigger", "met", "met_late", "not_applicable"),
    due: fc.option(fc.integer({ min: -100, max: 100 }), { nil: null }),
    met: fc.boolean(),
    retired: fc.boolean(),
    owned: fc.boolean(),
    region: fc.constantFrom("US-CA", "EU", "UK", null),
    owesNotice: fc.boolean(),
    trigger: fc.option(
      fc.record({ moment: fc.constantFrom("discovered", "aware", "notice"), ruleId: fc.constantFrom("R0", "R1", "R9"), at: fc.option(fc.constant("2026-11-20T10:00:00Z"), { nil: null }) }),
      { nil: null },
    ),
  });
  const noticeArb = fc.record({
    obligation: fc.option(fc.nat(5), { nil: null }),
    sent: fc.boolean(),
    blocked: fc.option(fc.constantFrom("Waiting for approval from: Legal.", "Complete the elements listed as missing first: Subject."), { nil: null }),
    emailOnly: fc.boolean(),
    stuck: fc.boolean(),
  });
  const coverageArb = fc.array(fc.record({ jurisdiction: fc.constantFrom("CA-QC", "US-OH", "DE"), covered: fc.boolean(), count: fc.option(fc.nat(5000), { nil: null }) }), { maxLength: 3 });

  type TGenObligation = typeof obligationArb extends fc.Arbitrary<infer T> ? T : never;
  type TGenNotice = typeof noticeArb extends fc.Arbitrary<infer T> ? T : never;
  const build = (os: TGenObligation[], ns: TGenNotice[]): TDecisionState => {
    const obligations = os.map((o, i) =>
      obligation({
        id: `o${i}`, ruleId: `R${i}`, recipient: `Recipient ${i}`, region: o.region, applies: o.applies, status: o.status,
        dueAt: o.due === null ? null : new Date(now + o.due * HOUR), metAt: o.met ? new Date(now) : null, retiredAt: o.retired ? new Date(now) : null,
        owner: o.owned ? { id: "u", name: "U" } : null, trigger: o.trigger, owesNotice: o.owesNotice,
      }),
    );
    const notices = ns.map((n, i) =>
      notice({
        id: `n${i}`, obligationId: n.obligation !== null && n.obligation < obligations.length ? `o${n.obligation}` : null, sent: n.sent,
        readiness: n.blocked ? waiting(n.blocked) : n.emailOnly ? { blocked: null, email: "Outgoing mail is not configured.", submission: null } : readyToSend,
        deadlocks: n.stuck ? [{ role: "comms", reason: "only_drafter" }] : [],
      }),
    );
    return { incidentId: "inc", obligations, notices };
  };

  it("never stays silent: every open obligation, unsent notice and coverage gap is in some decision", () => {
    fc.assert(
      fc.property(fc.array(obligationArb, { maxLength: 6 }), fc.array(noticeArb, { maxLength: 4 }), coverageArb, (os, ns, coverage) => {
        const state = build(os, ns);
        const decisions = decisionsAwaiting(state, coverage);
        const covered = new Set(decisions.flatMap((d) => d.obligationIds));
        const applies = state.obligations.filter((o) => o.owesNotice && o.retiredAt === null && o.metAt === null && (o.applies !== "no" || o.status === "awaiting_trigger"));
        for (const o of applies) expect(covered.has(o.id), `obligation ${o.id} ${o.applies} ${o.status}`).toBe(true);
        for (const n of state.notices.filter((x) => !x.sent)) expect(decisions.some((d) => d.noticeId === n.id)).toBe(true);
        for (const gap of coverage.filter((c) => !c.covered)) expect(decisions.some((d) => d.kind === "coverage_gap" && d.id === `coverage-${gap.jurisdiction}`)).toBe(true);
        const anything = applies.length > 0 || state.notices.some((n) => !n.sent) || coverage.some((c) => !c.covered);
        expect(decisions.length > 0).toBe(anything);
      }),
      { numRuns: 500 },
    );
  });

  it("names a blocked notice's reason and a deadlock's fix, whatever else is going on", () => {
    fc.assert(
      fc.property(fc.array(obligationArb, { maxLength: 4 }), fc.array(noticeArb, { minLength: 1, maxLength: 4 }), (os, ns) => {
        const state = build(os, ns);
        const decisions = decisionsAwaiting(state);
        for (const n of state.notices.filter((x) => !x.sent)) {
          const d = decisions.find((x) => x.noticeId === n.id && x.kind !== "delivery_pending")!;
          if (n.deadlocks.length) expect(d.adminFix?.href).toBe("/admin/users");
          else if (n.readiness.blocked) expect(d.why).toBe(n.readiness.blocked);
          else expect(d.kind).toBe("notice_ready");
        }
      }),
    );
  });
});
