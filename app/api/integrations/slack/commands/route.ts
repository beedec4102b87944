import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { answerSlackCommand } from "@/lib/slack-command/answer";

/**
 * No sign-in: Slack's slash-command request, signed with the app's signing secret (`X-Slack-Signature: v0=…` over
 * `v0:<X-Slack-Request-Timestamp>:<raw body>`, at most 5 minutes old) under an enabled Slack connection's inbound
 * secret; 401 otherwise. The answer is an ephemeral message for the Slack user's matching Breachdesk user.
 */
export const POST = withRoute({
  permission: "integration.inbound",
  summary: "Slack /breachdesk slash command",
  docs: { responses: { 200: "An ephemeral Slack message: `{ response_type: \"ephemeral\", text }`." } },
  schemas: { body: z.unknown() },
  acceptsForm: true,
  verbatimBody: true,
  handler: async ({ request, bodyText }) => {
    const answer = await answerSlackCommand(bodyText ?? "", { timestamp: request.headers.get("x-slack-request-timestamp"), signature: request.headers.get("x-slack-signature") });
    if (answer.status === 401) throw AppError.unauthenticated("The request is not signed by a Slack app Breachdesk knows (or is more than 5 minutes old).");
    return jsonResponse(answer.body, 200);
  },
});
