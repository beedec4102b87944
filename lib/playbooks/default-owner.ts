import type { TIncidentRole } from "@/lib/incidents/schemas";
import type { TTaskRole } from "@/lib/tasks/schemas";

/** The incident role whose holder picks up a playbook task of each kind. */
const LEAD_FOR_TASK: Record<TTaskRole, "commander" | TIncidentRole> = {
  commander: "commander",
  legal: "legal_lead",
  privacy: "legal_lead",
  comms: "comms_lead",
  engineering: "engineering_lead",
  forensics: "engineering_lead",
};

export type TTeam = {
  commander: { id: string; active: boolean } | null;
  members: { role: string; user: { id: string; active: boolean } }[];
};

/**
 * Who owns a new playbook task by default: the incident's holder of the matching role (commander, legal, comms or
 * engineering lead), if active; nobody when the role is not staffed, so the task shows as unowned instead of landing
 * on someone who cannot act on it.
 */
export function defaultTaskOwner(role: TTaskRole, team: TTeam): string | null {
  const lead = LEAD_FOR_TASK[role];
  const holder = lead === "commander" ? team.commander : team.members.find((member) => member.role === lead)?.user;
  return holder?.active ? holder.id : null;
}
