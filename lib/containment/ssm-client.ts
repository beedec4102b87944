import "server-only";
import { SSMClient } from "@aws-sdk/client-ssm";
import { fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import { containmentSimulatorUrl } from "@/lib/env";

export type TRunTarget = { region: string; roleArn: string; exercise: boolean };

/** An exercise incident's action that cannot reach the simulator: it fails, it never falls back to AWS. */
export class NoSimulatorError extends Error {
  constructor() {
    super("Exercise incidents run containment only against the simulator, and BREACHDESK_CONTAINMENT_SIMULATOR_URL is not set.");
  }
}

/**
 * The SSM client a request runs through. A real incident: the target account's role, assumed through STS with the
 * console's own credentials (the SDK's AWS_ENDPOINT_URL_SSM / _STS overrides apply, as everywhere). An exercise: the
 * simulator only, with placeholder credentials, so nothing it does can reach an AWS account.
 */
export function ssmClientFor(target: TRunTarget): SSMClient {
  if (target.exercise) {
    const endpoint = containmentSimulatorUrl();
    if (!endpoint) throw new NoSimulatorError();
    return new SSMClient({ region: target.region, endpoint, maxAttempts: 2, credentials: { accessKeyId: "EXERCISE", secretAccessKey: "exercise-simulator-only" } });
  }
  return new SSMClient({
    region: target.region,
    maxAttempts: 3,
    credentials: fromTemporaryCredentials({
      params: { RoleArn: target.roleArn, RoleSessionName: "breachdesk-containment", DurationSeconds: 900 },
      clientConfig: { region: target.region },
    }),
  });
}
