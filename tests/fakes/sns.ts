import { randomUUID, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { snsStringToSign, type TSnsMessage } from "@/lib/notices/bounces/sns-message";

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "sns");

type TUnsigned = Omit<TSnsMessage, "Signature" | "SignatureVersion" | "SigningCertURL">;

/** Signs a message with the fixture key as SNS signs with its own (SignatureVersion 2), naming the fake's certificate URL. */
export function signSnsMessage<M extends TUnsigned>(snsUrl: string, message: M) {
  const key = readFileSync(path.join(FIXTURES, "test-signing-key.pem"), "utf8");
  const unsigned = { ...message, SignatureVersion: "2", SigningCertURL: `${snsUrl}/cert.pem` } as unknown as TSnsMessage;
  return { ...unsigned, Signature: sign("sha256", Buffer.from(snsStringToSign(unsigned)), key).toString("base64") };
}

/** A signed Notification carrying `message` (SES's notification, as JSON text) on `topicArn`. */
export function snsNotification(snsUrl: string, topicArn: string, message: string, messageId: string = randomUUID()) {
  return signSnsMessage(snsUrl, { Type: "Notification", MessageId: messageId, TopicArn: topicArn, Message: message, Timestamp: new Date().toISOString() });
}

/**
 * A local Amazon SNS, as far as an HTTPS subscriber sees it: it serves its signing certificate (GET /cert.pem),
 * records subscription confirmations (GET /confirm?Token=…), and signs the messages it hands out with the key of that
 * certificate (SignatureVersion 2, SHA256withRSA), the way SNS does. AWS_ENDPOINT_URL_SNS points the console at it.
 */
export async function startFakeSns() {
  const certificate = readFileSync(path.join(FIXTURES, "test-signing-cert.pem"), "utf8");
  const confirmations: string[] = [];
  let certificateFetches = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/cert.pem") {
      certificateFetches += 1;
      res.writeHead(200, { "content-type": "application/x-pem-file" }).end(certificate);
    } else if (url.pathname === "/confirm") {
      confirmations.push(url.searchParams.get("Token") ?? "");
      res.writeHead(200, { "content-type": "text/xml" }).end("<ConfirmSubscriptionResponse/>");
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    confirmations,
    certificateFetches: () => certificateFetches,
    /** A signed Notification carrying `message` (SES's notification, as JSON text) on `topicArn`. */
    notification: (topicArn: string, message: string, messageId?: string) => snsNotification(url, topicArn, message, messageId),
    /** A signed SubscriptionConfirmation whose link is this fake's /confirm. */
    subscriptionConfirmation: (topicArn: string, token: string) =>
      signSnsMessage(url, {
        Type: "SubscriptionConfirmation", MessageId: randomUUID(), TopicArn: topicArn, Token: token,
        Message: `You have chosen to subscribe to the topic ${topicArn}.`, SubscribeURL: `${url}/confirm?Action=ConfirmSubscription&Token=${token}`,
        Timestamp: new Date().toISOString(),
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** SES's bounce notification for one message, as documented (with original headers included). */
export function sesBounceMessage(options: { messageId?: string; sesMessageId?: string; address: string; diagnostic?: string; bounceType?: string; withHeaders?: boolean }) {
  return JSON.stringify({
    notificationType: "Bounce",
    bounce: {
      bounceType: options.bounceType ?? "Permanent",
      bounceSubType: "General",
      bouncedRecipients: [{ emailAddress: options.address, status: "5.1.1", action: "failed", diagnosticCode: options.diagnostic ?? `smtp; 550 5.1.1 <${options.address}>... User unknown` }],
      timestamp: "2026-12-04T10:00:00.000Z",
      feedbackId: "00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa068a-000000",
    },
    mail: {
      timestamp: "2026-12-04T09:59:58.000Z",
      source: "breachdesk@example.org",
      messageId: options.sesMessageId ?? "0100018c00000000-unknown-000000",
      destination: [options.address],
      ...(options.withHeaders === false
        ? {}
        : { headersTruncated: false, headers: [{ name: "Message-ID", value: options.messageId ?? "<none@example.org>" }], commonHeaders: { messageId: options.messageId ?? "<none@example.org>", to: [options.address] } }),
    },
  });
}
