import type { TNormalizedFinding } from "@/lib/findings/schemas";

export type TFindingState = {
  severityLabel: string;
  severityRank: number;
  recordState: string;
  workflowStatus: string;
  complianceStatus: string | null;
};

/**
 * What an incident's timeline should say when a linked finding's provider version changes: severity raised,
 * resolved (workflow RESOLVED or compliance PASSED), archived, or reactivated. Other changes (a new
 * LastObservedAt) are not worth a timeline entry.
 */
export function describeChanges(before: TFindingState, after: TFindingState | TNormalizedFinding): string[] {
  const changes: string[] = [];
  if (after.severityRank > before.severityRank) {
    changes.push(`Severity raised from ${before.severityLabel} to ${after.severityLabel}`);
  } else if (after.severityRank < before.severityRank) {
    changes.push(`Severity lowered from ${before.severityLabel} to ${after.severityLabel}`);
  }
  if (after.workflowStatus === "RESOLVED" && before.workflowStatus !== "RESOLVED") changes.push("Resolved by the provider");
  if (after.complianceStatus === "PASSED" && before.complianceStatus !== "PASSED" && before.complianceStatus !== null) {
    changes.push(`Compliance now PASSED (was ${before.complianceStatus})`);
  }
  if (after.recordState === "ARCHIVED" && before.recordState !== "ARCHIVED") changes.push("Archived by the provider");
  if (after.recordState === "ACTIVE" && before.recordState === "ARCHIVED") changes.push("Reactivated by the provider");
  return changes;
}
