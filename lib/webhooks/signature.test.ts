import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateWebhookSecret, signatureFor, signatureHeader } from "@/lib/webhooks/signature";
import { nextRetryDelayMs, RETRY_DELAYS_MS } from "@/lib/webhooks/backoff";

describe("Standard Webhooks signing", () => {
  it("matches the spec's example: whsec_ key, `${id}.${timestamp}.${body}`, v1,<base64>", () => {
    // The example from the Standard Webhooks specification's reference libraries.
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const body = '{"test": 2432232314}';
    expect(signatureFor(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("signs with every secret, space-separated, during a rotation", () => {
    const a = generateWebhookSecret();
    const b = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toBe(b);
    const header = signatureHeader([a, b], "msg_1", 1, "{}");
    expect(header.split(" ")).toEqual([signatureFor(a, "msg_1", 1, "{}"), signatureFor(b, "msg_1", 1, "{}")]);
    const key = Buffer.from(a.slice(6), "base64");
    expect(header.split(" ")[0]).toBe("v1," + createHmac("sha256", key).update("msg_1.1.{}").digest("base64"));
  });
});

describe("retry schedule", () => {
  it("backs off 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then gives up after more than a day", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(nextRetryDelayMs)).toEqual([...RETRY_DELAYS_MS]);
    expect(nextRetryDelayMs(8)).toBeNull();
    expect(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeGreaterThan(24 * 3_600_000);
  });
});
