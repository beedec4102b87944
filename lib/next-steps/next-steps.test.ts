import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { APPROVER_ROLES, type TActor, type TApproverRole } from "@/lib/auth/policy";
import { ROLES, type TRole } from "@/lib/auth/roles";
import { nextSteps, type TNextStepsState } from "@/lib/next-steps/next-steps";
import { decisionsAwaiting, type TDecisionObligation } from "@/lib/status/decisions-awaiting";
import type { TDecisionNotice } from "@/lib/notices/notice-decisions";

const now = new Date("2027-03-26T12:00:00Z");
const HOUR = 3_600_000;
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);

const person = (id: string, ...roles: TRole[]): TActor => ({ kind: "user", id, email: `${id}@example.org`, name: id, roles });
const commander = person("casey", "commander");
const legal = person("lee", "legal");
const comms = person("cam", "comms");
const exec = person("erin", "exec");
const engineer = person("eli", "engineer");
const admin = person("ada", "admin");

function obligation(over: Partial<TDecisionObligation> & Pick<TDecisionObligation, "id" | "ruleId" | "recipient">): TDecisionObligation {
  return {
    region: null, applies: "yes", status: "on_track", dueAt: at(48), metAt: null, retiredAt: null,
    owner: { id: "lee", name: "Lee" }, reason: "", trigger: null, owesNotice: true, ...over,
  };
}

function notice(over: Partial<TDecisionNotice> & Pick<TDecisionNotice, "id">): TDecisionNotice {
  return {
    title: "Notice to the supervisory authority", obligationId: null, sent: false, readiness: { blocked: null, email: null, submission: null },
    deadlocks: [], approval: { rejected: false, missing: [] }, viewerMayApproveAs: [], notReached: 0, ...over,
  };
}

const awaitingApproval = (missing: TApproverRole[], viewerMayApproveAs: TApproverRole[] = []) => {
  const text = `Waiting for approval from: ${missing.join(", ")}.`;
  return { readiness: { blocked: text, email: text, submission: text }, approval: { rejected: false, missing }, viewerMayApproveAs };
};

/** Facts recorded, nothing else: the base every scene below adds to. */
function scene(over: Partial<TNextStepsState> & { obligations?: TDecisionObligation[]; notices?: TDecisionNotice[] } = {}): TNextStepsState {
  const { obligations = [], notices = [], ...rest } = over;
  return {
    incident: { id: "inc", status: "investigating" },
    decisions: { incidentId: "inc", obligations, notices },
    coverage: [],
    facts: { saved: true, personalData: "yes", affectedPlaces: 2 },
    moments: [],
    openTasks: [],
    suggestedPlaybooks: [],
    ...rest,
  };
}

/** 1,200 Californians and 300 Germans: Aware declared, the California clocks wait for Discovered. */
const afterAware = scene({
  moments: [{ moment: "aware", at: new Date("2027-03-26T08:15:00Z") }],
  obligations: [
    obligation({ id: "sa", ruleId: "EU-GDPR-33-SA", recipient: "Supervisory authority", region: "EU", dueAt: at(20), owner: null, trigger: { moment: "aware", at: "2027-03-26T08:15:00Z" } }),
    obligation({ id: "ind", ruleId: "US-CA-1798.82-IND", recipient: "Affected California residents", region: "US-CA", status: "awaiting_trigger", dueAt: null, trigger: { moment: "discovered", at: null } }),
    obligation({ id: "ag", ruleId: "US-CA-1798.82-AG", recipient: "California Attorney General", region: "US-CA", status: "awaiting_trigger", dueAt: null, trigger: { moment: "notice", ruleId: "US-CA-1798.82-IND", at: null } }),
  ],
});

describe("next steps for the commander", () => {
  it("leads with Discovered at the same time as Aware, one click, when the California clocks wait for it", () => {
    const { steps } = nextSteps(afterAware, commander, now);
    expect(steps[0]).toMatchObject({
      kind: "declare_moment",
      title: "The California clocks have not started: declare Discovered",
      action: { kind: "same-moment", moment: "discovered", sameAs: "aware", sameAsAt: "2027-03-26T08:15:00.000Z", href: "/incidents/inc/facts?declare=discovered#moments-heading" },
    });
  });

  it("asks for the moments in the order they happen: Aware before Discovered", () => {
    const { steps } = nextSteps({ ...afterAware, moments: [], decisions: { ...afterAware.decisions, obligations: afterAware.decisions.obligations.map((o) => (o.id === "sa" ? { ...o, status: "awaiting_trigger", dueAt: null, trigger: { moment: "aware", at: null } } : o)) } }, commander, now);
    expect(steps.slice(0, 2).map((s) => s.title)).toEqual(["The European Union clock has not started: declare Aware", "The California clocks have not started: declare Discovered"]);
  });

  it("offers a link to declare the moment when the other moment is not declared either", () => {
    const { steps } = nextSteps({ ...afterAware, moments: [] }, commander, now);
    expect(steps[0]!.action).toEqual({ kind: "link", label: "Declare Discovered", href: "/incidents/inc/facts?declare=discovered#moments-heading" });
  });

  it("says how many obligations have no owner in one step, not one per obligation", () => {
    const state = scene({
      obligations: ["a", "b", "c"].map((id, i) => obligation({ id, ruleId: `R-${id}`, recipient: `Recipient ${id}`, owner: null, dueAt: at(10 + i) })),
      notices: ["a", "b", "c"].map((id) => notice({ id: `n-${id}`, obligationId: id, ...awaitingApproval(["legal"]) })),
    });
    const owners = nextSteps(state, commander, now).steps.filter((s) => s.kind === "assign_owners");
    expect(owners).toHaveLength(1);
    expect(owners[0]).toMatchObject({ title: "3 obligations have no owner", dueAt: at(10), action: { href: "/incidents/inc/obligations#register-heading" } });
  });

  it("cannot draft, so the drafting is what others wait on, with who they are", () => {
    const { steps, waiting } = nextSteps(afterAware, commander, now);
    expect(steps.map((s) => s.kind)).not.toContain("draft_notice");
    expect(waiting).toContainEqual(expect.objectContaining({ what: "Draft the notice to Supervisory authority (the European Union)", who: "administrators, legal reviewers or communications staff" }));
  });

  it("is told to send an approved notice, and a legal reviewer is not", () => {
    const state = scene({ obligations: [obligation({ id: "sa", ruleId: "EU-GDPR-33-SA", recipient: "Supervisory authority", dueAt: at(5) })], notices: [notice({ id: "n1", obligationId: "sa" })] });
    expect(nextSteps(state, commander, now).steps[0]).toMatchObject({ kind: "send_notice", dueAt: at(5), action: { href: "/incidents/inc/notices/n1" } });
    const forLegal = nextSteps(state, legal, now);
    expect(forLegal.steps).toEqual([]);
    expect(forLegal.waiting).toEqual([expect.objectContaining({ who: "administrators or incident commanders" })]);
  });

  it("records the facts first when nothing is known yet", () => {
    const { steps } = nextSteps(scene({ facts: { saved: false, personalData: "unknown", affectedPlaces: 0 } }), commander, now);
    expect(steps[0]).toMatchObject({ kind: "record_facts", action: { href: "/incidents/inc/facts#facts-heading" } });
    expect(nextSteps(scene({ facts: { saved: true, personalData: "yes", affectedPlaces: 0 } }), commander, now).steps[0]).toMatchObject({ title: "Record where the affected people live" });
    expect(nextSteps(scene({ facts: { saved: true, personalData: "no", affectedPlaces: 0 } }), commander, now).steps).toEqual([]);
  });
});

describe("next steps for drafters and approvers", () => {
  it("asks legal and comms to draft the notice whose deadline runs, with the obligation chosen", () => {
    for (const drafter of [legal, comms]) {
      const draft = nextSteps(afterAware, drafter, now).steps.find((s) => s.kind === "draft_notice");
      expect(draft).toMatchObject({ dueAt: at(20), action: { kind: "link", href: "/incidents/inc/notices?obligation=sa#new-notice" } });
    }
  });

  it("tells the one who may approve that a draft waits for them, and the drafter that it waits for someone else", () => {
    const obligations = [obligation({ id: "sa", ruleId: "EU-GDPR-33-SA", recipient: "Supervisory authority", dueAt: at(6) })];
    const forApprover = nextSteps(scene({ obligations, notices: [notice({ id: "n1", obligationId: "sa", ...awaitingApproval(["legal"], ["legal"]) })] }), legal, now);
    expect(forApprover.steps[0]).toMatchObject({ kind: "approve_notice", title: "“Notice to the supervisory authority” waits for your approval (Legal)", dueAt: at(6), action: { href: "/incidents/inc/notices/n1" } });
    const forDrafter = nextSteps(scene({ obligations, notices: [notice({ id: "n1", obligationId: "sa", ...awaitingApproval(["legal"], []) })] }), legal, now);
    expect(forDrafter.steps).toEqual([]);
    expect(forDrafter.waiting).toEqual([expect.objectContaining({ what: "“Notice to the supervisory authority” needs approval", who: "its Legal approver" })]);
  });

  it("asks a drafter for a new version of a rejected notice", () => {
    const rejected = notice({ id: "n1", readiness: { blocked: "rejected", email: "rejected", submission: "rejected" }, approval: { rejected: true, missing: ["legal"] } });
    expect(nextSteps(scene({ notices: [rejected] }), comms, now).steps[0]).toMatchObject({ kind: "revise_notice", title: "“Notice to the supervisory authority” was rejected: save a new version" });
  });

  it("asks whoever may send to reach the recipients a sent notice did not reach, even with its obligation met", () => {
    const obligations = [obligation({ id: "sa", ruleId: "EU-GDPR-33-SA", recipient: "Supervisory authority", metAt: now })];
    const bounced = scene({ obligations, notices: [notice({ id: "n1", obligationId: "sa", sent: true, notReached: 2 })] });
    expect(nextSteps(bounced, commander, now).steps[0]).toMatchObject({
      kind: "check_delivery", title: "“Notice to the supervisory authority” did not reach 2 recipients", action: { label: "See who was not reached", href: "/incidents/inc/notices/n1" },
    });
    expect(nextSteps(scene({ obligations, notices: [notice({ id: "n1", obligationId: "sa", sent: true })] }), commander, now).steps).toEqual([]);
  });
});

describe("an approval nobody can give", () => {
  /** Comms drafted it and is the only one with the comms role; legal may still approve. */
  const stuck = (viewerMayApproveAs: TApproverRole[]) =>
    scene({
      obligations: [obligation({ id: "ind", ruleId: "US-CA-1798.82-IND", recipient: "Affected California residents", dueAt: at(100) })],
      notices: [notice({ id: "n1", obligationId: "ind", deadlocks: [{ role: "comms", reason: "only_drafter" }], ...awaitingApproval(["legal", "comms"], viewerMayApproveAs) })],
    });

  it("is the administrator's first step, with the link to the fix", () => {
    expect(nextSteps(stuck([]), admin, now).steps[0]).toMatchObject({ kind: "fix_deadlock", action: { href: "/admin/users" } });
  });

  it("is, for everyone else, what an administrator is waited on for; the approval legal can give is still legal's step", () => {
    const forComms = nextSteps(stuck([]), comms, now);
    expect(forComms.steps).toEqual([]);
    expect(forComms.waiting).toEqual([expect.objectContaining({ who: "an administrator" })]);
    expect(nextSteps(stuck(["legal"]), legal, now).steps[0]).toMatchObject({ kind: "approve_notice" });
  });

  it("offers a containment request waiting for the viewer's approval as their step, linked to the Containment tab", () => {
    const base = scene();
    const state = { ...base, decisions: { ...base.decisions, containment: [{ id: "r1", title: "Contain the EC2 instance", target: "i-0abc", missing: "1 more approval, from the incident's commander" }] } };
    const { steps, waiting } = nextSteps(state, commander, now);
    expect(steps).toContainEqual(expect.objectContaining({ kind: "approve_containment", decisionIds: ["containment-r1"], action: expect.objectContaining({ href: "/incidents/inc/containment" }) }));
    expect(waiting).toEqual([]);
  });
});

describe("tasks and playbooks", () => {
  it("counts the viewer's open tasks, overdue ones first among deadline work", () => {
    const state = scene({ openTasks: [{ ownerId: "eli", dueAt: at(-1) }, { ownerId: "eli", dueAt: at(3) }, { ownerId: "casey", dueAt: at(-5) }, { ownerId: null, dueAt: null }] });
    expect(nextSteps(state, engineer, now).steps).toEqual([
      expect.objectContaining({ kind: "your_tasks", title: "2 open tasks are yours, 1 overdue", dueAt: at(-1), action: expect.objectContaining({ href: "/incidents/inc/tasks?filter=mine&filter=open" }) }),
    ]);
    expect(nextSteps(state, person("nobody", "engineer"), now).steps).toEqual([]);
  });

  it("suggests a playbook the findings call for until it has been applied, to those who may apply it", () => {
    const playbook = { id: "s3-public", title: "Public S3 bucket", matchedFindings: 4, appliedItems: 0 };
    expect(nextSteps(scene({ suggestedPlaybooks: [playbook] }), engineer, now).steps).toEqual([expect.objectContaining({ kind: "apply_playbook", title: "Apply the “Public S3 bucket” playbook" })]);
    expect(nextSteps(scene({ suggestedPlaybooks: [{ ...playbook, appliedItems: 3 }] }), engineer, now).steps).toEqual([]);
    expect(nextSteps(scene({ suggestedPlaybooks: [playbook] }), legal, now).steps).toEqual([]);
  });
});

describe("the few, most urgent first", () => {
  it("shows at most five, clock-stoppers first, then by deadline, and says how many more", () => {
    const state = scene({
      facts: { saved: true, personalData: "yes", affectedPlaces: 2 },
      moments: [],
      obligations: [
        ...[30, 10, 20, 40, 50, 60].map((hours, i) => obligation({ id: `o${i}`, ruleId: `R${i}`, recipient: `Recipient ${i}`, dueAt: at(hours) })),
        obligation({ id: "ind", ruleId: "US-CA-1798.82-IND", recipient: "Affected California residents", region: "US-CA", status: "awaiting_trigger", dueAt: null, trigger: { moment: "discovered", at: null } }),
      ],
    });
    const { steps, more } = nextSteps(state, legal, now);
    expect(steps).toHaveLength(5);
    expect(more).toBe(2);
    expect(steps[0]!.kind).toBe("declare_moment");
    expect(steps.slice(1).map((s) => s.dueAt)).toEqual([at(10), at(20), at(30), at(40)]);
  });
});

describe("“Nothing waits for you” is a claim", () => {
  it("is empty, with nobody waiting, only when nothing at all is open", () => {
    for (const role of ROLES) expect(nextSteps(scene(), person("x", role), now)).toEqual({ steps: [], more: 0, waiting: [], closed: false });
  });

  it("says a clock that starts with another notice waits for that notice, as a step of nobody's", () => {
    for (const actor of [commander, legal, comms]) {
      const { steps } = nextSteps(afterAware, actor, now);
      expect(steps.map((s) => s.title)).not.toContain("The California clock has not started: send the notice to Affected California residents first");
    }
    const running = { ...afterAware, moments: [...afterAware.moments, { moment: "discovered", at: now }], decisions: { ...afterAware.decisions, obligations: afterAware.decisions.obligations.map((o) => (o.id === "ind" ? { ...o, status: "on_track", dueAt: at(700), trigger: { moment: "discovered", at: now.toISOString() } } : o)) } };
    expect(nextSteps(running, commander, now).waiting).toContainEqual(
      expect.objectContaining({ what: "The California clock has not started: send the notice to Affected California residents first", who: "the notice to Affected California residents to be sent" }),
    );
  });

  it("lets the executive see what others are waiting on instead of calm", () => {
    const { steps, waiting } = nextSteps(afterAware, exec, now);
    expect(steps).toEqual([]);
    expect(waiting.map((w) => w.what)).toEqual(expect.arrayContaining(["The California clocks have not started: declare Discovered", "Draft the notice to Supervisory authority (the European Union)"]));
  });

  it("offers nothing on a closed incident", () => {
    expect(nextSteps({ ...afterAware, incident: { id: "inc", status: "closed" } }, commander, now)).toEqual({ steps: [], more: 0, waiting: [], closed: true });
  });

  const obligationArb = fc.record({
    applies: fc.constantFrom("yes", "undetermined", "no"),
    status: fc.constantFrom("on_track", "awaiting_trigger", "overdue", "met"),
    due: fc.option(fc.integer({ min: -100, max: 500 })),
    met: fc.boolean(),
    owned: fc.boolean(),
    trigger: fc.constantFrom(null, { moment: "discovered", at: null }, { moment: "aware", at: "2027-03-26T08:00:00Z" }, { moment: "notice", ruleId: "R0", at: null }),
  });
  const noticeArb = fc.record({
    obligation: fc.option(fc.nat(5)),
    sent: fc.boolean(),
    rejected: fc.boolean(),
    missing: fc.subarray([...APPROVER_ROLES]),
    stuck: fc.boolean(),
    incomplete: fc.boolean(),
  });

  it("accounts for every decision awaiting someone, for every role: a step of theirs or what they wait on, and someone may act on each", () => {
    fc.assert(
      fc.property(fc.array(obligationArb, { maxLength: 6 }), fc.array(noticeArb, { maxLength: 4 }), fc.boolean(), (os, ns, awareDeclared) => {
        const obligations = os.map((o, i) =>
          obligation({
            id: `o${i}`, ruleId: `R${i}`, recipient: `Recipient ${i}`, applies: o.applies, status: o.status,
            dueAt: o.due === null ? null : at(o.due), metAt: o.met ? now : null, owner: o.owned ? { id: "u", name: "U" } : null, trigger: o.trigger,
          }),
        );
        const viewer = (actor: TActor) =>
          ns.map((n, i) => {
            const missing = n.rejected ? [] : n.missing;
            const blocked = n.rejected ? "rejected" : missing.length ? "waiting" : n.incomplete ? "incomplete" : null;
            return notice({
              id: `n${i}`, obligationId: n.obligation !== null && n.obligation < obligations.length ? `o${n.obligation}` : null, sent: n.sent,
              readiness: { blocked, email: blocked, submission: blocked },
              deadlocks: n.stuck && missing.length ? [{ role: missing[0]!, reason: "nobody_holds_role" }] : [],
              approval: { rejected: n.rejected, missing },
              viewerMayApproveAs: missing.filter((role) => actor.roles.includes(role) && !(n.stuck && role === missing[0])),
            });
          });
        const stateFor = (actor: TActor) => scene({ obligations, notices: viewer(actor), moments: awareDeclared ? [{ moment: "aware", at: now }] : [] });
        const decisions = decisionsAwaiting(stateFor(admin).decisions);
        const decisionIds = decisions.map((d) => d.id);
        // A clock that starts when another notice is sent is nobody's decision: that notice's own decisions are.
        const consequences = decisions.filter((d) => d.kind === "awaiting_trigger" && d.action?.href.endsWith("/notices")).map((d) => d.id);
        const actedOn = new Set<string>();
        for (const role of ROLES) {
          const actor = person(`someone-${role}`, role);
          const result = nextSteps(stateFor(actor), actor, now, Infinity);
          const mine = result.steps.flatMap((s) => s.decisionIds);
          const theirs = result.waiting.flatMap((w) => w.decisionIds);
          for (const id of decisionIds) expect(mine.includes(id) || theirs.includes(id), `${role}: ${id}`).toBe(true);
          mine.forEach((id) => actedOn.add(id));
        }
        for (const id of decisionIds) if (!consequences.includes(id)) expect(actedOn.has(id), `nobody may act on ${id}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
