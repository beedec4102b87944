import { z } from "zod";
import type { TJsonSchema } from "@/lib/api-docs/openapi-types";

export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

/**
 * What a client sends, as JSON Schema 2020-12 (OpenAPI 3.1's dialect): the input side of the schema, so defaults
 * are optional and coerced query values are documented as what is typed in. Transforms and refinements have no
 * JSON Schema form; they stay server-side checks and the field is documented by the part before them.
 */
export function inputJsonSchema(schema: z.ZodType): TJsonSchema {
  const jsonSchema = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as TJsonSchema;
  // The document names the dialect once (jsonSchemaDialect), not in every schema.
  delete jsonSchema.$schema;
  return jsonSchema;
}

/** The top-level fields of an object schema, each with its schema and whether it is required. */
export function objectFields(schema: TJsonSchema): Array<{ name: string; schema: TJsonSchema; required: boolean }> {
  const properties = (schema.properties ?? {}) as Record<string, TJsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, field]) => ({ name, schema: field, required: required.has(name) }));
}
