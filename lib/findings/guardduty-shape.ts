/**
 * The GuardDuty SDK hands findings back with PascalCase member names (Id, Arn, Service.EventFirstSeen…), while the
 * wire and EventBridge use GuardDuty's native camelCase (id, arn, service.eventFirstSeen…). GuardDuty's JSON names
 * are the member names with a lower-case first letter, so this restores the native shape the normalizer reads and
 * the version history stores. Keys of free-form maps (e.g. affectedResources' "AWS::S3::Bucket") are not member
 * names and keep their spelling: only keys shaped like a member name (one capital, then lower case or a digit, no
 * colon) are converted. Pure.
 */
const MEMBER_NAME = /^[A-Z](?:[a-z0-9][A-Za-z0-9]*)?$/;

export function toNativeGuardDuty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toNativeGuardDuty);
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, inner]) => [MEMBER_NAME.test(key) ? key.charAt(0).toLowerCase() + key.slice(1) : key, toNativeGuardDuty(inner)]),
  );
}
