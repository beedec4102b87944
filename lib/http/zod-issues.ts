import type { z } from "zod";
import "@/lib/validation/plain-errors";
import type { TInvalidParam } from "@/lib/errors/app-error";

/** Turns zod issues into `invalid_params` entries naming the field, e.g. `{ name: "title", reason: "is required" }`. */
export function invalidParamsFromZod(error: z.ZodError, root: string): TInvalidParam[] {
  return error.issues.map((issue) => ({
    name: issue.path.length > 0 ? issue.path.map(String).join(".") : root,
    reason: issue.message,
  }));
}
