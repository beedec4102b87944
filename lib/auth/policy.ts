import { ROLES, ROLE_PLURALS, isRole, type TRole } from "@/lib/auth/roles";

/**
 * The only place where roles meet actions. Deny by default: an action that is not listed, an actor with
 * no role, or a role this table does not know is refused.
 *
 * - a role list: signed-in actors holding at least one of those roles;
 * - "signed-in": any signed-in actor, even one with no role yet (a new single sign-on user);
 * - "public": no sign-in needed. Kept to the health probe, the first-run setup (which guards itself) and the inbound
 *   ticket webhooks (each verified by its connection's HMAC secret).
 */
type TRule = readonly TRole[] | "signed-in" | "public";

const EVERY_ROLE = ROLES;

export const POLICY = {
  "health.read": "public",
  "setup.create-first-admin": "public",
  "session.read": "signed-in",
  // The API reference holds no data, only the routes and their rules; it is still kept behind sign-in (a token
  // or a session) so that an unauthenticated visitor learns nothing about the console from it.
  "api-docs.read": "signed-in",

  "incident.read": EVERY_ROLE,
  "incident.declare": ["admin", "commander"],

  // Notification clocks (lib/clocks). Evaluating facts only computes: it reads the catalog's verdict on
  // hypothetical facts and writes nothing, so every role may do it, executives included (hence ".read").
  "clocks.read": EVERY_ROLE,
  // Recording counsel's review of a catalog rule (the Rules page; reading rules and reviews is clocks.read).
  "rule.review": ["admin", "legal"],
  // --- Incident record and timeline ---
  // Reopening a closed incident additionally needs the incident's own commander (isIncidentCommander,
  // lib/auth/incident-access.ts).
  "incident.change-status": ["admin", "commander"],
  "incident.note.create": ["admin", "commander", "legal", "engineer", "comms"],
  "timeline.integrity.read": EVERY_ROLE,
  // Also needs to lead this incident: its commander or an administrator (isIncidentLead, lib/auth/incident-access.ts).
  "incident.members.manage": ["admin", "commander"],

  "user.list": ["admin"],
  "user.create": ["admin"],
  "user.update": ["admin"],
  "token.list": ["admin"],
  "token.create": ["admin"],
  "token.revoke": ["admin"],
  // The administration log (accounts, tokens, sources, console-wide policies: who changed what, before → after).
  "admin.audit.read": ["admin"],

  // ─── Findings intake ───
  "finding.read": EVERY_ROLE,
  "finding.list": EVERY_ROLE,
  "finding.triage": ["admin", "commander", "engineer"],
  "finding.import": ["admin", "commander", "engineer"],
  "source.list": ["admin"],
  "source.manage": ["admin"],

  // ─── Tasks, playbooks, evidence register ───
  "task.read": EVERY_ROLE,
  "task.manage": ["admin", "commander", "legal", "engineer", "comms"],
  "playbook.apply": ["admin", "commander", "engineer"],
  "evidence.read": EVERY_ROLE,
  "evidence.create": ["admin", "commander", "legal", "engineer", "comms"],
  // Downloading writes a chain-of-custody entry; executives see the register but do not take copies.
  "evidence.download": ["admin", "commander", "legal", "engineer"],
  "evidence.custody.transfer": ["admin", "commander", "legal", "engineer"],
  "evidence.legal-hold": ["admin", "legal"],
  "evidence.delete": ["admin", "commander", "legal"],
  // ─── Clock facts, the stored obligation register and reminders ───
  "incident.facts.read": EVERY_ROLE,
  "incident.facts.update": ["admin", "commander", "legal"],
  "incident.moment.declare": ["admin", "commander", "legal"],
  "organisation.read": EVERY_ROLE,
  "organisation.manage": ["admin"],
  "datastore.list": EVERY_ROLE,
  "datastore.manage": ["admin"],
  "obligation.list": EVERY_ROLE,
  "obligation.assign": ["admin", "commander", "legal"],
  // Owning an obligation (getting its reminders) is open to OBLIGATION_OWNER_ROLES below: the picker and the API agree.
  "notification.list": EVERY_ROLE,
  "notification.mark-read": ["admin", "commander", "legal", "engineer", "comms"],
  // ─── Exec status, reports and metrics ───
  // Reading the status view, the PDF report, CSV exports and the bundle. Exports are access to evidence: each
  // writes a "report.exported" timeline event, and restricted incidents stay need-to-know (visibleIncidentsWhere).
  "report.read": EVERY_ROLE,
  "metrics.read": EVERY_ROLE,
  // ─── Notices and approval gates ───
  "notice.read": EVERY_ROLE,
  "notice.list": EVERY_ROLE,
  // Drafting and editing: comms and legal (each save is a new version that voids earlier approvals).
  "notice.draft": ["admin", "legal", "comms"],
  // Approving: which of these roles a notice needs depends on its kind (NOTICE_APPROVAL_DEFAULTS below, admin-set);
  // the service also refuses the version's own drafter, API tokens, and an approver who has not re-authenticated.
  // Exec may approve (an SEC filing needs an executive): the one exec action that is not a read.
  "notice.approve": ["legal", "comms", "exec"],
  // Reviewers' queue across incidents.
  "notice.review.list": ["legal", "comms", "exec"],
  // Sending (or recording a submission made elsewhere) a fully approved version.
  "notice.send": ["admin", "commander"],
  "notice.approval-policy.read": EVERY_ROLE,
  "notice.approval-policy.manage": ["admin"],
  // The sandbox mailbox of exercise incidents.
  "sandbox-mail.list": EVERY_ROLE,
  // ─── Containment actions (SSM Automation runbooks, approved, then run by the worker) ───
  "containment.read": EVERY_ROLE,
  "containment.request": ["commander", "engineer"],
  // Also: not the requester, a person (PEOPLE_ONLY), password confirmed, and what the containment approval policy
  // needs for the action's class: how many people, this incident's lead (isIncidentLead) for production access, which
  // roles: lib/containment/approval-rule.ts.
  "containment.approve": ["commander", "engineer"],
  // ─── Affected-people ledger (contact data, encrypted at rest; every read of it is on the timeline) ───
  // Importing replaces the facts' counts for the jurisdictions it covers, like a facts change.
  "ledger.import": ["commander", "legal"],
  // Names, e-mail and postal addresses of affected people; everyone else sees the counts in the facts.
  "ledger.read": ["commander", "legal", "comms"],
  // The approval policy per action class (lib/containment/approval-policy.ts): everyone may read what a request
  // needs; administrators change it, never below its floors.
  "containment.approval-policy.read": EVERY_ROLE,
  "containment.approval-policy.manage": ["admin"],
  // ─── Scoping: access reconstruction from CloudTrail (run by the worker; reads the account through its source role) ───
  "scoping.read": EVERY_ROLE,
  "scoping.run": ["commander", "engineer", "legal"],
  // Linking a touched store to the incident is a facts change: incident.facts.update.
  // ─── Integrations: outbound webhooks (subscriptions, secrets, delivery log, redelivery, send test) ───
  "integration.manage": ["admin"],
  // Jira and ServiceNow status webhooks: no sign-in; each request proves itself with the connection's HMAC secret.
  "integration.inbound": "public",
} as const satisfies Record<string, TRule>;

export type TAction = keyof typeof POLICY;

/**
 * Actions only a signed-in person may take, whatever roles an API token holds, each with the sentence a refused
 * token is given. A token that could mint tokens would let one leaked secret outlive its own revocation (it mints
 * another first), and the token it mints would have no person accountable for it.
 */
const PEOPLE_ONLY: Partial<Record<TAction, string>> = {
  "token.create": "API tokens cannot create API tokens: an administrator creates them, signed in.",
  "containment.approve": "Containment actions are approved by people: API tokens cannot approve.",
};

export type TActor =
  | {
      kind: "user";
      id: string;
      email: string;
      name: string;
      roles: TRole[];
      /**
       * When this session signed in (ms since epoch); absent for actors not built from a session. A recent sign-in
       * counts as re-authentication when approving a notice.
       */
      signedInAt?: number;
    }
  | { kind: "token"; id: string; name: string; roles: TRole[] };

export function isAction(value: string): value is TAction {
  return Object.hasOwn(POLICY, value);
}

/** True when the actor (null when nobody is signed in) may perform the action. */
export function can(actor: TActor | null, action: TAction): boolean {
  if (!isAction(action)) return false;
  const rule: TRule = POLICY[action];
  if (rule === "public") return true;
  if (!actor) return false;
  if (actor.kind !== "user" && PEOPLE_ONLY[action]) return false;
  if (rule === "signed-in") return true;
  return actor.roles.some((role) => isRole(role) && rule.includes(role));
}

/** The sentence a disabled control shows, e.g. "Only incident commanders and administrators can do this." */
export function whoCan(action: TAction): string {
  const rule: TRule = POLICY[action];
  if (rule === "public" || rule === "signed-in") return "Anyone signed in can do this.";
  return `Only ${roleList(rule, "and")} can do this.`;
}

/** Who may do any of these actions, as people: "legal reviewers or communications staff"; "anyone signed in". */
export function whoMay(actions: readonly TAction[]): string {
  const rules = actions.map((action): TRule => POLICY[action]);
  if (rules.some((rule) => rule === "public" || rule === "signed-in")) return "anyone signed in";
  return roleList(ROLES.filter((role) => rules.some((rule) => (rule as readonly TRole[]).includes(role))), "or");
}

function roleList(roles: readonly TRole[], joiner: "and" | "or"): string {
  const labels = roles.map((role) => ROLE_PLURALS[role]);
  return labels.length > 1 ? `${labels.slice(0, -1).join(", ")} ${joiner} ${labels.at(-1)}` : (labels[0] ?? "nobody");
}

/** Why `can(actor, action)` said no, for the 403: a people-only action refused to a token, or who can do it. */
export function refusalReason(actor: TActor, action: TAction): string {
  return (actor.kind !== "user" ? PEOPLE_ONLY[action] : undefined) ?? whoCan(action);
}

/** Who may own a notification obligation: the owner picker offers them and the owner API refuses anyone else. */
export const OBLIGATION_OWNER_ROLES = ["admin", "commander", "legal"] as const satisfies readonly TRole[];
/** Who may own a task, hold evidence, or own a decision; on a need-to-know incident also only those who may see it. */
export const TASK_OWNER_ROLES = ROLES;
export const CUSTODIAN_ROLES = ROLES;
export const DECISION_OWNER_ROLES = ["admin", "commander", "legal", "engineer", "comms"] as const satisfies readonly TRole[];

// ─── Notices and approval gates ───

/** Roles that can satisfy a notice approval requirement. */
export const APPROVER_ROLES = ["legal", "comms", "exec"] as const satisfies readonly TRole[];
export type TApproverRole = (typeof APPROVER_ROLES)[number];

/**
 * Which roles must approve a notice of each kind before it can be sent — the safe defaults. An administrator may
 * change them (stored in instance_settings, lib/notices/approval-policy.ts), but never to an empty list.
 */
export const NOTICE_APPROVAL_DEFAULTS = {
  regulator: ["legal"],
  individuals: ["legal", "comms"],
  public_media: ["legal", "comms"],
  sec_filing: ["legal", "exec"],
  other: ["legal"],
} as const satisfies Record<string, readonly TApproverRole[]>;

export type TNoticeApprovalPolicy = Record<keyof typeof NOTICE_APPROVAL_DEFAULTS, TApproverRole[]>;

/** The required roles this approver could satisfy on a notice, given those already satisfied. */
export function approvableRoles(actor: TActor, required: readonly TApproverRole[], satisfied: readonly string[]): TApproverRole[] {
  if (actor.kind !== "user" || !can(actor, "notice.approve")) return [];
  return required.filter((role) => actor.roles.includes(role) && !satisfied.includes(role));
}
