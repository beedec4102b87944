import "server-only";
import { bounceSettings } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log";
import { recordBounce, type TBounceOutcome } from "@/lib/notices/bounces/record-bounce";
import { readSesNotification } from "@/lib/notices/bounces/ses-bounce";
import { fetchCertificatePem, isSnsUrl, verifySnsSignature, ZSnsMessage, type TCertificateSource } from "@/lib/notices/bounces/sns-message";

export type TSnsIntakeOutcome =
  | TBounceOutcome
  | { outcome: "subscribed" }
  | { outcome: "ignored"; reason: string };

type TIntakeOptions = { fetchCertificate?: TCertificateSource };

/**
 * One delivery from the Amazon SNS subscription that carries Amazon SES's bounce notifications: its shape (400), its
 * topic (one of BREACHDESK_BOUNCE_TOPIC_ARNS, else 403) and its signature (401) are checked before anything in it is
 * believed. A subscription confirmation is confirmed by visiting its SubscribeURL (an SNS host); a bounce marks the
 * notice messages it names. Nothing here runs inside a database transaction while it talks to SNS.
 */
export async function receiveSnsDelivery(body: unknown, bodyText: string, options: TIntakeOptions = {}): Promise<TSnsIntakeOutcome> {
  const parsed = ZSnsMessage.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") || "body";
    throw AppError.badRequest("This is not an Amazon SNS message.", [{ name, reason: issue?.message ?? "is not valid" }]);
  }
  const message = parsed.data;
  const { topicArns, snsEndpoint } = bounceSettings();
  if (!topicArns.includes(message.TopicArn)) {
    throw AppError.forbidden(
      topicArns.length === 0
        ? "This console takes no bounce reports: BREACHDESK_BOUNCE_TOPIC_ARNS is not set."
        : "This SNS topic is not one of BREACHDESK_BOUNCE_TOPIC_ARNS.",
    );
  }
  const signature = await verifySnsSignature(message, snsEndpoint, options.fetchCertificate ?? fetchCertificatePem);
  if (!signature.ok) throw AppError.unauthenticated(`The SNS signature could not be verified: ${signature.reason}.`);

  if (message.Type === "UnsubscribeConfirmation") {
    log.warn("the bounce topic's subscription was removed", { topicArn: message.TopicArn });
    return { outcome: "ignored", reason: "an unsubscribe confirmation" };
  }
  if (message.Type === "SubscriptionConfirmation") {
    await confirmSubscription(message.SubscribeURL, snsEndpoint);
    log.info("confirmed the bounce topic's SNS subscription", { topicArn: message.TopicArn });
    return { outcome: "subscribed" };
  }

  const notification = readSesNotification(message.Message);
  const report = { source: "ses-sns" as const, reportId: message.MessageId, origin: message.TopicArn, body: Buffer.from(bodyText, "utf8") };
  if (notification.kind === "other") return { outcome: "ignored", reason: `an SES ${notification.type} notification, not a bounce` };
  if (notification.kind === "invalid") {
    // Signed by our topic, yet unreadable: kept whole, so nothing SES said is lost, and said plainly in the log.
    log.warn("an SES notification on the bounce topic could not be read", { snsMessageId: message.MessageId, reason: notification.reason });
    await recordBounce(
      report,
      { bounceType: `unreadable: ${notification.reason}`, originalMessageIds: [], providerMessageId: null, recipients: [], bouncedAt: null },
    );
    return { outcome: "ignored", reason: notification.reason };
  }
  return recordBounce(report, notification.bounce);
}

async function confirmSubscription(subscribeUrl: string, snsEndpoint: string | undefined): Promise<void> {
  if (!isSnsUrl(subscribeUrl, snsEndpoint)) {
    throw AppError.badRequest("The subscription link is not an Amazon SNS address.", [{ name: "SubscribeURL", reason: "must be an https://sns.<region>.amazonaws.com URL" }]);
  }
  const response = await fetch(subscribeUrl, { signal: AbortSignal.timeout(10_000), redirect: "error" }).catch((error: unknown) => {
    throw new AppError("unavailable", `Amazon SNS could not be reached to confirm the subscription (${error instanceof Error ? error.message : String(error)}); SNS sends the confirmation again.`);
  });
  if (!response.ok) throw new AppError("unavailable", `Amazon SNS refused the subscription confirmation (HTTP ${response.status}); SNS sends it again.`);
}
