import "server-only";
import { prisma } from "@/lib/db";
import { findAction } from "@/lib/containment/catalog";
import { loadContainmentClock } from "@/lib/containment/clock-service";
import type { TContainmentClock } from "@/lib/containment/containment-clock";
import { findExecutionProofs, type TExecutionProof } from "@/lib/containment/execution-record";
import { instantText, iso, type TBlock } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";
import { approvalRoleWords } from "@/lib/containment/approval-rule";

const OUTCOME_WORDS: Record<string, string> = {
  awaiting_approval: "awaiting approval",
  approved: "approved, not started",
  starting: "starting",
  running: "running",
  succeeded: "succeeded",
  failed: "failed",
  cancelled: "cancelled",
};

type TLine = { text: string; mono?: boolean };

async function loadContainment(incidentId: string) {
  const requests = await prisma.containmentRequest.findMany({
    where: { incidentId },
    orderBy: { createdAt: "asc" },
    include: {
      approvals: { orderBy: { createdAt: "asc" } },
      executions: { orderBy: [{ attempt: "asc" }, { startedAt: "asc" }], include: { steps: { orderBy: { observedAt: "asc" } } } },
    },
  });
  const proofs = await findExecutionProofs(prisma, requests.map((r) => r.id));
  const proofOf = ({ evidenceId, name, sha256, outcome, recordedAt }: TExecutionProof) => ({ evidenceId, name, sha256, outcome, recordedAt });
  return requests.map((request) => ({
    ...request,
    title: findAction(request.actionId)?.title ?? request.actionId,
    executions: request.executions.map((execution) => {
      const proof = proofs.find((p) => p.executionId === execution.id);
      return { ...execution, proof: proof ? proofOf(proof) : null };
    }),
    /** Starts AWS refused (no execution exists), each with its own proof. */
    refusedStarts: proofs.filter((p) => p.requestId === request.id && p.executionId === null).map(proofOf),
  }));
}

const clockJson = (clock: TContainmentClock) => ({ ...clock, targetAt: iso(clock.targetAt), containedAt: clock.containedAt ? iso(clock.containedAt) : null });

/**
 * Containment: the clock against the organisation's target, then every request with what it ran where and as whom,
 * its approvals with the hash each approved, every execution with its steps as AWS reported them, the outcome, and the
 * SHA-256 of the evidence item holding the execution's full record.
 */
export const containmentSection: TReportSection = {
  id: "containment",
  title: "Containment",
  async build({ data, zone, generatedAt }) {
    const [clock, requests] = await Promise.all([loadContainmentClock(prisma, data.incident, generatedAt), loadContainment(data.incident.id)]);
    const at = (value: Date | null) => instantText(value, zone.zone);
    const blocks: TBlock[] = [
      { kind: "paragraph", text: `Containment clock: ${clock.sentence}`, tone: clock.tone === "alert" ? "alert" : "normal" },
      {
        kind: "keyValue",
        pairs: [
          ["Target", `${clock.targetHours} hours from declaration: ${at(clock.targetAt)}`],
          ["Contained", clock.containedAt ? `${at(clock.containedAt)} (the last containment action's success)` : "not yet: no containment action has succeeded"],
        ],
      },
    ];
    if (requests.length === 0) blocks.push({ kind: "paragraph", text: "No containment action was requested.", tone: "muted" });
    for (const request of requests) {
      const lines: TLine[] = [
        { text: `Runbook ${request.runbook} (action version ${request.actionVersion}) in account ${request.accountId}, ${request.region}, as ${request.roleArn}${request.exercise ? "; exercise: run against the simulator, never AWS" : ""}` },
        { text: `Parameters: ${Object.entries(request.parameters as Record<string, string>).map(([name, value]) => `${name} = ${value}`).join("; ") || "none"}` },
        { text: `Requested by ${request.requestedByLabel}, ${at(request.createdAt)}` },
        { text: `Request SHA-256 ${request.requestHash}`, mono: true },
      ];
      // A release and the action it undoes name each other (releases_request_id).
      if (request.releasesRequestId) lines.unshift({ text: `Release (roll back) of request ${request.releasesRequestId}` });
      const releasedBy = requests.find((other) => other.releasesRequestId === request.id);
      if (releasedBy) lines.push({ text: `Released by request ${releasedBy.id} (${OUTCOME_WORDS[releasedBy.status] ?? releasedBy.status})` });
      if (request.approvals.length === 0) lines.push({ text: "No approval recorded." });
      for (const approval of request.approvals) {
        lines.push({ text: `Approved by ${approval.approverLabel} as ${approvalRoleWords(approval.role)}, ${at(approval.createdAt)}${approval.voidedAt ? ` — voided ${at(approval.voidedAt)}: ${approval.voidedReason ?? ""}` : ""}` });
        lines.push({ text: `Approved SHA-256 ${approval.requestHash}`, mono: true });
      }
      for (const execution of request.executions) {
        lines.push({
          text: `${request.executions.length > 1 ? `Attempt ${execution.attempt}: e` : "E"}xecution ${execution.automationExecutionId} (${execution.document}): ${execution.status}, started ${at(execution.startedAt)}, ${execution.endedAt ? `ended ${at(execution.endedAt)}` : "not ended"}${execution.failureMessage ? `; AWS said: ${execution.failureMessage}` : ""}`,
        });
        for (const step of execution.steps) {
          const outputs = Object.entries(step.outputs as Record<string, string[]>).map(([name, values]) => `${name} = ${values.join(", ")}`).join("; ");
          lines.push({
            text: `Step ${step.stepName} (${step.action}): ${step.status}${step.startedAt ? `, started ${at(step.startedAt)}` : ""}${step.endedAt ? `, ended ${at(step.endedAt)}` : ""}${outputs ? `; outputs ${outputs}` : ""}${step.failureMessage ? `; ${step.failureMessage}` : ""}`,
          });
        }
        lines.push(execution.proof ? { text: `Record ${execution.proof.name}, evidence SHA-256 ${execution.proof.sha256}`, mono: true } : { text: "Record: not yet in the evidence register (the execution has not ended)." });
      }
      for (const refused of request.refusedStarts) lines.push({ text: `Start refused by AWS; record ${refused.name}, evidence SHA-256 ${refused.sha256}`, mono: true });
      if (request.status === "failed" && request.failure) lines.push({ text: `Outcome: failed — AWS said: ${request.failure}` });
      else lines.push({ text: `Outcome: ${OUTCOME_WORDS[request.status] ?? request.status}${request.dryRun ? " (dry run: nothing was changed)" : ""}` });
      blocks.push({ kind: "entry", title: `${request.releasesRequestId ? "Release: " : ""}${request.title} on ${request.target}`, lines });
    }
    return { blocks, json: { clock: clockJson(clock), requests } };
  },
};
