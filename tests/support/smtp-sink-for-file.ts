import { afterAll, beforeAll } from "vitest";
import { resetMailTransport } from "@/lib/mail/transport";
import { startSmtpSink } from "@/tests/support/smtp-sink";

type TSmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;

/**
 * For a test file that sends mail: a real SMTP server for the whole file, with SMTP_URL pointing at it. The returned
 * object is filled in before the first test runs (its `messages` array is the one the server appends to).
 */
export function smtpSinkForThisFile(): TSmtpSink {
  const sink = {} as TSmtpSink;
  beforeAll(async () => {
    Object.assign(sink, await startSmtpSink());
    process.env.SMTP_URL = sink.url;
    resetMailTransport();
  });
  afterAll(async () => {
    resetMailTransport();
    delete process.env.SMTP_URL;
    await sink.close();
  });
  return sink;
}
