import { LogLevel, WebClient, type Block, type KnownBlock } from "@slack/web-api";
import type { TConnector } from "@/lib/integrations/connector-types";
import { chatTestUpdate, chatUpdate, type TChatUpdate } from "@/lib/integrations/chat/update-text";
import { outboundFetch } from "@/lib/integrations/outbound-address";

/**
 * Slack, with a bot token (the connection's secret; scope chat:write) and a channel id (`config.channel`): the chat
 * updates as Block Kit, through Slack's own client (@slack/web-api). Every text object is `plain_text`, so a finding
 * title holding `<!channel>`, `*bold*` or `<https://evil|bank>` is shown as typed and never pings, formats or links;
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

export const slackConnector: TConnector = {
  messagesFor(event, incident, connection, consoleUrl) {
    const update = chatUpdate(incident, event, consoleUrl);
    if (!update || typeof connection.config.channel !== "string") return [];
    return [{ eventKey: `${event.type}-${event.sourceId}`, operation: "slack.post", payload: { channel: connection.config.channel, text: update.headline, blocks: slackBlocks(update) } }];
  },
  testMessage(connection, consoleUrl) {
    const update = chatTestUpdate(consoleUrl);
    return { operation: "slack.post", payload: { channel: connection.config.channel, text: update.headline, blocks: slackBlocks(update) } };
  },
  async deliver(message, connection, secret, timeoutMs) {
    const client = new WebClient(secret, {
      slackApiUrl: apiUrl(connection.config),
      fetch: slackFetch,
      timeout: timeoutMs,
      // The durable queue retries on its own schedule; Slack's client must not block the worker on a 429.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      logLevel: LogLevel.ERROR,
    });
    const { channel, text, blocks } = message.payload as { channel: string; text: string; blocks: (KnownBlock | Block)[] };
    try {
      const answer = await client.chat.postMessage({ channel, text, blocks, unfurl_links: false, unfurl_media: false });
      return { ok: true, statusCode: 200, result: { channel: answer.channel ?? channel, ts: answer.ts ?? null } };
    } catch (error) {
      const slack = error as { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number; message?: string };
      const reason =
        slack.code === "slack_webapi_rate_limited_error" ? `rate limited (Slack asks to wait ${slack.retryAfter ?? "?"} s)` : (slack.data?.error ?? slack.message ?? String(error));
      return { ok: false, statusCode: slack.statusCode ?? null, error: `Slack: ${reason}`.slice(0, 300) };
    }
  },
};
