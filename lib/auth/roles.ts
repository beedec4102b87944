export const ROLES = ["admin", "commander", "legal", "engineer", "comms", "exec"] as const;
export type TRole = (typeof ROLES)[number];

/**
 * Every way the console names a role, in one table: `label` in forms, badges and lists; `plural` in "Only … can do
 * this"; `approval` for the roles whose approval a notice can need ("Waiting for approval from: Legal").
 */
const ROLE_NAMES = {
  admin: { label: "Administrator", plural: "administrators" },
  commander: { label: "Incident commander", plural: "incident commanders" },
  legal: { label: "Legal reviewer", plural: "legal reviewers", approval: "Legal" },
  engineer: { label: "Engineer", plural: "engineers" },
  comms: { label: "Communications", plural: "communications staff", approval: "Communications" },
  exec: { label: "Executive (read-only)", plural: "executives", approval: "Executive" },
} as const satisfies Record<TRole, { label: string; plural: string; approval?: string }>;

export const ROLE_LABELS = Object.fromEntries(ROLES.map((role) => [role, ROLE_NAMES[role].label])) as Record<TRole, string>;

export const ROLE_PLURALS = Object.fromEntries(ROLES.map((role) => [role, ROLE_NAMES[role].plural])) as Record<TRole, string>;

/** How an approving role is named next to a notice; keyed by string because approvals are stored as text. */
export const APPROVER_ROLE_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(ROLE_NAMES).flatMap(([role, names]) => ("approval" in names ? [[role, names.approval]] : [])),
);

export function isRole(value: unknown): value is TRole {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
