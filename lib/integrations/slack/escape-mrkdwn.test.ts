import { describe, expect, it } from "vitest";
import { escapeSlackMrkdwn } from "./escape-mrkdwn";

describe("escapeSlackMrkdwn", () => {
  it("neutralises mentions, links and entities from finding text", () => {
    const hostile = "<!channel> see <http://evil.example|aws.amazon.com> ping <@U123> &amp;";
    const escaped = escapeSlackMrkdwn(hostile);
    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped).toBe(
      "&lt;!channel&gt; see &lt;http://evil.example|aws.amazon.com&gt; ping &lt;@U123&gt; &amp;amp;",
    );
  });

  it("leaves ordinary text alone", () => {
    expect(escapeSlackMrkdwn("S3 bucket acme-logs is public")).toBe("S3 bucket acme-logs is public");
  });
});
