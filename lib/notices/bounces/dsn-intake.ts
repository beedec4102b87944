import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { bounceSettings } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { readDeliveryStatusNotification } from "@/lib/notices/bounces/dsn";
import { recordBounce, type TBounceOutcome } from "@/lib/notices/bounces/record-bounce";

export type TDsnIntakeOutcome = TBounceOutcome | { outcome: "ignored"; reason: string };

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/**
 * One bounce e-mail a mail server passed on (a pipe or a forwarding rule posting the whole message): the secret is
 * checked first (403 when none is configured, 401 when it differs), then the message must be a delivery status
 * notification (400 saying why not); a report of failed recipients marks the notice messages it returns.
 */
export async function receiveDeliveryStatusNotification(raw: Buffer, secret: string | null): Promise<TDsnIntakeOutcome> {
  const expected = bounceSettings().dsnSecret;
  if (!expected) throw AppError.forbidden("This console takes no bounce e-mails: BREACHDESK_BOUNCE_DSN_SECRET is not set.");
  // Compared as digests: equal lengths for timingSafeEqual, and no early exit on the first different character.
  if (!secret || !timingSafeEqual(digest(secret), digest(expected))) throw AppError.unauthenticated("The X-Bounce-Secret header does not match BREACHDESK_BOUNCE_DSN_SECRET.");
  const reading = await readDeliveryStatusNotification(raw);
  if (reading.kind === "invalid") throw AppError.badRequest(`This bounce e-mail cannot be used: ${reading.reason}.`, [{ name: "body", reason: reading.reason }]);
  if (reading.kind === "other") return { outcome: "ignored", reason: reading.reason };
  return recordBounce({ source: "dsn", reportId: reading.reportId, origin: reading.origin, body: raw }, reading.bounce);
}
