import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, decodeUtf8MarkingBadBytes, hasUndecodableBytes, parseUrlEncodedStrict } from "@/lib/http/utf8";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("decodeUtf8", () => {
  it("decodes valid UTF-8, a byte order mark included, and refuses anything else instead of writing U+FFFD", () => {
    expect(decodeUtf8(Buffer.from("héllo 😀", "utf8"))).toBe("héllo 😀");
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b))).toBe("\ufeff{");
    expect(decodeUtf8(Buffer.from("\ufffd", "utf8"))).toBe("\ufffd"); // a real U+FFFD, sent as such, is text
    for (const bad of [[0xff], [0xc3], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80]]) {
      expect(decodeUtf8(bytes(...bad))).toBeNull();
    }
  });
});

describe("decodeUtf8MarkingBadBytes", () => {
  it("marks each bad byte as an unpaired surrogate and keeps every valid character", () => {
    const text = decodeUtf8MarkingBadBytes(bytes(0x61, 0xff, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0x62));
    expect(text).toBe("a\udcffé\udced\udca0\udc80b");
    expect(hasUndecodableBytes(text)).toBe(true);
  });

  it("agrees with the strict decoder on every byte string: unmarked exactly when valid, and then the same text", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        const strict = decodeUtf8(input);
        const marked = decodeUtf8MarkingBadBytes(input);
        expect(hasUndecodableBytes(marked)).toBe(strict === null);
        if (strict !== null) expect(marked).toBe(strict);
      }),
    );
  });

  it("is never fooled by text that was valid: JSON escapes of surrogates and real surrogate pairs are not marks", () => {
    expect(hasUndecodableBytes(decodeUtf8MarkingBadBytes(Buffer.from('{"a":"\\udc80"} 😀', "utf8")))).toBe(false);
  });
});

describe("parseUrlEncodedStrict", () => {
  it("parses like URLSearchParams when every percent-encoded byte sequence is UTF-8", () => {
    const text = "reason=Legal+review%20%C3%A9&empty=&flag&a=1&a=2&odd=100%&x%2By=%E2%82%AC";
    expect(parseUrlEncodedStrict(text)).toEqual({ fields: Object.fromEntries(new URLSearchParams(text)) });
  });

  it("names the field whose value is not UTF-8 once percent-decoded", () => {
    expect(parseUrlEncodedStrict("reason=ok&note=caf%E9")).toEqual({ undecodable: "note" });
    expect(parseUrlEncodedStrict("n%FFme=x")).toEqual({ undecodable: "" });
  });
});
