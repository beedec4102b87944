import { describe, expect, it } from "vitest";
import { isValidSlackSignature, slackSignatureFor } from "./verify-signature";

const secret = "8f742231b10e8888abcd99yyyzzz85a5";
const body = "token=x&team_id=T1&user_id=U123&command=%2Fbreachdesk&text=status";
const now = new Date("2026-12-03T11:00:00Z");
const ts = String(Math.floor(now.getTime() / 1000));

function check(overrides: Partial<Parameters<typeof isValidSlackSignature>[0]>) {
  return isValidSlackSignature({
    signingSecret: secret,
    rawBody: body,
    timestampHeader: ts,
    signatureHeader: slackSignatureFor(secret, ts, body),
    now,
    ...overrides,
  });
}

describe("Slack v0 request signature", () => {
  it("matches Slack's published example", () => {
    // Example from Slack's "Verifying requests from Slack" documentation.
    const docBody =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    expect(slackSignatureFor(secret, "1531420618", docBody)).toBe(
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    );
  });

  it("accepts a fresh, correctly signed request", () => {
    expect(check({})).toBe(true);
  });

  it("rejects a tampered body, a wrong secret and a malformed signature", () => {
    expect(check({ rawBody: body.replace("status", "statuz") })).toBe(false);
    expect(check({ signatureHeader: slackSignatureFor("other", ts, body) })).toBe(false);
    expect(check({ signatureHeader: "v0=abc" })).toBe(false);
    expect(check({ signatureHeader: null })).toBe(false);
    expect(check({ signingSecret: "" })).toBe(false);
  });

  it("rejects a request outside the five-minute window, either way", () => {
    const stale = String(Number(ts) - 301);
    const future = String(Number(ts) + 301);
    expect(check({ timestampHeader: stale, signatureHeader: slackSignatureFor(secret, stale, body) })).toBe(false);
    expect(check({ timestampHeader: future, signatureHeader: slackSignatureFor(secret, future, body) })).toBe(false);
    const edge = String(Number(ts) - 300);
    expect(check({ timestampHeader: edge, signatureHeader: slackSignatureFor(secret, edge, body) })).toBe(true);
    expect(check({ timestampHeader: "12a", signatureHeader: slackSignatureFor(secret, "12a", body) })).toBe(false);
  });
});
