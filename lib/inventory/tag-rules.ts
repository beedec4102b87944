import "server-only";
import { prisma } from "@/lib/db";
import { recordAdminChange } from "@/lib/admin-log/record";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { ZTagRuleInput, type TTagRuleInput } from "@/lib/inventory/schemas";

/**
 * The administrator's tag mapping. A change applies from the next refresh (discovery classifies as it upserts), and
 * is an entry in the administration log in its transaction.
 */

export async function listTagRules(actor: TActor) {
  assertCan(actor, "datastore.list");
  return prisma.inventoryTagRule.findMany({ orderBy: [{ tagKey: "asc" }, { tagValue: "asc" }, { id: "asc" }] });
}

export async function createTagRule(actor: TActor, input: TTagRuleInput) {
  assertCan(actor, "datastore.manage");
  const data = ZTagRuleInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const taken = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM inventory_tag_rules WHERE lower(tag_key) = lower(${data.tagKey}) AND lower(tag_value) = lower(${data.tagValue})`;
    if (taken.length > 0) throw AppError.conflict(`The tag ${data.tagKey}=${data.tagValue} is already mapped. Remove that mapping first to change it.`);
    const rule = await tx.inventoryTagRule.create({ data });
    await recordAdminChange(tx, actor, { action: "inventory-tag-rule.created", target: ruleTarget(rule), before: null, after: ruleState(rule) });
    return rule;
  });
}

export async function deleteTagRule(actor: TActor, id: string) {
  assertCan(actor, "datastore.manage");
  await prisma.$transaction(async (tx) => {
    const rule = await tx.inventoryTagRule.findUnique({ where: { id } });
    if (!rule) throw AppError.notFound("The tag mapping");
    await tx.inventoryTagRule.delete({ where: { id } });
    await recordAdminChange(tx, actor, { action: "inventory-tag-rule.deleted", target: ruleTarget(rule), before: ruleState(rule), after: null });
  });
}

type TRuleRow = { id: string; tagKey: string; tagValue: string; dataCategories: string[]; jurisdictions: string[] };

const ruleTarget = (rule: TRuleRow) => ({ type: "setting" as const, id: rule.id, label: `Tag mapping ${rule.tagKey}=${rule.tagValue}` });
const ruleState = ({ tagKey, tagValue, dataCategories, jurisdictions }: TRuleRow) => ({ tagKey, tagValue, dataCategories, jurisdictions });
