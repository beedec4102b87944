import { insecureIntegrationsAllowed } from "@/lib/env";
import { callService, type TConnector } from "@/lib/integrations/connector-types";
import { chatTestUpdate, chatUpdate, type TChatUpdate } from "@/lib/integrations/chat/update-text";

/**
 * Microsoft Teams, through a channel's incoming webhook (a Workflows "post to a channel when a webhook request is
 * received" URL, kept as the connection's secret: whoever has it can post). The chat updates as Adaptive Cards. A
 * TextBlock would read Markdown, so text from the incident is put in TextRuns of a RichTextBlock, which Teams shows as
 * typed; the headline too, since it may hold the incident's title.
 */
const CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

const runs = (text: string, options: Record<string, unknown> = {}) => ({ type: "RichTextBlock", inlines: [{ type: "TextRun", text, ...options }] });

export function teamsCard(update: TChatUpdate): Record<string, unknown> {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: CARD_SCHEMA,
          type: "AdaptiveCard",
          version: "1.4",
          body: [runs(update.headline, { weight: "Bolder", size: "Medium" }), ...update.lines.map((l) => runs(l))],
          actions: [{ type: "Action.OpenUrl", title: update.linkLabel, url: update.link }],
        },
      },
    ],
  };
}

/** Where the card goes: an https URL (plain http only on this machine when insecure integrations are allowed, for tests). */
export function teamsWebhookUrl(secret: string): string | null {
  try {
    const url = new URL(secret);
    if (url.username || url.password) return null;
    if (url.protocol === "https:") return url.toString();
    const local = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
    return url.protocol === "http:" && local && insecureIntegrationsAllowed() ? url.toString() : null;
  } catch {
    return null;
  }
}

export const teamsConnector: TConnector = {
  messagesFor(event, incident, _connection, consoleUrl) {
    const update = chatUpdate(incident, event, consoleUrl);
    return update ? [{ eventKey: `${event.type}-${event.sourceId}`, operation: "teams.post", payload: teamsCard(update) }] : [];
  },
  testMessage: (_connection, consoleUrl) => ({ operation: "teams.post", payload: teamsCard(chatTestUpdate(consoleUrl)) }),
  async deliver(message, _connection, secret, timeoutMs) {
    const url = teamsWebhookUrl(secret);
    if (!url) return { ok: false, statusCode: null, error: "The Teams webhook URL must be an https URL without credentials." };
    const answer = await callService(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(message.payload) }, timeoutMs);
    return answer.error ? { ok: false, statusCode: answer.status, error: `Teams: ${answer.error}` } : { ok: true, statusCode: answer.status };
  },
};
