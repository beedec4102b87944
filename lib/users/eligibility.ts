import type { TRole } from "@/lib/auth/roles";

/** Why a user cannot be picked for a job open to some roles: unknown, deactivated, or holding none of them. */
export type TIneligibility = "unknown_user" | "inactive" | "no_eligible_role";

/**
 * The rule behind every people picker (commander, task owner, obligation owner…): an active user holding at least
 * one of the roles. `findEligibleUsers` lists exactly the users for which this answers `null`, so a service that
 * checks a submitted id with it accepts what its picker offered and nothing else.
 */
export function ineligibility(user: { active: boolean; roles: readonly string[] } | null, roles: readonly TRole[]): TIneligibility | null {
  if (!user) return "unknown_user";
  if (!user.active) return "inactive";
  if (!user.roles.some((role) => (roles as readonly string[]).includes(role))) return "no_eligible_role";
  return null;
}
