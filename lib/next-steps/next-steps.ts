import { can, whoMay, type TAction, type TActor } from "@/lib/auth/policy";
import { MOMENTS, type TMoment } from "@/lib/clocks/types";
import type { TIncidentStatus } from "@/lib/incidents/schemas";
import { APPROVER_ROLE_LABELS } from "@/lib/auth/roles";
import { decisionsAwaiting, type TCoverageEntry, type TDecision, type TDecisionState } from "@/lib/status/decisions-awaiting";
import type { TDecisionNotice } from "@/lib/notices/notice-decisions";

/**
 * The few next actions on one incident for the person looking at it, most urgent first, each with where to act.
 * Built on the one "decisions awaiting someone" rule (lib/status/decisions-awaiting.ts) plus what only this viewer
 * has (a draft they may approve, tasks they own) and what precedes any obligation (facts, a playbook the findings
 * call for). A step is offered only to someone the policy lets do it; every decision nobody here can act on is said
 * as what others are waiting on. So "Nothing waits for you" is a claim: an empty `steps` with every decision
 * accounted for in `waiting` (tested in next-steps.test.ts). Pure: no database, no clock.
 */

export type TNextStepKind =
  | "fix_deadlock"
  | "declare_moment"
  | "record_facts"
  | "approve_notice"
  | "approve_containment"
  | "send_notice"
  | "draft_notice"
  | "revise_notice"
  | "answer_fact"
  | "your_tasks"
  | "assign_owners"
  | "consult_counsel"
  | "apply_playbook"
  | "check_delivery";

export type TStepAction =
  | { kind: "link"; label: string; href: string }
  /** One click declares `moment` at the instant of `sameAs` (the server reads it); `href` is the form for another instant. */
  | { kind: "same-moment"; label: string; moment: TMoment; sameAs: TMoment; sameAsAt: string; href: string; hrefLabel: string };

export type TNextStep = {
  id: string;
  kind: TNextStepKind;
  title: string;
  detail: string;
  dueAt: Date | null;
  action: TStepAction;
  /** The decisions (decisionsAwaiting ids) this step acts on. */
  decisionIds: string[];
};

/** Something waiting on people other than the viewer, and who they are. */
export type TWaiting = { id: string; what: string; who: string; decisionIds: string[] };

export type TNextSteps = {
  /** At most `limit` steps, most urgent first. */
  steps: TNextStep[];
  /** How many more steps wait for the viewer beyond those. */
  more: number;
  waiting: TWaiting[];
  closed: boolean;
};

export type TNextStepsState = {
  incident: { id: string; status: TIncidentStatus };
  decisions: TDecisionState;
  coverage: readonly TCoverageEntry[];
  facts: { saved: boolean; personalData: "yes" | "no" | "unknown"; affectedPlaces: number };
  /** The current declaration of each declared moment. */
  moments: readonly { moment: string; at: Date }[];
  /** Open tasks (open or in progress). */
  openTasks: readonly { ownerId: string | null; dueAt: Date | null }[];
  /** Playbooks the incident's findings call for, and how many of their items are tasks already. */
  suggestedPlaybooks: readonly { id: string; title: string; matchedFindings: number; appliedItems: number }[];
};

/** `rank` orders steps of one kind that have no deadline: moments in the order they happen (Aware before Discovered). */
type TCandidate = Omit<TNextStep, "decisionIds"> & { decisionIds?: string[]; tier: number; rank?: number };

/** Clock-stoppers first (nothing else can be timed until they are done), then work against deadlines, then the rest. */
const TIER = { blocking: 0, deadline: 1, later: 2 } as const;
const KIND_ORDER: readonly TNextStepKind[] = [
  "fix_deadlock", "declare_moment", "record_facts", "approve_notice", "approve_containment", "send_notice", "draft_notice", "revise_notice", "answer_fact",
  "your_tasks", "assign_owners", "consult_counsel", "apply_playbook", "check_delivery",
];

export const NEXT_STEPS_LIMIT = 5;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function nextSteps(state: TNextStepsState, actor: TActor, now: Date, limit = NEXT_STEPS_LIMIT): TNextSteps {
  if (state.incident.status === "closed") return { steps: [], more: 0, waiting: [], closed: true };
  const base = `/incidents/${state.incident.id}`;
  const candidates: TCandidate[] = [];
  const waiting: TWaiting[] = [];
  /** A step for the viewer when any of `actions` is theirs; otherwise, for a decision, what others are waiting on. */
  const offer = (actions: readonly TAction[], step: TCandidate, waitingFor: string | null = whoMay(actions)) => {
    if (actions.some((action) => can(actor, action))) candidates.push(step);
    else if (waitingFor !== null && step.decisionIds?.length) waiting.push({ id: step.id, what: step.title, who: waitingFor, decisionIds: step.decisionIds });
  };

  const decisions = decisionsAwaiting(state.decisions, state.coverage);
  const aware = state.moments.find((m) => m.moment === "aware");
  const unowned: TDecision[] = [];
  for (const decision of decisions) {
    const common = { id: decision.id, title: decision.what, detail: decision.why, dueAt: decision.dueAt, decisionIds: [decision.id] };
    const link = (label: string, href: string) => ({ kind: "link" as const, label, href });
    const notice = state.decisions.notices.find((n) => n.id === decision.noticeId);
    switch (decision.kind) {
      case "approval_deadlock":
        offer(["user.update"], { ...common, kind: "fix_deadlock", tier: TIER.blocking, action: link(decision.adminFix!.label, decision.adminFix!.href) }, "an administrator");
        // The approvals that someone can give still can: the stuck one does not make the others wait.
        if (notice && notice.viewerMayApproveAs.length > 0) candidates.push(approveStep(notice, decision, `${decision.id}-approve`));
        break;
      case "awaiting_trigger": {
        const moment = /[?&]declare=([A-Za-z]+)/.exec(decision.action?.href ?? "")?.[1] as TMoment | undefined;
        const rank = moment ? MOMENTS.indexOf(moment) : MOMENTS.length;
        if (decision.action?.href.endsWith("/notices")) {
          // Its clock starts when another notice is sent: nobody decides this; the other notice's own steps (draft,
          // approve, send) are the work, so everyone is told what it waits for.
          const upstream = /send the notice to (.*) first$/.exec(decision.what)?.[1] ?? "the earlier notice";
          waiting.push({ id: decision.id, what: decision.what, who: `the notice to ${upstream} to be sent`, decisionIds: [decision.id] });
        } else if (moment === "discovered" && aware) {
          offer(["incident.moment.declare"], {
            ...common, kind: "declare_moment", tier: TIER.blocking, rank,
            action: { kind: "same-moment", label: "Yes, Discovered at the same time as Aware", moment, sameAs: "aware", sameAsAt: aware.at.toISOString(), href: decision.action!.href, hrefLabel: "Declare Discovered at another instant" },
          });
        } else {
          offer(["incident.moment.declare"], { ...common, kind: "declare_moment", tier: TIER.blocking, rank, action: link(decision.action!.label, decision.action!.href) });
        }
        break;
      }
      case "coverage_gap":
        offer(["incident.facts.update"], { ...common, kind: "consult_counsel", tier: TIER.later, action: link("See the jurisdictions without rules", `${base}/obligations#coverage-gaps-heading`) });
        break;
      case "undetermined":
        offer(["incident.facts.update"], { ...common, kind: "answer_fact", tier: TIER.deadline, action: link(decision.action!.label, decision.action!.href) });
        break;
      case "draft_notice": {
        const obligationId = decision.obligationIds[0]!;
        offer(["notice.draft"], { ...common, kind: "draft_notice", tier: TIER.deadline, action: link("Draft it", `${base}/notices?obligation=${obligationId}#new-notice`) });
        break;
      }
      case "containment_approval":
        // Loaded only when this person may approve it now (lib/containment/awaiting-approval.ts): their step.
        candidates.push({ ...common, kind: "approve_containment", tier: TIER.deadline, action: link(decision.action!.label, decision.action!.href) });
        break;
      case "notice_ready":
        offer(["notice.send"], { ...common, kind: "send_notice", tier: TIER.deadline, action: link("Open it to send", decision.action!.href) });
        break;
      case "delivery_pending":
        offer(["notice.send"], { ...common, kind: "check_delivery", tier: TIER.later, action: link("Check the delivery", decision.action!.href) });
        break;
      case "not_reached":
        offer(["notice.send"], { ...common, kind: "check_delivery", tier: TIER.deadline, action: link("See who was not reached", decision.action!.href) });
        break;
      case "no_owner":
        unowned.push(decision);
        break;
      case "notice_blocked": {
        const title = notice?.title ?? "The notice";
        if (notice && !notice.approval.rejected && notice.approval.missing.length > 0) {
          const roles = notice.approval.missing.map((role) => APPROVER_ROLE_LABELS[role] ?? role).join(" and ");
          if (notice.viewerMayApproveAs.length > 0) {
            candidates.push(approveStep(notice, decision, decision.id));
          } else {
            waiting.push({ id: decision.id, what: `“${title}” needs approval`, who: `its ${roles} approver${notice.approval.missing.length === 1 ? "" : "s"}`, decisionIds: [decision.id] });
          }
        } else {
          const rejected = notice?.approval.rejected ?? false;
          offer(["notice.draft"], {
            ...common, kind: "revise_notice", tier: TIER.deadline,
            title: rejected ? `“${title}” was rejected: save a new version` : decision.what,
            action: link(rejected ? "Revise it" : "Open it", decision.action!.href),
          });
        }
        break;
      }
    }
  }
  if (unowned.length > 0) {
    const recipients = unowned.map((d) => d.what.replace(/^Who owns the notice to (.*)\?$/, "$1"));
    offer(["obligation.assign"], {
      id: "owners",
      kind: "assign_owners",
      tier: TIER.later,
      title: `${plural(unowned.length, "obligation has", "obligations have")} no owner`,
      detail: `Nobody gets the reminders for: ${recipients.join("; ")}.`,
      dueAt: earliest(unowned.map((d) => d.dueAt)),
      action: { kind: "link", label: "Assign owners", href: `${base}/obligations#register-heading` },
      decisionIds: unowned.map((d) => d.id),
    });
  }

  const factsStep = !state.facts.saved || state.facts.personalData === "unknown"
    ? {
        title: "Record what was exposed and whose data it is",
        detail: "Whether personal data were compromised, which kinds, and where the people live decide which notices are owed and when. Until then no clock can be computed.",
        label: "Record the facts",
      }
    : state.facts.personalData === "yes" && state.facts.affectedPlaces === 0
      ? {
          title: "Record where the affected people live",
          detail: "Personal data were compromised, but no jurisdiction is recorded: the notices owed there cannot be found.",
          label: "Add the jurisdictions",
        }
      : null;
  if (factsStep) {
    offer(["incident.facts.update"], {
      id: "facts", kind: "record_facts", tier: TIER.blocking, dueAt: null, title: factsStep.title, detail: factsStep.detail,
      action: { kind: "link", label: factsStep.label, href: `${base}/facts#facts-heading` },
      decisionIds: ["facts"],
    });
  }

  for (const playbook of state.suggestedPlaybooks) {
    if (playbook.matchedFindings === 0 || playbook.appliedItems > 0) continue;
    offer(["playbook.apply"], {
      id: `playbook-${playbook.id}`, kind: "apply_playbook", tier: TIER.later, dueAt: null,
      title: `Apply the “${playbook.title}” playbook`,
      detail: `${plural(playbook.matchedFindings, "finding of this incident calls", "findings of this incident call")} for it; its checklist becomes tasks with owners.`,
      action: { kind: "link", label: "See the playbook", href: `${base}/tasks#playbooks` },
    });
  }

  const mine = actor.kind === "user" ? state.openTasks.filter((t) => t.ownerId === actor.id) : [];
  if (mine.length > 0) {
    const overdue = mine.filter((t) => t.dueAt !== null && t.dueAt.getTime() < now.getTime()).length;
    offer(["task.manage"], {
      id: "tasks", kind: "your_tasks", tier: overdue > 0 ? TIER.deadline : TIER.later,
      title: `${plural(mine.length, "open task is", "open tasks are")} yours${overdue > 0 ? `, ${overdue} overdue` : ""}`,
      detail: "Mark each done, or hand it to someone else, on the Tasks tab.",
      dueAt: earliest(mine.map((t) => t.dueAt)),
      action: { kind: "link", label: "See your tasks", href: `${base}/tasks?filter=mine&filter=open` },
    });
  }

  const ordered = candidates
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        (a.rank ?? 0) - (b.rank ?? 0) ||
        a.title.localeCompare(b.title),
    )
    .map(({ id, kind, title, detail, dueAt, action, decisionIds = [] }): TNextStep => ({ id, kind, title, detail, dueAt, action, decisionIds }));
  return { steps: ordered.slice(0, limit), more: Math.max(0, ordered.length - limit), waiting, closed: false };
}

function approveStep(notice: TDecisionNotice, decision: TDecision, id: string): TCandidate {
  const as = notice.viewerMayApproveAs.map((role) => APPROVER_ROLE_LABELS[role] ?? role).join(" and ");
  return {
    id, kind: "approve_notice", tier: TIER.deadline, dueAt: decision.dueAt, decisionIds: [decision.id],
    title: `“${notice.title}” waits for your approval (${as})`,
    detail: "Read the text as it will be sent, then approve or reject it with a comment.",
    action: { kind: "link", label: "Review it", href: decision.action!.href },
  };
}

function earliest(dates: readonly (Date | null)[]): Date | null {
  const times = dates.filter((d): d is Date => d !== null).map((d) => d.getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}
