import "server-only";
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import { containmentSimulatorUrl } from "@/lib/env";
import { NoSimulatorError, type TRunTarget } from "@/lib/containment/ssm-client";

/**
 * The CloudTrail client a direct-API action runs through, in the request's region (a trail is managed from its home
 * region), the same way as ssmClientFor: the account's role through STS for a real incident (AWS_ENDPOINT_URL_CLOUDTRAIL
 * applies), the simulator only for an exercise.
 */
export function cloudTrailClientFor(target: TRunTarget): CloudTrailClient {
  if (target.exercise) {
    const endpoint = containmentSimulatorUrl();
    if (!endpoint) throw new NoSimulatorError();
    return new CloudTrailClient({ region: target.region, endpoint, maxAttempts: 2, credentials: { accessKeyId: "EXERCISE", secretAccessKey: "exercise-simulator-only" } });
  }
  return new CloudTrailClient({
    region: target.region,
    maxAttempts: 3,
    credentials: fromTemporaryCredentials({
      params: { RoleArn: target.roleArn, RoleSessionName: "breachdesk-containment", DurationSeconds: 900 },
      clientConfig: { region: target.region },
    }),
  });
}
