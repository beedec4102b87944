import { PutRolePolicyCommand, UpdateAccessKeyCommand, type IAMClient } from "@aws-sdk/client-iam";
import { StartLoggingCommand, type CloudTrailClient } from "@aws-sdk/client-cloudtrail";

/**
 * The catalog's direct API calls (actions AWS publishes no Automation runbook for), keyed by runbookName
 * ("iam:Operation"). Each call is idempotent by its nature, which is what makes it safe to repeat after a worker died
 * between the call and its record (a direct call has no ClientToken):
 *   - UpdateAccessKey to Inactive (or, releasing, Active): setting a status it already has changes nothing.
 *   - PutRolePolicy under a fixed policy name replaces that one inline policy; its only time-dependent value, the
 *     cut-off for older sessions, is the attempt's first claim time (stored), so a repeated call writes the same bytes.
 *   - StartLogging on a trail that already logs changes nothing.
 * `outputs` is what the step records: what was asked, and AWS's request id.
 */
/** The clients a call may need, made on first use (so a call never builds a client it does not use). */
export type TDirectClients = { iam(): IAMClient; cloudtrail(): CloudTrailClient };

export type TDirectCall = {
  /** The step's name on the record, as AWS names the operation. */
  stepName: string;
  send(clients: TDirectClients, signal?: AbortSignal): Promise<Record<string, string[]>>;
};

/** The name the IAM console itself gives the policy when it revokes a role's active sessions. */
export const REVOKE_OLDER_SESSIONS_POLICY = "AWSRevokeOlderSessions";

/** Deny everything to credentials issued before the cut-off: what the console's "Revoke active sessions" attaches. */
export function revokeOlderSessionsPolicy(issuedBefore: Date): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Deny", Action: ["*"], Resource: ["*"], Condition: { DateLessThan: { "aws:TokenIssueTime": issuedBefore.toISOString() } } }],
  });
}

const requestIdOf = (answer: { $metadata?: { requestId?: string } }): Record<string, string[]> => (answer.$metadata?.requestId ? { RequestId: [answer.$metadata.requestId] } : {});

const DIRECT_CALLS: Record<string, (parameters: Record<string, string>, attemptClaimedAt: Date) => TDirectCall> = {
  "iam:UpdateAccessKey": (p) => ({
    stepName: "UpdateAccessKey",
    async send(clients, signal) {
      // Inactive, unless this is the action's release (Status=Active, from the catalog's release parameters).
      const input = { UserName: p.UserName!, AccessKeyId: p.AccessKeyId!, Status: p.Status === "Active" ? ("Active" as const) : ("Inactive" as const) };
      const answer = await clients.iam().send(new UpdateAccessKeyCommand(input), { abortSignal: signal });
      return { UserName: [input.UserName], AccessKeyId: [input.AccessKeyId], Status: [input.Status], ...requestIdOf(answer) };
    },
  }),
  "iam:PutRolePolicy": (p, attemptClaimedAt) => ({
    stepName: "PutRolePolicy",
    async send(clients, signal) {
      const input = { RoleName: p.RoleName!, PolicyName: REVOKE_OLDER_SESSIONS_POLICY, PolicyDocument: revokeOlderSessionsPolicy(attemptClaimedAt) };
      const answer = await clients.iam().send(new PutRolePolicyCommand(input), { abortSignal: signal });
      return { RoleName: [input.RoleName], PolicyName: [input.PolicyName], PolicyDocument: [input.PolicyDocument], ...requestIdOf(answer) };
    },
  }),
  "cloudtrail:StartLogging": (p) => ({
    stepName: "StartLogging",
    async send(clients, signal) {
      const answer = await clients.cloudtrail().send(new StartLoggingCommand({ Name: p.Name! }), { abortSignal: signal });
      return { Name: [p.Name!], ...requestIdOf(answer) };
    },
  }),
};

/** True when Breachdesk can run this direct call (others are refused at request with 400). */
export function isRunnableDirectCall(runbook: string): boolean {
  return Object.hasOwn(DIRECT_CALLS, runbook);
}

export function directCallFor(runbook: string, parameters: Record<string, string>, attemptClaimedAt: Date): TDirectCall | null {
  return isRunnableDirectCall(runbook) ? DIRECT_CALLS[runbook]!(parameters, attemptClaimedAt) : null;
}
