import { describe, expect, it } from "vitest";
import { parseRecipientsCsv } from "./recipients-csv";

describe("parseRecipientsCsv", () => {
  it("keeps valid rows with merge fields and reports bad rows by line", () => {
    const csv = "email,name,account\nana@example.org,Ana,1\nnot-an-email,Bob,2\n,Empty,3\nANA@example.org,Dup,4\ncy@example.org,\"Cy, Jr.\",5\n";
    const { recipients, badRows } = parseRecipientsCsv(csv);
    expect(recipients).toEqual([
      { address: "ana@example.org", name: "Ana", fields: { account: "1" } },
      { address: "cy@example.org", name: "Cy, Jr.", fields: { account: "5" } },
    ]);
    expect(badRows.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(badRows[0]?.reason).toContain("is not an e-mail address");
    expect(badRows[2]?.reason).toContain("appears twice");
  });

  it("refuses a file without an email column and a file that is not CSV", () => {
    expect(parseRecipientsCsv("name\nAna\n").badRows[0]?.reason).toContain("no email column");
    expect(parseRecipientsCsv('email\n"unterminated\n').recipients).toEqual([]);
  });
});
