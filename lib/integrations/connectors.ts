import type { TConnector } from "@/lib/integrations/connector-types";
import { jiraConnector } from "@/lib/integrations/jira";
import { pagerdutyConnector } from "@/lib/integrations/pagerduty";
import { serviceNowConnector } from "@/lib/integrations/servicenow";
import { slackConnector } from "@/lib/integrations/chat/slack";
import { teamsConnector } from "@/lib/integrations/chat/teams";

/** Every kind of connection Breachdesk can talk to, by kind (integration_connections.kind). */
export const CONNECTORS: Partial<Record<string, TConnector>> = {
  pagerduty: pagerdutyConnector,
  jira: jiraConnector,
  servicenow: serviceNowConnector,
  slack: slackConnector,
  teams: teamsConnector,
};

/** Kinds whose connections take tasks as tickets. */
export const TICKET_KINDS = { jira: "jira.create_issue", servicenow: "servicenow.create_record" } as const;
export type TTicketKind = keyof typeof TICKET_KINDS;
