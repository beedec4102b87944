import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { applyInboundTicketWebhook } from "@/lib/task-tickets/inbound";

/**
 * No sign-in: the body must carry `x-breachdesk-signature: sha256=<HMAC-SHA256 of the raw body, hex>` under one enabled
 * servicenow connection's inbound secret (401 otherwise). 202 whether applied, unchanged, duplicate or ignored.
 */
export const POST = withRoute({
  permission: "integration.inbound",
  summary: "ServiceNow business rule: a record's state onto its task",
  docs: { responses: { 202: "Received (applied, unchanged, a repeat, or not a Breachdesk ticket)." } },
  schemas: { body: z.unknown() },
  // Verified over the exact bytes, then read field by field; long ticket text is not the route's concern.
  verbatimBody: true,
  handler: async ({ request, bodyText }) => {
    const result = await applyInboundTicketWebhook("servicenow", bodyText ?? "", request.headers.get("x-breachdesk-signature"), request.headers.get("x-breachdesk-delivery"));
    if (result.status === 401) throw AppError.unauthenticated("The signature does not match any servicenow connection's secret.");
    return jsonResponse({ outcome: result.outcome }, 202);
  },
});
