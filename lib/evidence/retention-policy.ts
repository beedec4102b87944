import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { recordAdminChange } from "@/lib/admin-log/record";
import { ZEvidenceRetentionInput, type TEvidenceRetentionInput } from "@/lib/evidence/schemas";
import { evidenceStore } from "@/lib/evidence/store/select";
import type { TRetentionMode } from "@/lib/evidence/store/types";

const SETTING_KEY = "evidence.retention";
export type TEvidenceRetention = { mode: TRetentionMode; days: number } | null;

/** The organisation's retention for evidence objects (default: none); an unreadable setting counts as none. */
export async function readEvidenceRetention(db: Prisma.TransactionClient = prisma): Promise<TEvidenceRetention> {
  const row = await db.instanceSetting.findUnique({ where: { key: SETTING_KEY } });
  if (!row) return null;
  const parsed = ZEvidenceRetentionInput.safeParse({ ...JSON.parse(row.value), reason: "stored" });
  return parsed.success && parsed.data.mode && parsed.data.days ? { mode: parsed.data.mode, days: parsed.data.days } : null;
}

export async function getEvidenceRetention(actor: TActor) {
  assertCan(actor, "organisation.read");
  const store = evidenceStore();
  // Whether it can apply: only evidence in an S3 bucket with Object Lock is retained by the store itself.
  const enforced = store.kind === "s3" ? await store.holdEnforced().catch(() => false) : false;
  return { retention: await readEvidenceRetention(), store: store.kind, enforced };
}

/** Administrators choose the retention; it applies to evidence stored from then on. */
export async function setEvidenceRetention(actor: TActor, input: TEvidenceRetentionInput) {
  assertCan(actor, "organisation.manage");
  const data = ZEvidenceRetentionInput.parse(input);
  const after: TEvidenceRetention = data.mode && data.days ? { mode: data.mode, days: data.days } : null;
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SETTING_KEY}))`;
    const before = await readEvidenceRetention(tx);
    const value = JSON.stringify({ mode: after?.mode ?? null, days: after?.days ?? null });
    await tx.instanceSetting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value }, update: { value } });
    await recordAdminChange(tx, actor, {
      action: "evidence-retention.changed",
      target: { type: "setting", id: SETTING_KEY, label: "Evidence retention" },
      before: before ?? { mode: null, days: null },
      after: { ...(after ?? { mode: null, days: null }), reason: data.reason },
    });
  });
  return after;
}

/**
 * Retains a just-stored object per the policy (S3 Object Lock retention until now + days; nothing elsewhere). Called
 * after the bytes are stored and outside any transaction of ours. S3 only lets a retention date move later, so the
 * same bytes stored again extend it.
 */
export async function applyEvidenceRetention(key: string, now = new Date()): Promise<void> {
  const store = evidenceStore();
  if (store.kind !== "s3") return;
  const retention = await readEvidenceRetention();
  if (!retention || !(await store.holdEnforced())) return;
  await store.setRetention(key, retention.mode, new Date(now.getTime() + retention.days * 86_400_000));
}
