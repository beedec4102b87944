import "server-only";
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { fromTemporaryCredentials } from "@aws-sdk/credential-providers";

export type TCloudTrailTarget = { region: string; roleArn: string };

/**
 * The CloudTrail client a reconstruction reads through: as the findings sources do, the account's source role assumed
 * through STS with the console's own credentials, or those credentials themselves when no role is named. The SDK
 * honours AWS_ENDPOINT_URL_CLOUDTRAIL (and _STS) itself, which is how the tests reach the simulator.
 */
export function cloudTrailClientFor(target: TCloudTrailTarget): CloudTrailClient {
  return new CloudTrailClient({
    region: target.region,
    maxAttempts: 6,
    ...(target.roleArn
      ? {
          credentials: fromTemporaryCredentials({
            params: { RoleArn: target.roleArn, RoleSessionName: "breachdesk-scoping", DurationSeconds: 3600 },
            clientConfig: { region: target.region },
          }),
        }
      : {}),
  });
}
