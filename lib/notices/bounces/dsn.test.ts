import { describe, expect, it } from "vitest";
import { readDeliveryStatusNotification } from "@/lib/notices/bounces/dsn";
import { deliveryStatusNotification } from "@/tests/fakes/dsn";

const read = (text: string) => readDeliveryStatusNotification(Buffer.from(text, "utf8"));

describe("delivery status notifications (RFC 3464)", () => {
  it("reads a Postfix bounce: the failed recipient, its status and diagnostic, the returned Message-ID, the reporting server", async () => {
    const reading = await read(deliveryStatusNotification({ recipient: "ada@example.org", messageId: "<notice-1.ada@breachdesk.example>" }));
    expect(reading).toEqual({
      kind: "bounce",
      reportId: "<20261204100102.7A3C1F0E8B@mx.example.net>",
      origin: "dns; mx.example.net",
      bounce: {
        bounceType: "Permanent (5.1.1)",
        originalMessageIds: ["<notice-1.ada@breachdesk.example>"],
        providerMessageId: null,
        recipients: [{ emailAddress: "ada@example.org", diagnostic: "5.1.1 smtp; 550 5.1.1 <ada@example.org>: Recipient address rejected: User unknown in virtual mailbox table" }],
        bouncedAt: new Date("2026-12-04T10:00:58Z"),
      },
    });
  });

  it("finds the Message-ID in a returned whole message too, and calls a 4.x.x failure transient", async () => {
    const reading = await read(deliveryStatusNotification({ recipient: "ben@example.org", messageId: "<n2@b.example>", returned: "message", status: "4.2.2", diagnostic: "smtp; 452 4.2.2 Mailbox full" }));
    expect(reading).toMatchObject({ kind: "bounce", bounce: { bounceType: "Transient (4.2.2)", originalMessageIds: ["<n2@b.example>"] } });
  });

  it("ignores a delay report, and refuses what is not a delivery status notification, saying why", async () => {
    expect(await read(deliveryStatusNotification({ recipient: "a@example.org", messageId: "<x@y>", action: "delayed", status: "4.4.1" }))).toEqual({ kind: "other", reason: "no recipient failed (a delay or a delivery report)" });
    expect(await read("From: someone@example.org\r\nSubject: out of office\r\n\r\nI am away.\r\n")).toEqual({
      kind: "invalid", reason: "it is not a delivery status notification (multipart/report; report-type=delivery-status)",
    });
  });

  it("names a report without a Message-ID by its SHA-256, so the same bytes are the same report", async () => {
    const text = deliveryStatusNotification({ recipient: "a@example.org", messageId: "<x@y>" }).replace(/^Message-Id: .*\r\n/m, "");
    const [first, second] = [await read(text), await read(text)];
    expect(first).toMatchObject({ kind: "bounce", reportId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(second).toMatchObject({ reportId: (first as { reportId: string }).reportId });
  });
});
