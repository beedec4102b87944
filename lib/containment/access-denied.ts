import { findAction } from "@/lib/containment/catalog";

// AWS names a missing permission differently per protocol: AccessDeniedException (JSON services such as SSM and
// CloudTrail), AccessDenied (IAM, S3), UnauthorizedOperation (EC2); all answer HTTP 403.
const ACCESS_DENIED_NAMES = new Set(["AccessDeniedException", "AccessDenied", "UnauthorizedOperation"]);

export function isAccessDenied(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, $metadata } = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } };
  return (typeof name === "string" && ACCESS_DENIED_NAMES.has(name)) || $metadata?.httpStatusCode === 403;
}

/**
 * The failure to record for a start or direct call that threw: AWS's own message, and when AWS refused for a missing
 * permission, the exact IAM actions this action needs, so whoever fixes the role knows what to add.
 */
export function failureWithPermissions(error: unknown, awsMessage: string, actionId: string): string {
  const needs = findAction(actionId)?.iamPermissions;
  if (!needs?.length || !isAccessDenied(error)) return awsMessage;
  return `${awsMessage} This action needs: ${needs.join(", ")}.`;
}
