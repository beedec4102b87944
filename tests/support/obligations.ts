import { prisma } from "@/lib/db";
import { refreshNextReminders } from "@/lib/reminder-schedule/refresh";
import { CATALOG_VERSION, RULES_BY_ID } from "@/lib/clocks/catalog";
import type { TRuleId } from "@/lib/clocks/types";

/**
 * Inserts one obligation row for a catalog rule, as the obligation register would, without depending on
 * that register's services: notices only need the row, its rule id and its due instant.
 */
export async function insertObligation(incidentId: string, ruleId: TRuleId, dueAt: Date | null) {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  const created = await prisma.obligation.create({
    data: {
      incidentId,
      ruleId,
      recipient: rule.recipient,
      ruleVersion: rule.version,
      catalogVersion: CATALOG_VERSION,
      ruleSnapshot: JSON.parse(JSON.stringify(rule)) as object,
      applies: "yes",
      status: "on_track",
      evaluation: { ruleId, applies: "yes", dueUtc: dueAt?.toISOString() ?? null },
      dueAt,
    },
  });
  // As the register does: the reminders scan reads the stored next reminder instant.
  await refreshNextReminders(prisma, incidentId);
  return created;
}
