import { z } from "zod";
import type { $ZodRawIssue } from "zod/v4/core";

/**
 * The words the console uses when a schema has no message of its own. Each reads after the field's label
 * ("Title is required", "Subject must be at most 200 characters"), because that is how forms show them; never
 * zod's own English ("Too small: expected string to have >=1 characters") or a parser's.
 */
type TIssue = $ZodRawIssue;

const FORMATS: Record<string, string> = {
  email: "must be an e-mail address",
  url: "must be a web address (https://…)",
  uuid: "must be the id of an existing item",
  guid: "must be the id of an existing item",
  datetime: "must be a date and time with its offset, e.g. 2027-03-26T11:05:00Z",
  date: "must be a date (YYYY-MM-DD)",
  time: "must be a time (HH:MM)",
  ipv4: "must be an IPv4 address",
  ipv6: "must be an IPv6 address",
};

const TYPES: Record<string, string> = {
  string: "text", number: "a number", int: "a whole number", boolean: "yes or no", array: "a list", object: "a group of fields",
  date: "a date",
};

function sizeWords(origin: string, n: number | bigint): string {
  if (origin === "string") return `${n.toLocaleString("en-US")} character${n === 1 ? "" : "s"}`;
  if (origin === "array" || origin === "set") return `${n.toLocaleString("en-US")} item${n === 1 ? "" : "s"}`;
  if (origin === "file") return `${n.toLocaleString("en-US")} bytes`;
  return n.toLocaleString("en-US");
}

export function plainIssueMessage(issue: TIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "is required" : `must be ${TYPES[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "is required";
      if (issue.origin === "array" && Number(issue.minimum) === 1) return "needs at least one item";
      if (issue.exact) return `must be exactly ${sizeWords(issue.origin, issue.minimum)}`;
      return issue.origin === "string" || issue.origin === "array" || issue.origin === "set"
        ? `must be at least ${sizeWords(issue.origin, issue.minimum)}`
        : `must be ${issue.inclusive === false ? "more than" : "at least"} ${sizeWords(issue.origin, issue.minimum)}`;
    case "too_big":
      if (issue.exact) return `must be exactly ${sizeWords(issue.origin, issue.maximum)}`;
      return issue.origin === "string" || issue.origin === "array" || issue.origin === "set" || issue.origin === "file"
        ? `must be at most ${sizeWords(issue.origin, issue.maximum)}`
        : `must be ${issue.inclusive === false ? "less than" : "at most"} ${sizeWords(issue.origin, issue.maximum)}`;
    case "invalid_format":
      return FORMATS[issue.format] ?? (issue.format === "regex" ? "is not in the expected form" : `must be a valid ${issue.format}`);
    case "invalid_value":
      return issue.values.length === 1 ? `must be ${String(issue.values[0])}` : `must be one of: ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return `has ${issue.keys.length === 1 ? "a field" : "fields"} this form does not know: ${issue.keys.join(", ")}`;
    case "invalid_union":
      return "is not in any of the accepted forms";
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    default:
      return "is not valid";
  }
}

// Zod's fallback everywhere this module is imported (withRoute on the server, the providers in the browser);
// schemas with their own message keep it.
z.config({ customError: plainIssueMessage });
