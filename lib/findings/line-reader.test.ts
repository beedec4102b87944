import { describe, expect, it } from "vitest";
import { readLines, type TLineLimits, UNDECODABLE_LINE } from "@/lib/findings/line-reader";

async function collect(chunks: AsyncIterable<Uint8Array>, limits: TLineLimits = { maxLineBytes: 1024 }) {
  const lines: (string | null)[] = [];
  for await (const line of readLines(chunks, limits)) lines.push(line);
  return lines;
}

async function* pieces(...parts: (string | number[])[]) {
  for (const part of parts) yield typeof part === "string" ? Buffer.from(part, "utf8") : Uint8Array.from(part);
}

describe("readLines", () => {
  it("splits at newlines across chunk boundaries, even inside a multi-byte character, and keeps a trailing line", async () => {
    const euro = Buffer.from("€", "utf8"); // three bytes, split over two chunks below
    expect(await collect(pieces("a\nb", "c\r\n", [...euro.subarray(0, 1)], [...euro.subarray(1), 10], "\n", "last"))).toEqual([
      "a",
      "bc\r",
      "€",
      "",
      "last",
    ]);
  });

  it("drops a byte order mark at the start of the file only", async () => {
    expect(await collect(pieces([0xef, 0xbb, 0xbf], '{"a":1}\n', [0xef, 0xbb, 0xbf, 0x31]))).toEqual(['{"a":1}', "\ufeff1"]);
  });

  it("reports a line that is not UTF-8 instead of decoding it into replacement characters", async () => {
    expect(await collect(pieces("good\n", [0x22, 0xff, 0x22, 10], "also good"))).toEqual(["good", UNDECODABLE_LINE, "also good"]);
  });

  it("stops with 413 once a line passes its limit, having read no more than the limit and one chunk", async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled += 100;
        yield Buffer.alloc(100, 0x61);
      }
    }
    await expect(collect(endless(), { maxLineBytes: 1_000 })).rejects.toMatchObject({ code: "payload_too_large", invalidParams: [{ name: "file" }] });
    expect(pulled).toBeLessThanOrEqual(1_100);
  });

  it("counts the bytes actually read against the total limit, however short the lines", async () => {
    async function* manyLines() {
      for (let i = 0; i < 1_000; i++) yield Buffer.from("x\n".repeat(50));
    }
    await expect(collect(manyLines(), { maxLineBytes: 10, maxTotalBytes: 10_000 })).rejects.toMatchObject({
      code: "payload_too_large",
      message: expect.stringMatching(/larger than 10000 bytes/),
    });
  });
});
