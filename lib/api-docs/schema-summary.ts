import type { TJsonSchema } from "@/lib/api-docs/openapi-types";

/** One row of a field table on the API page. */
export type TFieldRow = { name: string; type: string; required: boolean; notes: string; description?: string };

const MAX_DEPTH = 2;

/** "string (uuid)", "one of low, medium, high", "array of string", "integer or null"… for a person reading the page. */
export function describeType(schema: TJsonSchema): string {
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(", ")}`;
  if ("const" in schema) return JSON.stringify(schema.const);
  const variants = (schema.anyOf ?? schema.oneOf) as TJsonSchema[] | undefined;
  if (variants) return [...new Set(variants.map(describeType))].join(" or ");
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];
  if (types.length === 0) return "any JSON";
  return types
    .map((type) => {
      if (type === "array") return `array of ${describeType((schema.items ?? {}) as TJsonSchema)}`;
      if (type === "string" && typeof schema.format === "string") return `string (${schema.format})`;
      return type;
    })
    .join(" or ");
}

/** Limits and defaults in words: "1–200 characters; default 50". */
export function describeLimits(schema: TJsonSchema): string {
  const notes: string[] = [];
  const range = (min: unknown, max: unknown, unit: string) => {
    if (typeof min === "number" && typeof max === "number") notes.push(`${min}–${max}${unit}`);
    else if (typeof min === "number" && min > 0) notes.push(`at least ${min}${unit}`);
    else if (typeof max === "number") notes.push(`at most ${max}${unit}`);
  };
  range(schema.minLength, schema.maxLength, " characters");
  range(schema.minItems, schema.maxItems, " items");
  range(schema.minimum, schema.maximum === Number.MAX_SAFE_INTEGER ? undefined : schema.maximum, "");
  if ("default" in schema) notes.push(`default ${JSON.stringify(schema.default)}`);
  return notes.join("; ");
}

/**
 * The fields of an object schema as rows, nested objects (and arrays of objects) as dotted names a level or two
 * deep, so a body reads as a flat table.
 */
export function fieldRows(schema: TJsonSchema, prefix = "", depth = 0): TFieldRow[] {
  const properties = (schema.properties ?? {}) as Record<string, TJsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const row: TFieldRow = {
      name,
      type: describeType(field),
      required: required.has(key),
      notes: describeLimits(field),
      ...(typeof field.description === "string" ? { description: field.description } : {}),
    };
    if (depth >= MAX_DEPTH) return [row];
    if (field.properties) return [row, ...fieldRows(field, `${name}.`, depth + 1)];
    const items = field.items as TJsonSchema | undefined;
    if (items?.properties) return [row, ...fieldRows(items, `${name}[].`, depth + 1)];
    return [row];
  });
}

/** A body that is one of several shapes (a discriminated union) as one table per shape; otherwise one table. */
export function bodyShapes(schema: TJsonSchema): TJsonSchema[] {
  const variants = (schema.oneOf ?? schema.anyOf) as TJsonSchema[] | undefined;
  return variants && variants.every((variant) => variant.properties) ? variants : [schema];
}
