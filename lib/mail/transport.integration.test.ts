import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetMailTransport, sendMail, mailConfigured } from "@/lib/mail/transport";
import { startSmtpSink } from "@/tests/support/smtp-sink";

describe("sendMail over a real SMTP server", () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    process.env.SMTP_URL = sink.url;
    process.env.MAIL_FROM = "incidents@example.com";
    resetMailTransport();
  });
  afterAll(async () => {
    resetMailTransport();
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
    await sink.close();
  });

  it("delivers a plain-text message and returns the Message-ID the server received", async () => {
    expect(mailConfigured()).toBe(true);
    const sent = await sendMail({
      to: ["dpo@example.org"],
      subject: "Notice <b>not markup</b>",
      text: "Line one\n<script>alert(1)</script>",
      messageId: "<notice-1.dpo@example.org>",
    });
    expect(sent.messageId).toBe("<notice-1.dpo@example.org>");
    expect(sink.messages).toHaveLength(1);
    const [message] = sink.messages;
    expect(message?.to).toEqual(["dpo@example.org"]);
    expect(message?.from).toBe("incidents@example.com");
    expect(message?.messageId).toBe("<notice-1.dpo@example.org>");
    expect(message?.raw).toMatch(/Content-Type: text\/plain/i);
    expect(message?.raw).not.toMatch(/text\/html/i);
  });
});
