import { count } from "@/lib/timeline-text/parts";
import type { TDescribers } from "@/lib/timeline-text/types";

const SERVICES: Record<string, string> = { slack: "Slack" };

export const integrationDescribers: TDescribers = {
  "chat.channel-opened": (p) => [
    `${SERVICES[p.service] ?? p.service} (${p.connection}) opened the ${p.private ? "private " : ""}channel #${p.name} for this incident` +
      (p.invited === null ? "." : `, inviting ${count(p.invited, "person", "people")}${p.notInSlack ? ` (${count(p.notInSlack, "person", "people")} without a Slack account under their e-mail address)` : ""}.`) +
      (p.archived.length > 0 ? " The public channel it replaces is archived: the incident is need-to-know." : ""),
  ],
};
