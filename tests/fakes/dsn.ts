/**
 * A bounce e-mail as Postfix writes one (RFC 3464: multipart/report with a human part, the message/delivery-status
 * part and the returned message's headers), for a message `messageId` sent to `recipient`.
 */
export function deliveryStatusNotification(options: {
  recipient: string; messageId: string; action?: string; status?: string; diagnostic?: string; reportMessageId?: string; returned?: "headers" | "message";
}): string {
  const boundary = "7A3C1F0E8B.1796364250/mx.example.net";
  const { recipient, messageId } = options;
  const returnedType = options.returned === "message" ? "message/rfc822" : "text/rfc822-headers";
  return [
    "Return-Path: <>",
    "Date: Fri,  4 Dec 2026 10:01:02 +0000 (UTC)",
    "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "To: breachdesk@example.org",
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    `Content-Type: multipart/report; report-type=delivery-status;`,
    `\tboundary="${boundary}"`,
    `Message-Id: ${options.reportMessageId ?? "<20261204100102.7A3C1F0E8B@mx.example.net>"}`,
    "",
    "This is a MIME-encapsulated message.",
    "",
    `--${boundary}`,
    "Content-Description: Notification",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mx.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    `--${boundary}`,
    "Content-Description: Delivery report",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "X-Postfix-Queue-ID: 7A3C1F0E8B",
    "Arrival-Date: Fri,  4 Dec 2026 10:00:58 +0000 (UTC)",
    "",
    `Final-Recipient: rfc822; ${recipient}`,
    `Original-Recipient: rfc822;${recipient}`,
    `Action: ${options.action ?? "failed"}`,
    `Status: ${options.status ?? "5.1.1"}`,
    "Remote-MTA: dns; mail.example.org",
    `Diagnostic-Code: ${options.diagnostic ?? `smtp; 550 5.1.1 <${recipient}>: Recipient address rejected:`}`,
    "    User unknown in virtual mailbox table",
    "",
    `--${boundary}`,
    `Content-Description: Undelivered ${options.returned === "message" ? "Message" : "Message Headers"}`,
    `Content-Type: ${returnedType}`,
    "",
    "From: breachdesk@example.org",
    `To: ${recipient}`,
    "Subject: Notice of Data Breach",
    `Message-ID: ${messageId}`,
    "X-Breachdesk-Notice: 00000000-0000-4000-8000-000000000001",
    ...(options.returned === "message" ? ["", "Dear customer, …"] : []),
    "",
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
