import { ContainmentApproveForm } from "@/components/containment/approve-form";
import { ContainmentReleaseButton, ContainmentRetryButton } from "@/components/containment/lifecycle-buttons";
import { IamPermissionsDisclosure } from "@/components/containment/iam-permissions";
import { ContainmentProofLine } from "@/components/containment/proof-line";
import { Instant } from "@/components/ui/instant";
import type { TExecutionProof } from "@/lib/containment/execution-record";
import type { getContainment } from "@/lib/containment/service";
import { approvalRoleWords } from "@/lib/containment/approval-rule";

type TRequest = Awaited<ReturnType<typeof getContainment>>["requests"][number];

const STATUS_WORDS: Record<string, string> = {
  awaiting_approval: "Awaiting approval",
  approved: "Approved, waiting for the worker",
  starting: "Starting",
  running: "Running",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
};

const requestAnchor = (id: string) => `containment-request-${id}`;

/**
 * Every request with what it runs, its approvals (bound to its hash) and what AWS did, attempt by attempt; Retry on a
 * failed request whose approvals still hold, Release on a succeeded reversible one, and the link between an action and
 * its release both ways. All values are text (AWS's messages included).
 */
export function ContainmentRequestList({ incidentId, requests, proofs = [] }: { incidentId: string; requests: TRequest[]; proofs?: readonly TExecutionProof[] }) {
  if (requests.length === 0) return <p className="text-slate-700">No containment action has been requested yet.</p>;
  return (
    <ul className="flex flex-col gap-4">
      {requests.map((request) => {
        const headingId = `${requestAnchor(request.id)}-title`;
        const isRelease = request.kind === "release";
        return (
          <li key={request.id} id={requestAnchor(request.id)}>
            <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 id={headingId} className="font-semibold">
                {isRelease ? "Release: " : ""}
                {request.title} on {request.target}
              </h3>
              {isRelease && request.releasesRequestId ? (
                <p className="text-sm">
                  Undoes <a className="underline" href={`#${requestAnchor(request.releasesRequestId)}`}>the earlier request {request.releasesRequestId}</a>.
                </p>
              ) : null}
              {request.viewer.releasedBy ? (
                <p className="text-sm">
                  Released by <a className="underline" href={`#${requestAnchor(request.viewer.releasedBy)}`}>request {request.viewer.releasedBy}</a>.
                </p>
              ) : null}
              <p className="text-sm font-semibold" role="status">
                {STATUS_WORDS[request.status] ?? request.status}
                {request.dryRun ? " (dry run)" : ""}
                {request.approvalState.missing && request.status === "awaiting_approval" ? `: needs ${request.approvalState.missing}` : ""}
              </p>
              <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="font-semibold">Runbook</dt>
                <dd>{request.runbook} (version {request.actionVersion})</dd>
                <dt className="font-semibold">Account and region</dt>
                <dd>
                  {request.accountId}, {request.region}
                </dd>
                <dt className="font-semibold">Runs as</dt>
                <dd className="break-all">{request.roleArn}</dd>
                <dt className="font-semibold">Parameters</dt>
                <dd>
                  <ul>
                    {Object.entries(request.parameters as Record<string, string>).map(([name, value]) => (
                      <li key={name} className="break-all">
                        {name} = {value}
                      </li>
                    ))}
                  </ul>
                </dd>
                <dt className="font-semibold">Requested by</dt>
                <dd>
                  {request.requestedByLabel}, <Instant value={request.createdAt} />
                </dd>
                <dt className="font-semibold">Needs</dt>
                <dd>
                  {request.approvalNeed.text} ({request.approvalNeed.policyVersion === 0 ? "the default approval policy" : `approval policy version ${request.approvalNeed.policyVersion}`}, decided again if it changes)
                </dd>
                <dt className="font-semibold">SHA-256</dt>
                <dd className="break-all font-mono text-xs">{request.requestHash}</dd>
              </dl>
              <IamPermissionsDisclosure actionId={request.actionId} />
              <h4 className="mt-3 text-sm font-semibold">Approvals</h4>
              {request.approvals.length === 0 ? (
                <p className="text-sm text-slate-700">None yet.</p>
              ) : (
                <ul className="text-sm">
                  {request.approvals.map((approval) => (
                    <li key={approval.id}>
                      {approval.approverLabel} (as {approvalRoleWords(approval.role)}), <Instant value={approval.createdAt} />
                      {approval.voidedAt ? ` — void: ${approval.voidedReason ?? "the request changed"}` : ""}
                    </li>
                  ))}
                </ul>
              )}
              {request.viewer.mayApprove ? (
                <ContainmentApproveForm incidentId={incidentId} requestId={request.id} requestHash={request.requestHash} title={request.title} />
              ) : request.status === "awaiting_approval" && request.viewer.refusal ? (
                <p className="mt-2 text-sm text-slate-700">{request.viewer.refusal}</p>
              ) : null}
              {request.executions.map((execution) => (
                <section key={execution.id} aria-label={`Attempt ${execution.attempt}`}>
                  <h4 className="mt-3 text-sm font-semibold">
                    {request.executions.length > 1 || execution.attempt > 1 ? `Attempt ${execution.attempt}: ` : ""}
                    Execution {execution.automationExecutionId}
                  </h4>
                  <p className="text-sm">
                    Started <Instant value={execution.startedAt} />
                    {execution.endedAt ? (
                      <>
                        , ended <Instant value={execution.endedAt} />
                      </>
                    ) : null}
                  </p>
                  <ol className="list-decimal pl-6 text-sm">
                    {execution.steps.map((step) => (
                      <li key={step.id}>
                        {step.stepName}: {step.status}
                        {step.failureMessage ? ` — ${step.failureMessage}` : ""}
                      </li>
                    ))}
                  </ol>
                  {execution.failureMessage ? <p className="text-sm text-red-900">AWS said: {execution.failureMessage}</p> : null}
                  <ContainmentProofLine incidentId={incidentId} proof={proofs.find((p) => p.executionId === execution.id)} />
                </section>
              ))}
              {proofs
                .filter((p) => p.requestId === request.id && p.executionId === null)
                .map((p) => (
                  <ContainmentProofLine key={p.evidenceId} incidentId={incidentId} proof={p} />
                ))}
              {request.failure && request.status === "failed" && !request.executions.some((e) => e.attempt === request.attempt && e.failureMessage === request.failure) ? (
                <p className="mt-2 text-sm text-red-900">AWS said: {request.failure}</p>
              ) : null}
              {request.viewer.mayRetry ? (
                <ContainmentRetryButton incidentId={incidentId} requestId={request.id} attempt={request.attempt} title={request.title} />
              ) : request.viewer.retryRefusal ? (
                <p className="mt-2 text-sm text-slate-700">Retry: {request.viewer.retryRefusal}</p>
              ) : null}
              {request.viewer.mayRelease ? <ContainmentReleaseButton incidentId={incidentId} requestId={request.id} title={request.title} /> : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
