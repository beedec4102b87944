import { z } from "zod";
import { plainText } from "@/lib/http/plain-text";
import { ZDataCategory } from "@/lib/incident-facts/schemas";

/**
 * Which column of the organisation's extract holds what: chosen once per incident, reused by every import. A CSV's
 * columns are its header names; an NDJSON line's are its top-level keys. Only `identifier` is required.
 */
const ZColumn = plainText({ max: 200, required: true });

export const ZLedgerMapping = z
  .object({
    identifier: ZColumn,
    name: ZColumn.optional(),
    email: ZColumn.optional(),
    /** Address lines, joined with ", " in this order. */
    address: z.array(ZColumn).max(8, { error: "must name at most 8 columns" }).optional(),
    country: ZColumn.optional(),
    stateOrProvince: ZColumn.optional(),
    postalCode: ZColumn.optional(),
    /** A column of data categories separated by ";" or "|" (the contract's vocabulary). */
    dataCategories: ZColumn.optional(),
    /** The country of every row whose country column is empty or absent (an extract from a US-only store). */
    defaultCountry: plainText({ max: 60 }).optional(),
    /** Categories every person of the import has (the store held them), besides their own column. */
    defaultDataCategories: z.array(ZDataCategory).max(30).optional(),
  })
  .strict();
export type TLedgerMapping = z.output<typeof ZLedgerMapping>;

/** Header names recognised without a saved mapping, compared without case, spaces, "_" or "-". */
const KNOWN_COLUMNS: Record<Exclude<keyof TLedgerMapping, "address" | "defaultCountry" | "defaultDataCategories">, string[]> = {
  identifier: ["identifier", "id", "customerid", "personid", "userid", "accountid", "externalid"],
  name: ["name", "fullname", "customername"],
  email: ["email", "emailaddress", "mail"],
  country: ["country", "countrycode", "countryname"],
  stateOrProvince: ["state", "province", "stateorprovince", "region", "stateprovince", "statecode"],
  postalCode: ["postalcode", "zip", "zipcode", "postcode"],
  dataCategories: ["datacategories", "categories"],
};
const ADDRESS_COLUMNS = ["address", "street", "address1", "addressline1", "address2", "addressline2", "city", "town"];

const squash = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, "");

/** The mapping a file's own column names imply, or null when no column looks like an identifier. */
export function guessMapping(columns: readonly string[]): TLedgerMapping | null {
  const find = (candidates: readonly string[]) => columns.find((column) => candidates.includes(squash(column)));
  const identifier = find(KNOWN_COLUMNS.identifier);
  if (!identifier) return null;
  const mapping: TLedgerMapping = { identifier };
  for (const field of ["name", "email", "country", "stateOrProvince", "postalCode", "dataCategories"] as const) {
    const column = find(KNOWN_COLUMNS[field]);
    if (column) mapping[field] = column;
  }
  const address = ADDRESS_COLUMNS.map((candidate) => columns.find((column) => squash(column) === candidate)).filter((c): c is string => c !== undefined);
  if (address.length > 0) mapping.address = [...new Set(address)];
  return mapping;
}

/** The mapping's columns a file does not have, each with the mapping field naming it. */
export function missingColumns(mapping: TLedgerMapping, columns: readonly string[]): { field: string; column: string }[] {
  const present = new Set(columns);
  const named: { field: string; column: string }[] = [];
  for (const field of ["identifier", "name", "email", "country", "stateOrProvince", "postalCode", "dataCategories"] as const) {
    const column = mapping[field];
    if (column !== undefined) named.push({ field, column });
  }
  (mapping.address ?? []).forEach((column, index) => named.push({ field: `address.${index}`, column }));
  return named.filter(({ column }) => !present.has(column));
}
