import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { applyInboundTicketWebhook } from "@/lib/task-tickets/inbound";

/**
 * No sign-in: the body must carry `x-hub-signature: sha256=<HMAC-SHA256 of the raw body, hex>` under one enabled
 * jira connection's inbound secret (401 otherwise). 202 whether applied, unchanged, duplicate or ignored.
 */
export const POST = withRoute({
  permission: "integration.inbound",
  summary: "Jira issue webhook: a ticket's status onto its task",
  docs: { responses: { 202: "Received (applied, unchanged, a repeat, or not a Breachdesk ticket)." } },
  schemas: { body: z.unknown() },
  // Verified over the exact bytes, then read field by field; long ticket text is not the route's concern.
  verbatimBody: true,
  handler: async ({ request, bodyText }) => {
    const result = await applyInboundTicketWebhook("jira", bodyText ?? "", request.headers.get("x-hub-signature"), request.headers.get("x-atlassian-webhook-identifier"));
    if (result.status === 401) throw AppError.unauthenticated("The signature does not match any jira connection's secret.");
    return jsonResponse({ outcome: result.outcome }, 202);
  },
});
