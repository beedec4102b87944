import "server-only";
import { LogLevel, WebClient } from "@slack/web-api";
import { prisma } from "@/lib/db";
import { can, type TActor } from "@/lib/auth/policy";
import { openConnectionSecret } from "@/lib/integrations/connection-secrets";
import { isValidSlackSignature } from "@/lib/integrations/slack/verify-signature";
import { slackFetch } from "@/lib/integrations/chat/slack";
import { incidentReference } from "@/lib/integrations/outbound-policy";
import { formatCountdown } from "@/lib/obligations/live-status";
import { getPortfolioStatus } from "@/lib/status/service";
import { reviewQueue } from "@/lib/notices/reviews";
import { consoleUrl } from "@/lib/integrations/webhook-outbox";

/**
 * `/breachdesk` in Slack. Slack signs the request with the app's signing secret (the Slack connection's inbound
 * secret); the Slack user is matched to a Breachdesk user by the e-mail address on their Slack profile, read from
 * Slack at the time of the command (users.info, a short timeout: Slack wants an answer within 3 s), and everything is
 * then decided for that Breachdesk user as for a page they open: only incidents they may see, need-to-know ones named
 * by reference alone (the answer is shown only to them, but a Slack client is not the console). The answer is
 * ephemeral text, never markup from an incident.
 */
export type TSlackCommandAnswer = { status: 401 } | { status: 200; body: { response_type: "ephemeral"; text: string } };
export type TSlackEmailLookup = (connection: { config: Record<string, unknown>; secret: string }, slackUserId: string) => Promise<string | null>;

const LOOKUP_TIMEOUT_MS = 1_500;
const MAX_INCIDENTS = 10;

const HELP = "Breachdesk commands: `/breachdesk status` — your open incidents' next deadlines and the notices waiting for your approval.";

/** The e-mail on a Slack user's profile (needs the users:read.email scope), or null. */
export const slackEmailOf: TSlackEmailLookup = async (connection, slackUserId) => {
  const base = typeof connection.config.baseUrl === "string" ? `${connection.config.baseUrl.replace(/\/+$/, "")}/api/` : undefined;
  const client = new WebClient(connection.secret, { slackApiUrl: base, fetch: slackFetch, timeout: LOOKUP_TIMEOUT_MS, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logLevel: LogLevel.ERROR });
  try {
    const answer = await client.users.info({ user: slackUserId });
    return answer.user?.profile?.email ?? null;
  } catch {
    return null;
  }
};

export async function answerSlackCommand(
  rawBody: string,
  headers: { timestamp: string | null; signature: string | null },
  now = new Date(),
  lookupEmail: TSlackEmailLookup = slackEmailOf,
): Promise<TSlackCommandAnswer> {
  const connections = await prisma.integrationConnection.findMany({ where: { kind: "slack", enabled: true, inboundSecret: { not: null } }, select: { config: true, secret: true, inboundSecret: true } });
  const connection = connections.find((c) => {
    try {
      return isValidSlackSignature({ signingSecret: openConnectionSecret(c.inboundSecret!), rawBody, timestampHeader: headers.timestamp, signatureHeader: headers.signature, now });
    } catch {
      return false;
    }
  });
  if (!connection) return { status: 401 };
  const form = new URLSearchParams(rawBody);
  const reply = (text: string) => ({ status: 200 as const, body: { response_type: "ephemeral" as const, text } });
  const words = (form.get("text") ?? "").trim().toLowerCase().split(/\s+/);
  if (words[0] !== "status") return reply(HELP);

  const slackUserId = form.get("user_id") ?? "";
  const email = /^[UW][A-Z0-9]{2,}$/.test(slackUserId) && connection.secret ? await lookupEmail({ config: connection.config as Record<string, unknown>, secret: openConnectionSecret(connection.secret) }, slackUserId) : null;
  if (!email) return reply("Breachdesk cannot tell who you are: Slack did not give your e-mail address (the app needs the users:read.email scope).");
  const user = await prisma.user.findFirst({ where: { email: { equals: email, mode: "insensitive" }, active: true }, select: { id: true, email: true, name: true, roles: true } });
  if (!user) return reply("Your Slack account is not linked to a Breachdesk user: ask an administrator to add you with the e-mail address of your Slack profile.");
  const actor: TActor = { kind: "user", id: user.id, email: user.email, name: user.name, roles: user.roles };
  if (!can(actor, "report.read")) return reply("Your Breachdesk role does not include the status view.");
  return reply(await statusText(actor, now));
}

async function statusText(actor: TActor, now: Date): Promise<string> {
  const base = consoleUrl().replace(/\/$/, "");
  const portfolio = await getPortfolioStatus(actor, now);
  const lines: string[] = [];
  if (portfolio.rows.length === 0) lines.push("No open incident you can see.");
  for (const row of portfolio.rows.slice(0, MAX_INCIDENTS)) {
    const { incident, next } = row;
    const name = incident.restricted ? `${incidentReference(incident.reference)} (need-to-know)` : `${incidentReference(incident.reference)} ${incident.title}`;
    const deadline = next?.dueAt ? `next deadline ${next.ruleId} ${formatCountdown(next.dueAt.getTime() - now.getTime())}` : "no deadline running";
    lines.push(`• ${name} — ${deadline}${row.awaitingCount ? `; ${row.awaitingCount} decision(s) waiting` : ""}`);
  }
  if (portfolio.rows.length > MAX_INCIDENTS) lines.push(`…and ${portfolio.rows.length - MAX_INCIDENTS} more: ${base}/status`);
  if (can(actor, "notice.review.list")) {
    const queue = await reviewQueue(actor);
    lines.push(queue.length ? `${queue.length} notice(s) await your approval: ${base}/reviews` : "No notice awaits your approval.");
  }
  return lines.join("\n");
}
