import { AppError } from "@/lib/errors/app-error";
import { jsonResponse, readLimited, withRoute } from "@/lib/http/with-route";
import { receiveDeliveryStatusNotification } from "@/lib/notices/bounces/dsn-intake";

const MAX_BYTES = 2 * 1024 * 1024;

/**
 * No sign-in: a mail server posts each bounce e-mail it receives for the notice sender (RFC 3464 delivery status
 * notifications), whole, with `X-Bounce-Secret: <BREACHDESK_BOUNCE_DSN_SECRET>` (403 when unset, 401 when wrong).
 */
export const POST = withRoute({
  permission: "integration.inbound",
  summary: "A bounce e-mail (RFC 3464 delivery status notification): a sent notice message reported undeliverable",
  docs: {
    requestBody: { mediaType: "message/rfc822", description: "The bounce e-mail as received, headers and body (at most 2 MiB)." },
    responses: { 200: "Taken: a bounce applied, a repeat, one naming none of our messages, or a delay report (ignored)." },
  },
  handler: async ({ request }) => {
    const raw = Buffer.from(await readLimited(request, MAX_BYTES));
    if (raw.byteLength === 0) throw AppError.badRequest("The bounce e-mail is empty.", [{ name: "body", reason: "is empty" }]);
    return jsonResponse(await receiveDeliveryStatusNotification(raw, request.headers.get("x-bounce-secret")), 200);
  },
});
