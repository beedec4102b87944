import { describe, expect, it } from "vitest";
import { diagnosticText, providerIdFromSmtpReply } from "@/lib/notices/bounces/bounce";
import { readSesNotification } from "@/lib/notices/bounces/ses-bounce";

// The bounce notification with a DSN from Amazon SES's documentation ("Amazon SNS notification examples for Amazon SES").
const DOCUMENTED = {
  notificationType: "Bounce",
  bounce: {
    bounceType: "Permanent", reportingMTA: "dns; email.example.com",
    bouncedRecipients: [{ emailAddress: "jane@example.com", status: "5.1.1", action: "failed", diagnosticCode: "smtp; 550 5.1.1 <jane@example.com>... User" }],
    bounceSubType: "General", timestamp: "2016-01-27T14:59:38.237Z", feedbackId: "00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa068a-000000", remoteMtaIp: "127.0.2.0",
  },
  mail: {
    timestamp: "2016-01-27T14:59:38.237Z", source: "john@example.com", sourceArn: "arn:aws:ses:us-east-1:888888888888:identity/example.com", sourceIp: "127.0.3.0",
    sendingAccountId: "123456789012", messageId: "00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa0680-000000", destination: ["jane@example.com"],
    headersTruncated: false,
    headers: [{ name: "From", value: "\"John Doe\" <john@example.com>" }, { name: "Message-ID", value: "custom-message-ID" }],
    commonHeaders: { from: ["John Doe <john@example.com>"], to: ["Jane Doe <jane@example.com>"], messageId: "custom-message-ID", subject: "Hello" },
  },
};

describe("Amazon SES bounce notifications", () => {
  it("reads the documented example: type, our Message-ID, SES's id, the recipient and the reason", () => {
    expect(readSesNotification(JSON.stringify(DOCUMENTED))).toEqual({
      kind: "bounce",
      bounce: {
        bounceType: "Permanent / General",
        originalMessageIds: ["<custom-message-ID>"],
        providerMessageId: "00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa0680-000000",
        recipients: [{ emailAddress: "jane@example.com", diagnostic: "5.1.1 smtp; 550 5.1.1 <jane@example.com>... User" }],
        bouncedAt: new Date("2016-01-27T14:59:38.237Z"),
      },
    });
  });

  it("takes event publishing's eventType, ignores complaints and deliveries, and names what is wrong in a bad one", () => {
    const published = { ...DOCUMENTED, notificationType: undefined, eventType: "Bounce" };
    expect(readSesNotification(JSON.stringify(published)).kind).toBe("bounce");
    expect(readSesNotification(JSON.stringify({ notificationType: "Complaint", mail: {} }))).toEqual({ kind: "other", type: "Complaint" });
    expect(readSesNotification("nope")).toEqual({ kind: "invalid", reason: "the SNS Message is not JSON" });
    expect(readSesNotification(JSON.stringify({ notificationType: "Bounce", mail: {}, bounce: { bounceType: 1, bouncedRecipients: [] } }))).toMatchObject({ kind: "invalid", reason: expect.stringContaining("bounce.bounceType") });
    expect(readSesNotification(JSON.stringify({ notificationType: "Bounce", mail: {} }))).toEqual({ kind: "invalid", reason: "a Bounce without its bounce object" });
  });

  it("reads the provider's id from the acceptance replies of SES and Postfix, and none from a bare OK", () => {
    expect(providerIdFromSmtpReply("250 Ok 0100018c2f7b1e3a-5d1f2b9c-0000-0000-0000-000000000000-000000")).toBe("0100018c2f7b1e3a-5d1f2b9c-0000-0000-0000-000000000000-000000");
    expect(providerIdFromSmtpReply("250 2.0.0 Ok: queued as 4F9A21C0B3")).toBe("4F9A21C0B3");
    expect(providerIdFromSmtpReply("250 OK: message queued")).toBeNull();
    expect(providerIdFromSmtpReply("")).toBeNull();
  });

  it("keeps a diagnostic storable and visible, with the bounced address replaced and its length bounded", () => {
    expect(diagnosticText("550 <Ada@Example.org> unknown\u0000\u202E", "ada@example.org", "person-1@ledger.invalid")).toBe("550 <person-1@ledger.invalid> unknown\\u{0}\\u{202e}");
    expect(diagnosticText("x\uD800y", "", "")).toBe("x\\u{d800}y");
    const long = diagnosticText("a".repeat(5_000), "", "");
    expect(long.length).toBe(501);
    expect(long.endsWith("…")).toBe(true);
  });
});
