import { isAccessKeyId, isPrincipal, isSourceIp } from "@/lib/access-reconstruction/validate";
import type { TSuspects } from "@/lib/access-reconstruction/types";

/** What the pre-fill reads of a linked finding: its latest raw payload (ASFF or native GuardDuty) and its times. */
export type TFindingForSuspects = { raw: unknown; firstObservedAt: Date | null; lastObservedAt: Date | null };

type TRecord = Record<string, unknown>;
const obj = (value: unknown): TRecord => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as TRecord) : {});
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/** Access keys, principals and remote addresses a GuardDuty finding names, in either of its shapes. */
function fromFinding(raw: unknown, into: { keys: Set<string>; principals: Set<string>; ips: Set<string> }) {
  const f = obj(raw);
  // ASFF (Security Hub): Resources[].Type AwsIamAccessKey with Details.AwsIamAccessKey; Action.AwsApiCallAction.RemoteIpDetails.
  for (const resource of arr(f.Resources).map(obj)) {
    if (str(resource.Type) !== "AwsIamAccessKey") continue;
    const details = obj(obj(resource.Details).AwsIamAccessKey);
    into.keys.add(str(details.AccessKeyId) || str(resource.Id));
    into.principals.add(str(details.PrincipalName) || str(details.UserName));
  }
  into.ips.add(str(obj(obj(obj(f.Action).AwsApiCallAction).RemoteIpDetails).IpAddressV4));
  const fields = obj(f.ProductFields);
  into.ips.add(str(fields["action/awsApiCallAction/remoteIpDetails/ipAddressV4"]));
  into.keys.add(str(fields["resource/accessKeyDetails/accessKeyId"]));
  into.principals.add(str(fields["resource/accessKeyDetails/userName"]));
  // Native GuardDuty: resource.accessKeyDetails, service.action.awsApiCallAction.remoteIpDetails.
  const access = obj(obj(f.resource).accessKeyDetails);
  into.keys.add(str(access.accessKeyId));
  into.principals.add(str(access.userName));
  into.ips.add(str(obj(obj(obj(obj(f.service).action).awsApiCallAction).remoteIpDetails).ipAddressV4));
}

/**
 * The suspects a reconstruction starts from: every access key id, principal and source IP the linked findings
 * name (values of the wrong shape are dropped: a finding is attacker-influenced), and a window from an hour before
 * the first observation to an hour after the last (null when no finding has times).
 */
export function suspectsFromFindings(findings: readonly TFindingForSuspects[]): TSuspects & { window: { start: string; end: string } | null } {
  const into = { keys: new Set<string>(), principals: new Set<string>(), ips: new Set<string>() };
  for (const finding of findings) fromFinding(finding.raw, into);
  const firsts = findings.map((f) => f.firstObservedAt?.getTime()).filter((t): t is number => t !== undefined);
  const lasts = findings.map((f) => (f.lastObservedAt ?? f.firstObservedAt)?.getTime()).filter((t): t is number => t !== undefined);
  const HOUR = 3_600_000;
  return {
    accessKeyIds: [...into.keys].filter(isAccessKeyId).sort(),
    principals: [...into.principals].filter((p) => isPrincipal(p) && p !== "Root").sort(),
    sourceIps: [...into.ips].filter(isSourceIp).sort(),
    window: firsts.length && lasts.length
      ? { start: new Date(Math.min(...firsts) - HOUR).toISOString(), end: new Date(Math.max(...lasts) + HOUR).toISOString() }
      : null,
  };
}
