import { LogLevel, WebClient, type Block, type KnownBlock } from "@slack/web-api";
import type { TConnection, TConnector, TDeliveryOutcome, TQueuedMessage } from "@/lib/integrations/connector-types";
import { archiveChannels, inviteByEmail, openChannel, removeByEmail } from "@/lib/integrations/chat/slack-channel";
import { incidentChannel } from "@/lib/integrations/outbound-policy";
import { chatTestUpdate, chatUpdate, type TChatUpdate } from "@/lib/integrations/chat/update-text";
import { outboundFetch } from "@/lib/integrations/outbound-address";

/**
 * Slack, with a bot token (the connection's secret; scope chat:write, and channels:manage, groups:write,
 * users:read.email for a channel per incident) and a channel id (`config.channel`) or a channel per incident
 * (`config.channelPerIncident`, named by `incidentChannel` in the outbound policy): the chat updates as Block Kit,
 * through Slack's own client (@slack/web-api). Every text object is `plain_text`, so a finding title holding
 * `<!channel>`, `*bold*` or `<https://evil|bank>` is shown as typed and never pings, formats or links;
 * the one link is a button whose URL Breachdesk built. `config.baseUrl` points the client at another Slack API host
 * (tests use a local fake).
 */
const PLAIN_MAX = 3000; // Slack's limit for a section's text

const plain = (text: string) => ({ type: "plain_text" as const, text: text.slice(0, PLAIN_MAX), emoji: false });

export function slackBlocks(update: TChatUpdate): (KnownBlock | Block)[] {
  return [
    { type: "header" as const, text: plain(update.headline.slice(0, 150)) },
    ...(update.lines.length ? [{ type: "section" as const, text: plain(update.lines.join("\n")) }] : []),
    { type: "actions" as const, elements: [{ type: "button" as const, text: plain(update.linkLabel), url: update.link, action_id: "open-in-breachdesk" }] },
  ];
}

/** Slack's client through the outbound guard like every other integration call; redirects are failures. */
export const slackFetch = (input: string | URL | Request, init?: RequestInit) =>
  outboundFetch(input instanceof Request ? input.url : String(input), { ...(input instanceof Request ? { method: input.method, headers: input.headers, body: input.body } : {}), ...init, redirect: "manual" });

function apiUrl(config: Record<string, unknown>): string | undefined {
  return typeof config.baseUrl === "string" && config.baseUrl ? `${config.baseUrl.replace(/\/+$/, "")}/api/` : undefined;
}

type TIncidentChannel = { name: string; private: boolean };
type TPostPayload = { channel?: string; incidentChannel?: TIncidentChannel; text: string; blocks: (KnownBlock | Block)[] };
type TOpenChannelPayload = { incidentChannel: TIncidentChannel; channel?: string; inviteEmails?: string[]; archiveChannels?: string[] };
type TRemoveMemberPayload = { channel?: string; removeEmails?: string[] };

/** Events after which the incident's channel is opened (if need be) and the incident's people invited. */
const OPEN_CHANNEL_EVENTS = ["incident.declared", "incident.member_added", "incident.restriction_changed"];

function clientFor(connection: TConnection, secret: string, timeoutMs: number): WebClient {
  return new WebClient(secret, {
    slackApiUrl: apiUrl(connection.config),
    fetch: slackFetch,
    timeout: timeoutMs,
    // The durable queue retries on its own schedule; Slack's client must not block the worker on a 429.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: LogLevel.ERROR,
  });
}

function failure(error: unknown): TDeliveryOutcome {
  const slack = error as { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number; message?: string };
  const reason = slack.code === "slack_webapi_rate_limited_error" ? `rate limited (Slack asks to wait ${slack.retryAfter ?? "?"} s)` : (slack.data?.error ?? slack.message ?? String(error));
  return { ok: false, statusCode: slack.statusCode ?? null, error: `Slack: ${reason}`.slice(0, 300) };
}

/**
 * The delivery side stores the incident's channel once opened and hands it back as `payload.channel`; until then a
 * message for the incident's channel opens it itself (by name, so never twice) and says so in its result.
 */
async function channelFor(client: WebClient, payload: { channel?: string; incidentChannel?: TIncidentChannel }) {
  if (payload.channel) return { id: payload.channel, opened: false };
  if (!payload.incidentChannel) throw new Error("the message names no channel");
  return { id: await openChannel(client, payload.incidentChannel.name, payload.incidentChannel.private), opened: true };
}

export const slackConnector: TConnector = {
  messagesFor(event, incident, connection, consoleUrl) {
    const perIncident = connection.config.channelPerIncident === true;
    const fixedChannel = typeof connection.config.channel === "string" ? connection.config.channel : null;
    const prefix = typeof connection.config.channelPrefix === "string" ? connection.config.channelPrefix : "breach-";
    const channel = incidentChannel(incident, prefix);
    const messages: TQueuedMessage[] = [];
    if (perIncident && OPEN_CHANNEL_EVENTS.includes(event.type)) {
      messages.push({ eventKey: `open-channel-${event.sourceId}`, operation: "slack.open_channel", payload: { incidentChannel: channel } });
    }
    if (perIncident && event.type === "incident.member_removed" && typeof event.details.userId === "string") {
      messages.push({ eventKey: `remove-member-${event.sourceId}`, operation: "slack.remove_member", payload: { incidentChannel: channel, userId: event.details.userId } });
    }
    const update = chatUpdate(incident, event, consoleUrl);
    if (!update) return messages;
    if (perIncident) {
      messages.push({ eventKey: `${event.type}-${event.sourceId}-incident-channel`, operation: "slack.post", payload: { incidentChannel: channel, text: update.headline, blocks: slackBlocks(update) } });
    }
    if (fixedChannel && (!perIncident || event.type === "incident.declared")) {
      // The fixed channel announces each new incident's own channel (a need-to-know one is private: not announced).
      const announced = perIncident && !channel.private ? { ...update, lines: [...update.lines, `Incident channel: #${channel.name}`] } : update;
      messages.push({ eventKey: `${event.type}-${event.sourceId}`, operation: "slack.post", payload: { channel: fixedChannel, text: announced.headline, blocks: slackBlocks(announced) } });
    }
    return messages;
  },
  testMessage(connection, consoleUrl) {
    // With no fixed channel there is nowhere harmless to post: the test proves the token instead.
    if (typeof connection.config.channel !== "string") return { operation: "slack.auth_test", payload: {} };
    const update = chatTestUpdate(consoleUrl);
    return { operation: "slack.post", payload: { channel: connection.config.channel, text: update.headline, blocks: slackBlocks(update) } };
  },
  async deliver(message, connection, secret, timeoutMs) {
    const client = clientFor(connection, secret, timeoutMs);
    try {
      if (message.operation === "slack.auth_test") {
        const answer = await client.auth.test();
        return { ok: true, statusCode: 200, result: { team: answer.team ?? null, bot: answer.user ?? null } };
      }
      if (message.operation === "slack.open_channel") {
        const payload = message.payload as TOpenChannelPayload;
        const channel = await channelFor(client, payload);
        const invites = await inviteByEmail(client, channel.id, payload.inviteEmails ?? []);
        await archiveChannels(client, payload.archiveChannels ?? []);
        return { ok: true, statusCode: 200, result: { channel: channel.id, name: payload.incidentChannel.name, opened: channel.opened, ...invites, archived: payload.archiveChannels ?? [] } };
      }
      if (message.operation === "slack.remove_member") {
        const payload = message.payload as TRemoveMemberPayload;
        // No channel yet: nobody to remove (an opening later invites only who is on the incident then).
        if (!payload.channel) return { ok: true, statusCode: 200, result: { removed: 0 } };
        return { ok: true, statusCode: 200, result: { channel: payload.channel, ...(await removeByEmail(client, payload.channel, payload.removeEmails ?? [])) } };
      }
      const { text, blocks, ...where } = message.payload as TPostPayload;
      const channel = await channelFor(client, where);
      const answer = await client.chat.postMessage({ channel: channel.id, text, blocks, unfurl_links: false, unfurl_media: false });
      return { ok: true, statusCode: 200, result: { channel: answer.channel ?? channel.id, ts: answer.ts ?? null, opened: channel.opened } };
    } catch (error) {
      return failure(error);
    }
  },
};
