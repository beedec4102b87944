import { z } from "zod";
import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { receiveSnsDelivery } from "@/lib/notices/bounces/sns-intake";

/**
 * No sign-in: Amazon SNS posts here (an HTTPS subscription of the topic Amazon SES sends its bounce notifications
 * to). The message must come from one of BREACHDESK_BOUNCE_TOPIC_ARNS (403) and carry SNS's valid signature (401).
 * 200 once a subscription is confirmed or a report taken (applied, a repeat, or naming none of our messages).
 */
export const POST = withRoute({
  permission: "integration.inbound",
  summary: "Amazon SES bounce notifications through Amazon SNS: a sent notice message reported undeliverable",
  docs: { responses: { 200: "Taken: a subscription confirmed, a bounce applied, a repeat, or a notification that is not a bounce." } },
  schemas: { body: z.unknown() },
  // SNS posts JSON as text/plain; the body is verified and kept as received, and checked field by field by its domain.
  acceptsTextPlainJson: true,
  verbatimBody: true,
  maxBodyBytes: 512 * 1024,
  handler: async ({ body, bodyText }) => jsonResponse(await receiveSnsDelivery(body, bodyText ?? ""), 200),
});
