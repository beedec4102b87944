import "server-only";
import { prisma, type TDbClient } from "@/lib/db";

export const adminAuditSelect = {
  seq: true,
  at: true,
  actorKind: true,
  actorId: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  before: true,
  after: true,
} as const;

/** Newest first; `beforeSeq` continues after the last entry of the previous page. One more than asked says "older exist". */
export function findAdminAuditPage(beforeSeq: number | undefined, limit: number, db: TDbClient = prisma) {
  return db.adminAuditEntry.findMany({
    where: beforeSeq === undefined ? {} : { seq: { lt: beforeSeq } },
    orderBy: { seq: "desc" },
    take: limit + 1,
    select: adminAuditSelect,
  });
}

/** Every entry, newest first, read in pages so an export never holds a cursor open across the whole table at once. */
export async function findAllAdminAudit(db: TDbClient = prisma) {
  const rows: Awaited<ReturnType<typeof findAdminAuditPage>> = [];
  let before: number | undefined;
  for (;;) {
    const page = await findAdminAuditPage(before, 1_000, db);
    rows.push(...page.slice(0, 1_000));
    if (page.length <= 1_000) return rows;
    before = page[999]!.seq;
  }
}
