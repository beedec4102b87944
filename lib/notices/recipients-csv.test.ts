import { describe, expect, it } from "vitest";
import { parseRecipientsCsv } from "./recipients-csv";

describe("parseRecipientsCsv", () => {
  it("keeps valid rows with merge fields and reports bad rows by line", () => {
    const csv = "email,name,account\nana@example.org,Ana,1\nnot-an-email,Bob,2\n,Empty,3\nANA@example.org,Dup,4\ncy@example.org,\"Cy, Jr.\",5\n";
    const { recipients, badRows, duplicates } = parseRecipientsCsv(csv);
    expect(recipients.map((r) => r.address)).toEqual(["ana@example.org", "ana@example.org", "cy@example.org"]);
    expect(recipients[2]).toEqual({ address: "cy@example.org", name: "Cy, Jr.", fields: { account: "5" } });
    expect(badRows.map((r) => r.line)).toEqual([3, 4]);
    expect(badRows[0]?.reason).toContain("is not an e-mail address");
    expect(duplicates).toEqual([{ line: 5, reason: "repeats the address of line 2 (ana@example.org); each address may appear once" }]);
  });

  it("refuses a file without an email column and a file that is not CSV", () => {
    expect(parseRecipientsCsv("name\nAna\n").badRows[0]?.reason).toContain("no email column");
    expect(parseRecipientsCsv('email\n"unterminated\n').recipients).toEqual([]);
  });
});
