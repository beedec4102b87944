import { z } from "zod";
import { ZRoles } from "@/lib/users/schemas";

export const ZCreateTokenInput = z.object({
  name: z
    .string({ error: "is required" })
    .trim()
    .min(1, { error: "is required" })
    .max(100, { error: "must be at most 100 characters" }),
  roles: ZRoles.refine((roles) => roles.length > 0, { error: "must hold at least one role" }),
});
export type TCreateTokenInput = z.input<typeof ZCreateTokenInput>;
