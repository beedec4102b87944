import "server-only";
import { prisma } from "@/lib/db";
import { normalizeEmail } from "@/lib/users/schemas";

/**
 * The local account for a single sign-on identity, created on first sign-in with no role: an administrator
 * grants roles. Returns null for a deactivated account. Identities are matched by issuer and subject, never
 * by e-mail, so an identity provider cannot take over an existing password account.
 */
export async function findOrCreateSsoUser(identity: {
  issuer: string;
  subject: string;
  email: string | null;
  name: string | null;
}): Promise<{ id: string } | null> {
  const oidcSubject = `${identity.issuer}#${identity.subject}`;
  const existing = await prisma.user.findUnique({ where: { oidcSubject } });
  if (existing) return existing.active ? { id: existing.id } : null;

  const email = normalizeEmail(identity.email ?? `${identity.subject}@sso.invalid`);
  const emailTaken = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  const created = await prisma.user.create({
    data: {
      oidcSubject,
      // An e-mail already used by another account is kept unique by tagging it with the subject.
      email: emailTaken ? `${identity.subject}+${email}` : email,
      name: identity.name?.slice(0, 120) ?? email,
      roles: [],
    },
  });
  return { id: created.id };
}
