import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSpans } from "@/lib/findings/json-spans";

describe("jsonSpans", () => {
  it("slices each element and field exactly as written: spacing, key order, escapes and number spelling kept", () => {
    const text = ' { "Findings" : [ {"b":1,"a":"x\\"y\\\\"} ,\n {"n": 1.50e2, "u":"\\u00e9"} ] , "x": null } ';
    const root = jsonSpans(text);
    const items = root.fields!.get("Findings")!.items!;
    expect(items.map((s) => text.slice(s.start, s.end))).toEqual(['{"b":1,"a":"x\\"y\\\\"}', '{"n": 1.50e2, "u":"\\u00e9"}']);
    expect(text.slice(root.start, root.end)).toBe(text.trim());
    expect(root.fields!.get("x")).toMatchObject({ start: text.indexOf("null"), end: text.indexOf("null") + 4 });
  });

  it("keeps the last of repeated keys, as JSON.parse does", () => {
    const text = '{"k":[1],"k":[2,3]}';
    expect(jsonSpans(text).fields!.get("k")!.items).toHaveLength(2);
  });

  it("for any JSON value, every recorded span parses back to the value JSON.parse puts at that place", () => {
    const check = (value: unknown, text: string, span: ReturnType<typeof jsonSpans>) => {
      expect(JSON.parse(text.slice(span.start, span.end))).toEqual(value);
      if (Array.isArray(value)) value.forEach((v, i) => check(v, text, span.items![i]!));
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) check(v, text, span.fields!.get(k)!);
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 4 }), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        check(JSON.parse(text), text, jsonSpans(text, 10));
      }),
      { numRuns: 300 },
    );
  });

  it("with a depth limit, still slices exactly every value down to that depth (deeper ones are only jumped over)", () => {
    const check = (value: unknown, text: string, span: ReturnType<typeof jsonSpans>, depth: number, maxDepth: number) => {
      expect(JSON.parse(text.slice(span.start, span.end))).toEqual(value);
      if (depth >= maxDepth) return;
      if (Array.isArray(value)) value.forEach((v, i) => check(v, text, span.items![i]!, depth + 1, maxDepth));
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) check(v, text, span.fields!.get(k)!, depth + 1, maxDepth);
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }), (value, maxDepth, indent) => {
        const text = JSON.stringify(value, null, indent);
        check(JSON.parse(text), text, jsonSpans(text, maxDepth), 0, maxDepth);
      }),
      { numRuns: 500 },
    );
  });
});
