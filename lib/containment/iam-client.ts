import "server-only";
import { IAMClient } from "@aws-sdk/client-iam";
import { fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import { containmentSimulatorUrl } from "@/lib/env";
import { NoSimulatorError, type TRunTarget } from "@/lib/containment/ssm-client";

/** IAM is a global service: its endpoint (and SigV4 scope) is us-east-1 in the aws partition, whatever the request's region. */
const IAM_REGION = "us-east-1";

/**
 * The IAM client a direct-API action runs through, the same way as ssmClientFor: a real incident assumes the target
 * account's role through STS (the SDK's AWS_ENDPOINT_URL_IAM / _STS overrides apply); an exercise talks to the
 * simulator only (it serves the IAM Query protocol on the same address as SSM), or fails.
 */
export function iamClientFor(target: TRunTarget): IAMClient {
  if (target.exercise) {
    const endpoint = containmentSimulatorUrl();
    if (!endpoint) throw new NoSimulatorError();
    return new IAMClient({ region: IAM_REGION, endpoint, maxAttempts: 2, credentials: { accessKeyId: "EXERCISE", secretAccessKey: "exercise-simulator-only" } });
  }
  return new IAMClient({
    region: IAM_REGION,
    maxAttempts: 3,
    credentials: fromTemporaryCredentials({
      params: { RoleArn: target.roleArn, RoleSessionName: "breachdesk-containment", DurationSeconds: 900 },
      clientConfig: { region: target.region },
    }),
  });
}
