import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { recordAdminChange } from "@/lib/admin-log/record";
import type { TTimelineActor } from "@/lib/timeline/append";
import { sealConnectionSecret } from "@/lib/integrations/connection-secrets";
import { SERVICENOW_TABLES } from "@/lib/integrations/servicenow";

const baseUrl = z.url({ protocol: /^https?$/ });

/** The non-secret settings each kind needs (the Integrations page, when it comes, takes the same schemas). */
export const ZConnectionConfig = {
  pagerduty: z.object({ baseUrl: baseUrl.default("https://events.pagerduty.com"), severityFloor: z.enum(["low", "medium", "high", "critical"]).default("high") }),
  jira: z.object({ baseUrl, email: z.email().optional(), projectKey: z.string().regex(/^[A-Z][A-Z0-9_]+$/), issueType: z.string().min(1).default("Task") }),
  servicenow: z.object({ baseUrl, username: z.string().min(1), table: z.enum(SERVICENOW_TABLES).default("sn_si_incident") }),
  // The bot token is the secret; the channel is Slack's id for it (C…), which stays valid when the channel is renamed.
  slack: z.object({ baseUrl: baseUrl.default("https://slack.com"), channel: z.string().regex(/^[CG][A-Z0-9]{8,}$/, { error: "must be a Slack channel id such as C0123456789" }) }),
  // The Workflows webhook URL is the secret: whoever has it can post to the channel.
  teams: z.object({}),
} as const;
export type TConnectionKind = keyof typeof ZConnectionConfig;

/**
 * Adds a PagerDuty, Jira, ServiceNow, Slack or Microsoft Teams connection. The secrets are sealed (lib/integrations/connection-secrets.ts)
 * and the administration log records the connection without them.
 */
export async function addIntegrationConnection(
  by: TTimelineActor,
  input: { kind: string; name: string; config: unknown; secret: string; inboundSecret?: string },
) {
  if (!Object.hasOwn(ZConnectionConfig, input.kind)) throw new z.ZodError([{ code: "custom", path: ["kind"], message: `must be one of ${Object.keys(ZConnectionConfig).join(", ")}`, input: input.kind }]);
  const kind = input.kind as TConnectionKind;
  const config = ZConnectionConfig[kind].parse(input.config);
  const name = z.string().trim().min(1).max(100).parse(input.name);
  const secret = z.string().min(1).parse(input.secret);
  return prisma.$transaction(async (tx) => {
    const created = await tx.integrationConnection.create({
      data: { kind, name, config, secret: sealConnectionSecret(secret), inboundSecret: input.inboundSecret ? sealConnectionSecret(input.inboundSecret) : null },
      select: { id: true, kind: true, name: true, config: true },
    });
    await recordAdminChange(tx, by, { action: "integration-connection.created", target: { type: "integration-connection", id: created.id, label: created.name }, before: null, after: { kind, name, config } });
    return created;
  });
}
