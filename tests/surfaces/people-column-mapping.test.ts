import { describe, expect, it } from "vitest";
import { guessColumns, headerColumns } from "@/components/people/column-mapping";
import { guessMapping } from "@/lib/affected-people/mapping";

describe("the import form's column mapping", () => {
  it("splits a CSV header as the parser does, quotes and byte order mark included", () => {
    expect(headerColumns('\uFEFFid,"Full, Name","say ""hi""",  zip  ')).toEqual(["id", "Full, Name", 'say "hi"', "zip"]);
  });

  it("guesses the same columns as the server, so what the form shows is what the import does", () => {
    const columns = ["Customer ID", "Full Name", "E-mail", "Street", "City", "State", "ZIP", "Country", "categories"];
    const server = guessMapping(columns)!;
    const form = guessColumns(columns);
    expect(form.fields).toEqual({
      identifier: server.identifier, name: server.name, email: server.email, country: server.country,
      stateOrProvince: server.stateOrProvince, postalCode: server.postalCode, dataCategories: server.dataCategories,
    });
    expect(form.address).toEqual(server.address);
  });
});
