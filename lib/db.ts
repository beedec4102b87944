import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";
import { endSqlPool } from "@/lib/db/sql";

export type TDb = PrismaClient;
/** A client or an open transaction: every query function takes one so services can compose in one transaction. */
export type TDbClient = PrismaClient | Prisma.TransactionClient;

const globalForPrisma = globalThis as unknown as { breachdeskPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: 10 });
  return new PrismaClient({ adapter });
}

function client(): PrismaClient {
  // Cached on globalThis so hot reloads and repeated imports share one pool.
  globalForPrisma.breachdeskPrisma ??= createClient();
  return globalForPrisma.breachdeskPrisma;
}

/**
 * The one Prisma client. Created on first use rather than at import, so `next build` (which imports
 * route modules) needs no database.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance) as unknown;
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.breachdeskPrisma?.$disconnect();
  globalForPrisma.breachdeskPrisma = undefined;
  await endSqlPool();
}
