import { createHmac, randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blindIndex, seal, SealError, unseal } from "@/lib/crypto/field-encryption";

const key = randomBytes(32);

describe("field encryption", () => {
  it("gives back exactly what it sealed, for any text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => unseal(key, seal(key, text)) === text));
  });

  it("never seals the same text to the same bytes, and never shows the text", () => {
    const a = seal(key, "ada@example.com");
    const b = seal(key, "ada@example.com");
    expect(a.equals(b)).toBe(false);
    expect(a.toString("latin1")).not.toContain("ada@example.com");
  });

  it("refuses a value altered by one bit", () => {
    const sealed = seal(key, "1 Main Street");
    sealed[sealed.length - 1]! ^= 1;
    expect(() => unseal(key, sealed)).toThrow(/altered/);
  });

  it("says so when the value was sealed with another key", () => {
    expect(() => unseal(randomBytes(32), seal(key, "x"))).toThrow(SealError);
    expect(() => unseal(randomBytes(32), seal(key, "x"))).toThrow(/another data key/);
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(() => seal(randomBytes(16), "x")).toThrow(/32 bytes/);
  });

  it("finds the same identifier again under the same key only", () => {
    expect(blindIndex(key, "C-1001")).toBe(blindIndex(key, "C-1001"));
    expect(blindIndex(key, "C-1001")).not.toBe(blindIndex(key, "C-1002"));
    expect(blindIndex(randomBytes(32), "C-1001")).not.toBe(blindIndex(key, "C-1001"));
    expect(blindIndex(key, "C-1001")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps the blind index of the first version (the derived key is cached, not changed), whatever key came before", () => {
    const other = randomBytes(32);
    const expected = (k: Buffer, value: string) =>
      createHmac("sha256", createHmac("sha256", k).update("breachdesk blind index v1").digest()).update(value, "utf8").digest("hex");
    expect(blindIndex(other, "C-7")).toBe(expected(other, "C-7"));
    expect(blindIndex(key, "C-7")).toBe(expected(key, "C-7"));
    expect(blindIndex(other, "C-7")).toBe(expected(other, "C-7"));
    expect(() => unseal(other, seal(key, "x"))).toThrow(/another data key/);
  });

  it("never hands out the same nonce twice, across several refills of the nonce pool", () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3_000; i += 1) nonces.add(seal(key, "x").subarray(5, 17).toString("hex"));
    expect(nonces.size).toBe(3_000);
  });
});
