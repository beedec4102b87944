import { z } from "zod";
import { SERVICENOW_TABLES } from "@/lib/integrations/servicenow-tables";

/** What an administrator gives to add or change a connection (no server code: the page's form imports it). */


const baseUrl = z.url({ protocol: /^https?$/ });

/** The non-secret settings each kind needs (the admin CLI and the Integrations page take the same schemas). */
export const ZConnectionConfig = {
  pagerduty: z.object({ baseUrl: baseUrl.default("https://events.pagerduty.com"), severityFloor: z.enum(["low", "medium", "high", "critical"]).default("high") }),
  jira: z.object({ baseUrl, email: z.email().optional(), projectKey: z.string().regex(/^[A-Z][A-Z0-9_]+$/), issueType: z.string().min(1).default("Task") }),
  servicenow: z.object({ baseUrl, username: z.string().min(1), table: z.enum(SERVICENOW_TABLES).default("sn_si_incident") }),
  // The bot token is the secret; the channel is Slack's id for it (C…), which stays valid when the channel is renamed.
  // With a channel per incident, the fixed channel (if any) hears only of declarations, with the new channel's name.
  slack: z
    .object({
      baseUrl: baseUrl.default("https://slack.com"),
      channel: z.string().regex(/^[CG][A-Z0-9]{8,}$/, { error: "must be a Slack channel id such as C0123456789" }).optional(),
      channelPerIncident: z.boolean({ error: "must be true or false" }).default(false),
      channelPrefix: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,29}$/, { error: "must be up to 30 lower-case letters, digits, - or _" }).default("breach-"),
    })
    .refine((config) => config.channelPerIncident || config.channel !== undefined, { path: ["channel"], error: "is required unless each incident gets its own channel" }),
  // The Workflows webhook URL is the secret: whoever has it can post to the channel.
  teams: z.object({}),
} as const;
export type TConnectionKind = keyof typeof ZConnectionConfig;

const ZName = z.string().trim().min(1, { error: "is required" }).max(100, { error: "must be at most 100 characters" });
const ZSecret = z.string().min(1, { error: "is required" }).max(4_096, { error: "must be at most 4,096 characters" });
const ZInboundSecret = z.string().min(16, { error: "must be at least 16 characters" }).max(4_096, { error: "must be at most 4,096 characters" }).optional();

/** One shape per kind, so that a bad setting is named with its full path (config.channel, config.projectKey…). */
export const ZAddConnectionInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("pagerduty"), name: ZName, config: ZConnectionConfig.pagerduty, secret: ZSecret }).strict(),
  z.object({ kind: z.literal("jira"), name: ZName, config: ZConnectionConfig.jira, secret: ZSecret, inboundSecret: ZInboundSecret }).strict(),
  z.object({ kind: z.literal("servicenow"), name: ZName, config: ZConnectionConfig.servicenow, secret: ZSecret, inboundSecret: ZInboundSecret }).strict(),
  z.object({ kind: z.literal("slack"), name: ZName, config: ZConnectionConfig.slack, secret: ZSecret, inboundSecret: ZInboundSecret }).strict(),
  z.object({ kind: z.literal("teams"), name: ZName, config: ZConnectionConfig.teams, secret: ZSecret }).strict(),
], { error: "must be one of pagerduty, jira, servicenow, slack, teams" });
export type TAddConnectionInput = z.infer<typeof ZAddConnectionInput>;

/**
 * A change to a connection: turned on or off, renamed, its settings replaced (checked against its own kind's schema
 * by the server, so a bad one is named config.<field>), a secret replaced. Secrets are write-only: absent means kept.
 */
export const ZConnectionPatch = z
  .object({
    enabled: z.boolean({ error: "must be true or false" }).optional(),
    name: ZName.optional(),
    config: z.record(z.string(), z.unknown(), { error: "must be an object of settings" }).optional(),
    secret: ZSecret.optional(),
    inboundSecret: z.string().min(16, { error: "must be at least 16 characters" }).max(4_096, { error: "must be at most 4,096 characters" }).optional(),
  })
  .strict()
  .refine((change) => Object.keys(change).length > 0, { error: "must change something: enabled, name, config, secret or inboundSecret" });
export type TConnectionPatch = z.infer<typeof ZConnectionPatch>;

/** Kinds whose connections take an inbound secret (status changes sent back, the slash command). */
export const INBOUND_KINDS: readonly string[] = ["jira", "servicenow", "slack"];
