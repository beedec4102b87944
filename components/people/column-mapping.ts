/** The mapping fields a person can set, in the order the form shows them. */
export const MAPPING_FIELDS = [
  { key: "identifier", label: "Identifier", hint: "Required: finds the same person again in a later import (customer id, account number)." },
  { key: "name", label: "Name", hint: "" },
  { key: "email", label: "E-mail", hint: "People without one are listed for postal mail." },
  { key: "country", label: "Country", hint: "ISO code or name." },
  { key: "stateOrProvince", label: "State or province", hint: "Code or name; wins over the postal code." },
  { key: "postalCode", label: "Postal code", hint: "ZIP or Canadian postal code: places people when the state is missing." },
  { key: "dataCategories", label: "Data categories", hint: "Separated by ; or |, from the vocabulary." },
] as const;

export type TMappingKey = (typeof MAPPING_FIELDS)[number]["key"];

const SYNONYMS: Record<TMappingKey, string[]> = {
  identifier: ["identifier", "id", "customerid", "personid", "userid", "accountid", "externalid"],
  name: ["name", "fullname", "customername"],
  email: ["email", "emailaddress", "mail"],
  country: ["country", "countrycode", "countryname"],
  stateOrProvince: ["state", "province", "stateorprovince", "region", "stateprovince", "statecode"],
  postalCode: ["postalcode", "zip", "zipcode", "postcode"],
  dataCategories: ["datacategories", "categories"],
};
const ADDRESS = ["address", "street", "address1", "addressline1", "address2", "addressline2", "city", "town"];
const squash = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, "");

/** The form's first guess from the file's header, the same names the server recognises. */
export function guessColumns(columns: readonly string[]): { fields: Partial<Record<TMappingKey, string>>; address: string[] } {
  const fields: Partial<Record<TMappingKey, string>> = {};
  for (const { key } of MAPPING_FIELDS) {
    const found = columns.find((column) => SYNONYMS[key].includes(squash(column)));
    if (found) fields[key] = found;
  }
  return { fields, address: columns.filter((column) => ADDRESS.includes(squash(column))) };
}

/** A CSV header line split into names (quotes honoured), as the server's parser reads it. */
export function headerColumns(line: string): string[] {
  const columns: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        current += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      columns.push(current);
      current = "";
    } else current += c;
  }
  columns.push(current);
  return columns.map((column) => column.replace(/^\uFEFF/, "").trim()).filter((column) => column.length > 0);
}

/** The columns of a file, read from its first 64 KB: a CSV's header, an NDJSON file's first object's keys. */
export async function readColumns(file: Blob, format: "csv" | "ndjson"): Promise<string[]> {
  const head = await file.slice(0, 64 * 1024).text();
  const firstLine = head.split(/\r?\n/, 1)[0] ?? "";
  if (format === "csv") return headerColumns(firstLine);
  try {
    const value = JSON.parse(firstLine) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
  } catch {
    return [];
  }
}
