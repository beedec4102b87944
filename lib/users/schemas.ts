import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const ZEmail = z
  .string({ error: "is required" })
  .trim()
  .min(1, { error: "is required" })
  .max(254, { error: "must be at most 254 characters" })
  .pipe(z.email({ error: "must be an e-mail address" }))
  .transform(normalizeEmail);

export const ZPersonName = z
  .string({ error: "is required" })
  .trim()
  .min(1, { error: "is required" })
  .max(120, { error: "must be at most 120 characters" });

export const ZPassword = z
  .string({ error: "is required" })
  .min(PASSWORD_MIN_LENGTH, { error: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { error: `must be at most ${PASSWORD_MAX_LENGTH} characters` });

export const ZRole = z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` });

export const ZRoles = z
  .array(ZRole, { error: "must be a list of roles" })
  .max(ROLES.length)
  .transform((roles) => [...new Set(roles)]);

export const ZCreateUserInput = z.object({
  email: ZEmail,
  name: ZPersonName,
  password: ZPassword,
  roles: ZRoles.refine((roles) => roles.length > 0, { error: "must hold at least one role" }),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZUpdateUserInput = z
  .object({
    name: ZPersonName.optional(),
    roles: ZRoles.optional(),
    active: z.boolean({ error: "must be true or false" }).optional(),
  })
  .refine((value) => Object.values(value).some((v) => v !== undefined), {
    error: "give at least one of name, roles, active",
  });
export type TUpdateUserInput = z.input<typeof ZUpdateUserInput>;

export const ZFirstAdminInput = z.object({ email: ZEmail, name: ZPersonName, password: ZPassword });
export type TFirstAdminInput = z.input<typeof ZFirstAdminInput>;
