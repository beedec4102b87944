import type { TMoment } from "@/lib/clocks/types";
import { MOMENT_LABELS } from "@/lib/incident-facts/schemas";
import { jurisdictionName, regionName } from "@/lib/clocks/jurisdictions";
import { deadlockMessage } from "@/lib/notices/approval-deadlock";
import type { TDecisionNotice } from "@/lib/notices/notice-decisions";
import type { TDecisionContainment } from "@/lib/containment/awaiting-approval";
import { jurisdictionOf, type TStatusObligation } from "@/lib/status/status";

/**
 * What waits for someone on one incident, derived from its state alone: the one rule behind the exec status page, the
 * dashboard and the portfolio, so that "nothing is waiting" is a claim this function makes, never a default. Every
 * obligation that applies (or may apply) and is not met, every unsent notice and every coverage gap yields at least
 * one decision (property-tested in decisions-awaiting.test.ts). Pure: no database, no clock.
 */

/** What starts an obligation's clock, as the engine stored it: a declared moment, or another rule's notice. */
export type TObligationTrigger = { moment: string; ruleId?: string; at: string | null };

export type TDecisionObligation = Pick<TStatusObligation, "id" | "ruleId" | "recipient" | "region" | "applies" | "status" | "dueAt" | "metAt" | "retiredAt" | "owner"> & {
  reason: string;
  trigger: TObligationTrigger | null;
  /** False for a rule that owes no notice (California's §1798.150 litigation exposure): context, not a decision. */
  owesNotice: boolean;
};

/** A jurisdiction the facts touch; `covered: false` when the clock catalog has no rules for it (the engine's `coverage`). */
export type TCoverageEntry = { jurisdiction: string; covered: boolean; count?: number | null };

export type TDecisionState = {
  incidentId: string;
  obligations: readonly TDecisionObligation[];
  notices: readonly TDecisionNotice[];
  /** Containment requests waiting for the approval of the person this state was loaded for (absent: none loaded). */
  containment?: readonly TDecisionContainment[];
};

export type TDecisionKind =
  | "approval_deadlock"
  | "awaiting_trigger"
  | "coverage_gap"
  | "undetermined"
  | "containment_approval"
  | "notice_blocked"
  | "draft_notice"
  | "notice_ready"
  | "delivery_pending"
  | "not_reached"
  | "no_owner";

export type TLink = { label: string; href: string };

export type TDecision = {
  id: string;
  kind: TDecisionKind;
  what: string;
  why: string;
  dueAt: Date | null;
  action: TLink | null;
  /** A fix only an administrator can make: a link for administrators; everyone else is told to ask one. */
  adminFix: TLink | null;
  obligationIds: string[];
  noticeId: string | null;
};

/** Display order: what silently stops clocks or approvals first, then what has a deadline. */
const KIND_ORDER: readonly TDecisionKind[] = [
  "approval_deadlock", "awaiting_trigger", "coverage_gap", "undetermined", "containment_approval", "notice_blocked", "draft_notice", "notice_ready", "delivery_pending", "not_reached", "no_owner",
];

export const USERS_ADMIN_LINK: TLink = { label: "Give the role on the Users page", href: "/admin/users" };

export function momentName(moment: string): string {
  const label = MOMENT_LABELS[moment as TMoment];
  return label ? label.replace(/ \(.*\)$/, "") : moment;
}

/** "The California clocks", "The European Union clock". */
function clocksOf(jurisdiction: string, count: number): string {
  return `The ${regionName(jurisdiction).replace(/^the /, "")} clock${count === 1 ? " has" : "s have"}`;
}

function needsAttention(o: TDecisionObligation): boolean {
  return o.owesNotice && o.retiredAt === null && o.metAt === null && (o.applies !== "no" || o.status === "awaiting_trigger");
}

/** The obligation's clock has not started: the moment (or the other rule's notice) that starts it is not declared yet. */
export function awaitsTrigger(o: Pick<TDecisionObligation, "dueAt" | "status" | "trigger">): boolean {
  return o.dueAt === null && (o.status === "awaiting_trigger" || (o.trigger !== null && o.trigger.at === null));
}

export function decisionsAwaiting(state: TDecisionState, coverage: readonly TCoverageEntry[] = []): TDecision[] {
  const base = `/incidents/${state.incidentId}`;
  const decisions: TDecision[] = [];
  const push = (d: Omit<TDecision, "adminFix" | "noticeId" | "dueAt"> & Partial<Pick<TDecision, "adminFix" | "noticeId" | "dueAt">>) =>
    decisions.push({ adminFix: null, noticeId: null, dueAt: null, ...d });

  for (const gap of coverage) {
    if (gap.covered) continue;
    const people = typeof gap.count === "number" ? `${gap.count.toLocaleString("en-US")} people affected there; ` : "";
    push({
      id: `coverage-${gap.jurisdiction}`,
      kind: "coverage_gap",
      what: `No rules for ${jurisdictionName(gap.jurisdiction)}: consult counsel`,
      why: `${people}the clock catalog has no rules for this jurisdiction, so what is owed there is not known.`,
      action: null,
      obligationIds: [],
    });
  }

  const open = state.obligations.filter(needsAttention);
  const awaiting = new Map<string, TDecisionObligation[]>();
  for (const o of open.filter(awaitsTrigger)) {
    const trigger = rootTrigger(o, open);
    const key = `${jurisdictionOf(o)}|${trigger?.moment ?? ""}|${trigger?.ruleId ?? ""}`;
    awaiting.set(key, [...(awaiting.get(key) ?? []), o]);
  }
  for (const [key, group] of awaiting) push(awaitingTriggerDecision(key, group, state, base));

  for (const o of open) {
    if (awaitsTrigger(o)) continue;
    const where = regionName(jurisdictionOf(o));
    if (o.applies === "undetermined") {
      push({
        id: `undetermined-${o.id}`,
        kind: "undetermined",
        what: `Does the notice to ${o.recipient} (${where}) apply?`,
        why: o.reason || "A fact is missing.",
        action: { label: "Answer on the Facts tab", href: `${base}/facts` },
        obligationIds: [o.id],
        dueAt: o.dueAt,
      });
      continue;
    }
    const notices = state.notices.filter((n) => n.obligationId === o.id);
    if (notices.length === 0) {
      push({
        id: `draft-${o.id}`,
        kind: "draft_notice",
        what: `Draft the notice to ${o.recipient} (${where})`,
        why: o.dueAt ? "Its deadline is running and no notice has been drafted." : "It applies with no fixed deadline (notify without undue delay), and no notice has been drafted.",
        action: { label: "Draft it on the Notices tab", href: `${base}/notices` },
        obligationIds: [o.id],
        dueAt: o.dueAt,
      });
    } else if (notices.every((n) => n.sent)) {
      push({
        id: `delivery-${o.id}`,
        kind: "delivery_pending",
        what: `The notice to ${o.recipient} was sent, but no message has been delivered yet`,
        why: "The obligation is met when the first message is accepted; check the delivery on the notice.",
        action: { label: "Open the notice", href: `${base}/notices/${notices[0]!.id}` },
        obligationIds: [o.id],
        noticeId: notices[0]!.id,
        dueAt: o.dueAt,
      });
    }
    if (o.dueAt !== null && o.owner === null) {
      push({
        id: `owner-${o.id}`,
        kind: "no_owner",
        what: `Who owns the notice to ${o.recipient} (${where})?`,
        why: "This deadline has no owner.",
        action: { label: "Assign an owner on the Obligations tab", href: `${base}/obligations` },
        obligationIds: [o.id],
        dueAt: o.dueAt,
      });
    }
  }

  for (const notice of state.notices) {
    if (notice.sent) continue;
    const obligation = state.obligations.find((o) => o.id === notice.obligationId);
    const common = {
      action: { label: "Open the notice", href: `${base}/notices/${notice.id}` },
      obligationIds: notice.obligationId ? [notice.obligationId] : [],
      noticeId: notice.id,
      dueAt: obligation && obligation.metAt === null ? obligation.dueAt : null,
    };
    if (notice.deadlocks.length) {
      push({ ...common, id: `deadlock-${notice.id}`, kind: "approval_deadlock", what: `“${notice.title}” cannot be approved`, why: notice.deadlocks.map(deadlockMessage).join(" "), adminFix: USERS_ADMIN_LINK });
    } else if (notice.readiness.blocked) {
      push({ ...common, id: `blocked-${notice.id}`, kind: "notice_blocked", what: `“${notice.title}” cannot be sent yet`, why: notice.readiness.blocked });
    } else {
      const why = notice.readiness.email && notice.readiness.submission === null ? notice.readiness.email : "Waiting for a commander or an administrator to send it.";
      push({ ...common, id: `ready-${notice.id}`, kind: "notice_ready", what: `“${notice.title}” is approved: send it`, why });
    }
  }

  for (const notice of state.notices) {
    if (!notice.sent || notice.notReached === 0) continue;
    const people = notice.notReached === 1 ? "1 recipient" : `${notice.notReached} recipients`;
    push({
      id: `not-reached-${notice.id}`,
      kind: "not_reached",
      what: `“${notice.title}” did not reach ${people}`,
      why: `The mail server refused ${notice.notReached === 1 ? "the message" : "their messages"}, or the provider reported ${notice.notReached === 1 ? "it" : "them"} bounced after accepting ${notice.notReached === 1 ? "it" : "them"}. The notice is still owed to ${notice.notReached === 1 ? "this recipient" : "them"}: reach them another way (postal mail, a substitute notice) and record it.`,
      action: { label: "Open the notice", href: `${base}/notices/${notice.id}` },
      obligationIds: notice.obligationId ? [notice.obligationId] : [],
      noticeId: notice.id,
      dueAt: null,
    });
  }

  for (const request of state.containment ?? []) {
    push({
      id: `containment-${request.id}`,
      kind: "containment_approval",
      what: `Approve “${request.title}” on ${request.target}?`,
      why: `This containment action waits for ${request.missing ?? "an approval"}; yours would count.`,
      action: { label: "Review it on the Containment tab", href: `${base}/containment` },
      obligationIds: [],
    });
  }

  return decisions.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
      a.what.localeCompare(b.what),
  );
}

/**
 * The trigger that really holds a clock back: a rule that starts from another rule's notice, whose own clock awaits a
 * moment, waits for that moment (California's Attorney General copy waits for the residents' notice, which waits
 * for Discovered).
 */
function rootTrigger(o: TDecisionObligation, open: readonly TDecisionObligation[]): TObligationTrigger | null {
  let trigger = o.trigger;
  for (let hops = 0; trigger?.moment === "notice" && hops < 5; hops++) {
    const upstream = open.find((u) => u.ruleId === trigger!.ruleId && awaitsTrigger(u));
    if (!upstream?.trigger) break;
    trigger = upstream.trigger;
  }
  return trigger;
}

function awaitingTriggerDecision(key: string, group: TDecisionObligation[], state: TDecisionState, base: string): Omit<TDecision, "adminFix" | "noticeId" | "dueAt"> {
  const [jurisdiction] = key.split("|") as [string];
  const trigger = rootTrigger(group[0]!, state.obligations.filter(needsAttention));
  const recipients = group.map((o) => o.recipient).join("; ");
  const common = { id: `trigger-${key}`, kind: "awaiting_trigger" as const, obligationIds: group.map((o) => o.id) };
  const applyText = group.length === 1 ? "1 obligation applies" : `${group.length} obligations apply`;
  if (trigger && trigger.moment === "notice") {
    const upstream = state.obligations.find((o) => o.ruleId === trigger.ruleId);
    return {
      ...common,
      what: `${clocksOf(jurisdiction, group.length)} not started: send the notice to ${upstream?.recipient ?? trigger.ruleId ?? "the earlier recipient"} first`,
      why: `${applyText} and start${group.length === 1 ? "s" : ""} when that notice is sent: ${recipients}.`,
      action: { label: "Go to the Notices tab", href: `${base}/notices` },
    };
  }
  if (trigger) {
    const moment = momentName(trigger.moment);
    return {
      ...common,
      what: `${clocksOf(jurisdiction, group.length)} not started: declare ${moment}`,
      why: `${applyText} and start${group.length === 1 ? "s" : ""} only when ${moment} is declared: ${recipients}.`,
      action: { label: `Declare ${moment}`, href: `${base}/facts?declare=${encodeURIComponent(trigger.moment)}#moments-heading` },
    };
  }
  return {
    ...common,
    what: `${clocksOf(jurisdiction, group.length)} not started: the moment that starts ${group.length === 1 ? "it" : "them"} is not declared`,
    why: `${applyText}: ${recipients}.`,
    action: { label: "Declare moments on the Facts tab", href: `${base}/facts#moments-heading` },
  };
}

/** How many decisions are waiting, in words: "3 decisions waiting" / "Nothing waiting". */
export function decisionsCountText(count: number): string {
  return count === 0 ? "Nothing waiting" : `${count} decision${count === 1 ? "" : "s"} waiting`;
}
