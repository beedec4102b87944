import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import { NOTICE_APPROVAL_DEFAULTS, type TActor, type TNoticeApprovalPolicy } from "@/lib/auth/policy";
import { ZApprovalPolicyInput } from "@/lib/notices/schemas";
import { recordAdminChange } from "@/lib/admin-log/record";

const SETTING_KEY = "notices.approval-policy";

/** The approval policy in force: the administrator's, validated, or the safe defaults from lib/auth/policy.ts. */
export async function readApprovalPolicy(tx: Prisma.TransactionClient = prisma): Promise<TNoticeApprovalPolicy> {
  const row = await tx.instanceSetting.findUnique({ where: { key: SETTING_KEY } });
  const defaults = structuredClone(NOTICE_APPROVAL_DEFAULTS) as unknown as TNoticeApprovalPolicy;
  if (!row) return defaults;
  const parsed = ZApprovalPolicyInput.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : defaults;
}

export async function getApprovalPolicy(actor: TActor) {
  assertCan(actor, "notice.approval-policy.read");
  return { policy: await readApprovalPolicy(), defaults: NOTICE_APPROVAL_DEFAULTS };
}

/** Administrators set which roles approve each kind of notice; every kind keeps at least one role. */
export async function setApprovalPolicy(actor: TActor, input: unknown) {
  assertCan(actor, "notice.approval-policy.manage");
  const policy = ZApprovalPolicyInput.parse(input);
  const value = JSON.stringify(policy);
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SETTING_KEY}))`;
    const before = await readApprovalPolicy(tx);
    await tx.instanceSetting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value }, update: { value } });
    await recordAdminChange(tx, actor, {
      action: "notice-approval-policy.changed",
      target: { type: "setting", id: SETTING_KEY, label: "Notice approval policy" },
      before,
      after: policy,
    });
  });
  return policy;
}
