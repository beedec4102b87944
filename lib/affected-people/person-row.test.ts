import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guessMapping, missingColumns } from "@/lib/affected-people/mapping";
import { readPersonRow, type TDeriveJurisdiction } from "@/lib/affected-people/person-row";
import { plainText } from "@/lib/http/plain-text";

const derive: TDeriveJurisdiction = (place) =>
  place.country === "US" && place.stateOrProvince ? { jurisdiction: `US-${place.stateOrProvince}`, rule: "state code" } : { unresolved: "no state" };
const mapping = { identifier: "id", name: "name", email: "email", address: ["street", "city"], country: "country", stateOrProvince: "state", dataCategories: "cats" };

describe("one row of an extract, read as one person", () => {
  it("reads a cell exactly as the plainText schema does, whether it takes the printable-ASCII shortcut or not", () => {
    const schemas = { name: plainText({ max: 300 }), postalCode: plainText({ max: 20 }) };
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom(" ", "a", "Z", "~", "\t", "\u0000", "\u202e", "é", "\ud800") }), fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 30 }));
    fc.assert(fc.property(cell, fc.constantFrom("name", "postalCode") as fc.Arbitrary<"name" | "postalCode">, (text, field) => {
      const read = readPersonRow({ id: "C-1", [field]: text }, { identifier: "id", [field]: field }, derive);
      const expected = schemas[field].safeParse(text);
      if (expected.success) expect(read.ok && read.person).toMatchObject(field === "name" ? { name: expected.data || null } : { jurisdictionRule: "no state" });
      else expect(read).toEqual({ ok: false, problem: { field, reason: expected.error.issues[0]!.message } });
    }), { numRuns: 2_000 });
  });

  it("reads every mapped field, joins the address lines and adds the import's categories", () => {
    const read = readPersonRow(
      { id: " C-1 ", name: "Ann Lee", email: "ann@example.com", street: "1 Main St", city: "", country: "US", state: "CA", cats: "health; name" },
      { ...mapping, defaultDataCategories: ["contact_details"] },
      derive,
    );
    expect(read).toEqual({
      ok: true,
      person: { identifier: "C-1", name: "Ann Lee", email: "ann@example.com", address: "1 Main St", jurisdiction: "US-CA", jurisdictionRule: "state code", dataCategories: ["contact_details", "health", "name"] },
    });
  });

  it("keeps a person it cannot place, with the reason, instead of dropping them", () => {
    const read = readPersonRow({ id: "C-2", country: "US" }, mapping, derive);
    expect(read).toMatchObject({ ok: true, person: { jurisdiction: null, jurisdictionRule: "no state" } });
  });

  it("takes the default country when the row has none", () => {
    const read = readPersonRow({ id: "C-3", state: "TX" }, { ...mapping, defaultCountry: "US" }, derive);
    expect(read).toMatchObject({ ok: true, person: { jurisdiction: "US-TX" } });
  });

  it.each([
    [{ id: "" }, "identifier"],
    [{ id: "C", email: "nope" }, "email"],
    [{ id: "C", name: "a\u0000b" }, "name"],
    [{ id: "C", name: "\ud800" }, "name"],
    [{ id: "C", name: "Eve\u202eadmin" }, "name"],
    [{ id: "C", name: "x".repeat(301) }, "name"],
    [{ id: "C", cats: "passwords" }, "dataCategories"],
    [{ id: "C", state: { nested: true } }, "stateOrProvince"],
    [{ id: "C", street: "s".repeat(600), city: "c".repeat(600) }, "address"],
  ])("refuses %j naming %s", (record, field) => {
    const read = readPersonRow(record as Record<string, unknown>, mapping, derive);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.field).toBe(field);
  });

  it("never throws, whatever the row holds", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("id", "name", "email", "street", "city", "country", "state", "cats"), fc.oneof(fc.string({ unit: "binary" }), fc.integer(), fc.constant(null), fc.array(fc.string()))), (record) => {
        const read = readPersonRow(record, mapping, derive);
        return read.ok ? read.person.identifier.length > 0 : read.problem.reason.length > 0;
      }),
    );
  });
});

describe("column mapping", () => {
  it("recognises common header names without a saved mapping", () => {
    expect(guessMapping(["Customer ID", "Full Name", "E-mail", "Street", "City", "State", "ZIP", "Country"])).toEqual({
      identifier: "Customer ID", name: "Full Name", email: "E-mail", address: ["Street", "City"], stateOrProvince: "State", postalCode: "ZIP", country: "Country",
    });
    expect(guessMapping(["who", "where"])).toBeNull();
  });

  it("names each mapped column the file lacks", () => {
    expect(missingColumns({ identifier: "id", email: "mail", address: ["a", "b"] }, ["id", "a"])).toEqual([
      { field: "email", column: "mail" },
      { field: "address.1", column: "b" },
    ]);
  });
});
