import "server-only";
import { SecurityHubClient } from "@aws-sdk/client-securityhub";
import { GuardDutyClient } from "@aws-sdk/client-guardduty";
import { fromTemporaryCredentials } from "@aws-sdk/credential-providers";

export type TSourceAccess = { region: string; roleArn: string };

/**
 * Credentials for one source: the standard AWS chain (environment, shared profile, instance/container role), or,
 * when the source names a role ARN, temporary credentials from STS AssumeRole made with that chain (refreshed
 * before they expire). STS is reached through the standard endpoint override AWS_ENDPOINT_URL_STS when set.
 */
export function sourceCredentials(source: TSourceAccess, sessionName = "breachdesk-findings") {
  if (!source.roleArn) return {};
  return {
    credentials: fromTemporaryCredentials({
      params: { RoleArn: source.roleArn, RoleSessionName: sessionName, DurationSeconds: 3600 },
      clientConfig: { region: source.region },
    }),
  };
}

/**
 * Adaptive retry: besides retrying throttling with backoff, the SDK paces the client's own requests once Security Hub
 * throttles it, so a long backfill runs at the GetFindings quota (3 requests/s, burst 6) with a third of the refusals
 * standard retry meets and without draining its retry budget (bench:ingest measures it against a simulator enforcing
 * that quota).
 */
export function securityHubClient(source: TSourceAccess, maxAttempts = 6) {
  return new SecurityHubClient({ region: source.region, maxAttempts, retryMode: "adaptive", ...sourceCredentials(source) });
}

export function guardDutyClient(source: TSourceAccess, maxAttempts = 6) {
  return new GuardDutyClient({ region: source.region, maxAttempts, ...sourceCredentials(source) });
}
