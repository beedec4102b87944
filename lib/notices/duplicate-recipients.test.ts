import { describe, expect, it } from "vitest";
import { duplicateReason, duplicateRecipients } from "./duplicate-recipients";

describe("duplicateRecipients", () => {
  it("finds every row repeating an earlier address, case-insensitively, pointing at the first", () => {
    const rows = [{ address: "a@example.org" }, { address: "b@example.org" }, { address: "A@Example.ORG" }, { address: "a@example.org" }];
    expect(duplicateRecipients(rows)).toEqual([
      { index: 2, firstIndex: 0, address: "a@example.org" },
      { index: 3, firstIndex: 0, address: "a@example.org" },
    ]);
    expect(duplicateRecipients([{ address: "a@example.org" }, { address: "b@example.org" }])).toEqual([]);
  });

  it("names the first row the way the list names its rows", () => {
    expect(duplicateReason({ index: 2, firstIndex: 0, address: "a@example.org" }, (i) => `recipients.${i}`)).toBe("repeats the address of recipients.0 (a@example.org); each address may appear once");
  });
});
