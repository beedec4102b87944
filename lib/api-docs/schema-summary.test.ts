import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inputJsonSchema } from "@/lib/api-docs/json-schema";
import { bodyShapes, describeType, fieldRows } from "@/lib/api-docs/schema-summary";

describe("a JSON schema read out for the API page", () => {
  it("names types, formats, enums, unions and arrays in words", () => {
    expect(describeType(inputJsonSchema(z.uuid()))).toBe("string (uuid)");
    expect(describeType(inputJsonSchema(z.enum(["low", "high"])))).toBe('one of "low", "high"');
    expect(describeType(inputJsonSchema(z.array(z.string()).or(z.string())))).toBe("array of string or string");
    expect(describeType(inputJsonSchema(z.number().int().nullable()))).toBe("integer or null");
    expect(describeType({})).toBe("any JSON");
  });

  it("lists a body's fields, nested ones as dotted names, with limits and defaults", () => {
    const schema = inputJsonSchema(
      z.object({
        title: z.string().min(1).max(200),
        limit: z.number().int().min(1).max(100).default(50),
        decision: z.object({ ownerId: z.uuid(), rationale: z.string().meta({ description: "Why" }) }).optional(),
        tags: z.array(z.object({ key: z.string() })),
      }),
    );
    expect(fieldRows(schema)).toEqual([
      { name: "title", type: "string", required: true, notes: "1–200 characters" },
      { name: "limit", type: "integer", required: false, notes: "1–100; default 50" },
      { name: "decision", type: "object", required: false, notes: "" },
      { name: "decision.ownerId", type: "string (uuid)", required: true, notes: "" },
      { name: "decision.rationale", type: "string", required: true, notes: "", description: "Why" },
      { name: "tags", type: "array of object", required: true, notes: "" },
      { name: "tags[].key", type: "string", required: true, notes: "" },
    ]);
  });

  it("splits a body that is one of several shapes", () => {
    const schema = inputJsonSchema(
      z.discriminatedUnion("action", [z.object({ action: z.literal("hand_over"), toUserId: z.uuid() }), z.object({ action: z.literal("transfer"), to: z.string() })]),
    );
    expect(bodyShapes(schema).map((shape) => fieldRows(shape).map((row) => row.name))).toEqual([
      ["action", "toUserId"],
      ["action", "to"],
    ]);
    expect(bodyShapes(inputJsonSchema(z.object({ a: z.string() })))).toHaveLength(1);
  });
});
