export const ROLES = ["admin", "commander", "legal", "engineer", "comms", "exec"] as const;
export type TRole = (typeof ROLES)[number];

export const ROLE_LABELS: Record<TRole, string> = {
  admin: "Administrator",
  commander: "Incident commander",
  legal: "Legal reviewer",
  engineer: "Engineer",
  comms: "Communications",
  exec: "Executive (read-only)",
};

export function isRole(value: unknown): value is TRole {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
