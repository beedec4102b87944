import { z } from "zod";
import { plainText } from "@/lib/http/plain-text";
import { DATA_CATEGORIES } from "@/lib/incident-facts/schemas";
import type { TLedgerMapping } from "@/lib/affected-people/mapping";

/**
 * One row of an extract (a CSV record by column name, or an NDJSON object) read as one affected person, or refused
 * with the field and the reason. Pure: the import streams rows through it and never fails the file for one row.
 */

export type TPlace = { country?: string; stateOrProvince?: string; postalCode?: string };
/** How a person's jurisdiction follows from where they live: a code and the rule in words, or why it cannot be told. */
export type TDeriveJurisdiction = (place: TPlace) => { jurisdiction: string; rule: string } | { unresolved: string };

export type TPersonRow = {
  identifier: string;
  name: string | null;
  email: string | null;
  address: string | null;
  jurisdiction: string | null;
  jurisdictionRule: string;
  dataCategories: string[];
};
export type TRowProblem = { field: string | null; reason: string };
export type TRowResult = { ok: true; person: TPersonRow } | { ok: false; problem: TRowProblem };

const MAX_CHARS = { identifier: 200, name: 300, address: 1_000, country: 100, stateOrProvince: 100, postalCode: 20, dataCategories: 1_000 } as const;

const FIELDS = {
  identifier: plainText({ max: MAX_CHARS.identifier }),
  name: plainText({ max: MAX_CHARS.name }),
  email: plainText({ max: 320 }).pipe(z.union([z.literal(""), z.email({ error: "is not an e-mail address" })])),
  address: plainText({ max: MAX_CHARS.address }),
  country: plainText({ max: MAX_CHARS.country }),
  stateOrProvince: plainText({ max: MAX_CHARS.stateOrProvince }),
  postalCode: plainText({ max: MAX_CHARS.postalCode }),
  dataCategories: plainText({ max: MAX_CHARS.dataCategories }),
} as const;

/**
 * Printable ASCII only: no NUL, no lone surrogate, no control or text-direction character, so none of plainText's
 * refusals can apply and what is left is trimming and the length. Most cells of an extract are like this, and the
 * zod schema cost several µs per cell, a million rows of eight cells at a time; every other cell (and every e-mail
 * address, which has its own check) goes through the schema. The same answer either way (property-tested).
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const KNOWN_CATEGORIES = new Set<string>(DATA_CATEGORIES);

class RowRefused extends Error {
  constructor(readonly problem: TRowProblem) {
    super(problem.reason);
  }
}

/** A cell as text: numbers (a ZIP code read from JSON) as written, absent as "", anything else refused. */
function cell(record: Record<string, unknown>, column: string, field: string): string {
  if (!Object.hasOwn(record, column)) return "";
  const value = record[column];
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new RowRefused({ field, reason: `must be text (column “${column.slice(0, 60)}” holds ${Array.isArray(value) ? "a list" : typeof value})` });
}

function checked(field: keyof typeof FIELDS, raw: string): string {
  if (field !== "email" && PRINTABLE_ASCII.test(raw)) {
    const trimmed = raw.trim();
    if (trimmed.length <= MAX_CHARS[field]) return trimmed;
  }
  const result = FIELDS[field].safeParse(raw);
  if (!result.success) throw new RowRefused({ field, reason: result.error.issues[0]?.message ?? "is not valid" });
  return result.data;
}

function read(record: Record<string, unknown>, mapping: TLedgerMapping, field: Exclude<keyof typeof FIELDS, "address">): string {
  const column = mapping[field];
  return column === undefined ? "" : checked(field, cell(record, column, field));
}

function categories(raw: string, defaults: readonly string[]): string[] {
  const given = raw.split(/[;|]/).map((part) => part.trim()).filter((part) => part.length > 0);
  const unknown = given.filter((category) => !KNOWN_CATEGORIES.has(category));
  if (unknown.length > 0) {
    throw new RowRefused({ field: "dataCategories", reason: `“${unknown[0]!.slice(0, 60)}” is not a data category of the vocabulary (${DATA_CATEGORIES.join(", ")})` });
  }
  return [...new Set([...defaults, ...given])].sort();
}

export function readPersonRow(record: Record<string, unknown>, mapping: TLedgerMapping, derive: TDeriveJurisdiction): TRowResult {
  try {
    const identifier = read(record, mapping, "identifier");
    if (identifier === "") return { ok: false, problem: { field: "identifier", reason: "is empty: every person needs the identifier that finds them again" } };
    const address = (mapping.address ?? [])
      .map((column, index) => checked("address", cell(record, column, `address.${index}`)))
      .filter((line) => line.length > 0)
      .join(", ");
    if (address.length > 1_000) return { ok: false, problem: { field: "address", reason: "must be at most 1,000 characters" } };
    const country = read(record, mapping, "country") || (mapping.defaultCountry ?? "");
    const stateOrProvince = read(record, mapping, "stateOrProvince");
    const postalCode = read(record, mapping, "postalCode");
    const place = derive({ ...(country ? { country } : {}), ...(stateOrProvince ? { stateOrProvince } : {}), ...(postalCode ? { postalCode } : {}) });
    const email = read(record, mapping, "email");
    const name = read(record, mapping, "name");
    return {
      ok: true,
      person: {
        identifier,
        name: name || null,
        email: email || null,
        address: address || null,
        jurisdiction: "jurisdiction" in place ? place.jurisdiction : null,
        jurisdictionRule: "jurisdiction" in place ? place.rule : place.unresolved,
        dataCategories: categories(read(record, mapping, "dataCategories"), mapping.defaultDataCategories ?? []),
      },
    };
  } catch (error) {
    if (error instanceof RowRefused) return { ok: false, problem: error.problem };
    throw error;
  }
}
