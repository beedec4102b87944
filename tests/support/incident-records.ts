/**
 * Direct inserts for rows whose services live in other domains (clock facts, declarations, obligations, findings),
 * so the status, report and metrics tests can build a realistic incident record without those services.
 */
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { refreshNextReminders } from "@/lib/reminder-schedule/refresh";

export async function insertObligation(
  incidentId: string,
  row: { ruleId: string; recipient: string; region: string; citation: string; dueAt: Date | null; metAt?: Date | null; status?: string; applies?: "yes" | "no" | "undetermined"; ownerId?: string | null; reason?: string },
) {
  const created = await prisma.obligation.create({
    data: {
      incidentId,
      ruleId: row.ruleId,
      recipient: row.recipient,
      ruleVersion: "2026-11-22.1",
      catalogVersion: "2026-11-22.1",
      ruleSnapshot: { id: row.ruleId, region: row.region, citation: row.citation },
      applies: row.applies ?? "yes",
      status: row.status ?? (row.metAt ? "met" : "on_track"),
      evaluation: { ruleId: row.ruleId, citation: row.citation, reason: row.reason ?? "Residents affected." },
      dueAt: row.dueAt,
      metAt: row.metAt ?? null,
      ownerId: row.ownerId ?? null,
    },
  });
  // As the register does: the reminders scan reads the stored next reminder instant.
  await refreshNextReminders(prisma, incidentId);
  return created;
}

export async function insertDeclaration(incidentId: string, row: { moment: string; at: Date; by: { id: string; name: string }; reason: string }) {
  return prisma.incidentDeclaration.create({
    data: { incidentId, moment: row.moment, at: row.at, reason: row.reason, declaredById: row.by.id, declaredByLabel: row.by.name },
  });
}

export async function insertFacts(incidentId: string, affected: { jurisdiction: string; count: number | null }[]) {
  return prisma.incidentFacts.create({
    data: { incidentId, facts: { incident: { personalData: "yes", dataCategories: ["contact_details"] }, affected: affected.map((a) => ({ ...a, dataCategories: ["contact_details"] })) } },
  });
}

export async function insertFinding(incidentId: string | null, row: { title: string; firstObservedAt: Date }) {
  return prisma.finding.create({
    data: {
      productArn: "arn:aws:securityhub:us-east-1::product/aws/securityhub",
      awsId: `arn:aws:securityhub:us-east-1:111111111111:test/${randomUUID()}`,
      format: "asff",
      title: row.title,
      description: "test finding",
      severityLabel: "HIGH",
      severityRank: 70,
      types: [],
      productName: "Security Hub",
      awsAccountId: "111111111111",
      region: "us-east-1",
      resources: [],
      resourceIds: ["arn:aws:s3:::exports"],
      firstObservedAt: row.firstObservedAt,
      sourceCreatedAt: row.firstObservedAt,
      sourceUpdatedAt: row.firstObservedAt,
      recordState: "ACTIVE",
      workflowStatus: "NEW",
      currentHash: "a".repeat(64),
      triage: incidentId ? "linked" : "new",
      incidentId,
    },
  });
}
