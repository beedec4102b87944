import { describe, expect, it } from "vitest";
import { SMTP_TIMEOUTS_MS } from "@/lib/mail/smtp-timeouts";
import { smtpTransportOptions } from "@/lib/mail/transport";
import { DEFAULT_LEASE_MS } from "@/lib/notices/claim-lease";

describe("SMTP timeouts", () => {
  it("end a stalled conversation (connect, greeting, then silence) well within a notice recipient's claim lease", () => {
    const { connectionTimeout, greetingTimeout, socketTimeout } = SMTP_TIMEOUTS_MS;
    expect(connectionTimeout + greetingTimeout + socketTimeout).toBeLessThan(DEFAULT_LEASE_MS / 2);
  });

  it("are what the transport is built with, SMTP_URL's own settings (and a timeout it names) winning", () => {
    expect(smtpTransportOptions("smtp://mailer:secret@mail.example.com:2525")).toMatchObject({
      ...SMTP_TIMEOUTS_MS,
      host: "mail.example.com",
      port: 2525,
      secure: false,
      auth: { user: "mailer", pass: "secret" },
    });
    expect(smtpTransportOptions("smtps://mail.example.com?socketTimeout=5000")).toMatchObject({ socketTimeout: 5000, greetingTimeout: 10_000, secure: true });
  });

  it("reuse their connections (pooled) unless SMTP_URL says otherwise", () => {
    expect(smtpTransportOptions("smtp://mail.example.com")).toMatchObject({ pool: true });
    expect(smtpTransportOptions("smtp://mail.example.com?pool=false")).toMatchObject({ pool: false });
  });
});
