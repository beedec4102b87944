import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { insertUser } from "@/lib/users/service";
import { ZFirstAdminInput, type TFirstAdminInput } from "@/lib/users/schemas";

export async function isSetupComplete(): Promise<boolean> {
  return (await prisma.instanceSetup.count()) > 0;
}

const ALREADY_DONE = "Setup is already complete: sign in, or ask an administrator for an account.";

/**
 * Creates the first administrator. The singleton instance_setup row is inserted in the same transaction,
 * so of two simultaneous submissions exactly one commits; the other gets 409.
 */
export async function createFirstAdmin(input: TFirstAdminInput) {
  const data = ZFirstAdminInput.parse(input);
  if (await isSetupComplete()) throw AppError.conflict(ALREADY_DONE);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await insertUser({ ...data, roles: ["admin"] }, tx, { kind: "system", name: "First-run setup" });
      await tx.instanceSetup.create({ data: { id: 1, adminUserId: user.id } });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw AppError.conflict(ALREADY_DONE);
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const text = String((error as { message?: string })?.message ?? "");
  return (error as { code?: string })?.code === "P2002" || /23505|unique constraint|duplicate key/i.test(text);
}

/** Used by the admin CLI: creating an administrator from the terminal also completes the first-run setup. */
export async function markSetupCompleteBy(adminUserId: string, db: TDbClient = prisma): Promise<void> {
  await db.$executeRaw`INSERT INTO instance_setup (id, admin_user_id) VALUES (1, ${adminUserId}::uuid) ON CONFLICT (id) DO NOTHING`;
}
