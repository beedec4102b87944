/** Everything the administration log records, with the label its page shows. Pure: the page and the export share it. */
export const ADMIN_ACTION_LABELS = {
  "user.created": "User created",
  "user.renamed": "User renamed",
  "user.roles-changed": "Roles changed",
  "user.deactivated": "User deactivated",
  "user.reactivated": "User reactivated",
  "token.created": "API token created",
  "token.revoked": "API token revoked",
  "source.created": "Findings source added",
  "data-store.created": "Data store added",
  "data-store.changed": "Data store changed",
  "data-store.deleted": "Data store deleted",
  "inventory-tag-rule.created": "Tag mapping added",
  "inventory-tag-rule.deleted": "Tag mapping removed",
  "notice-approval-policy.changed": "Notice approval policy changed",
  "containment-approval-policy.changed": "Containment approval policy changed",
  "organisation-profile.changed": "Organisation profile changed",
  "reminder-points.changed": "Reminder points changed",
  "containment-target.changed": "Containment target changed",
  "evidence-retention.changed": "Evidence retention changed",
  "webhook.created": "Webhook added",
  "webhook.changed": "Webhook changed",
  "webhook.secret-rotated": "Webhook secret rotated",
  "integration-connection.created": "Integration connection added",
  "integration-connection.changed": "Integration connection turned on or off",
  "integration-connection.tested": "Integration connection test sent",
} as const;

export type TAdminAction = keyof typeof ADMIN_ACTION_LABELS;

export function adminActionLabel(action: string): string {
  return (ADMIN_ACTION_LABELS as Record<string, string>)[action] ?? action;
}
