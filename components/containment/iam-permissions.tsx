import { findAction } from "@/lib/containment/catalog";

/**
 * What the role an action runs as must be allowed, from the catalog, so whoever sets up the account's role (or reads
 * an AccessDenied failure) sees the exact list next to the action.
 */
export function IamPermissionsDisclosure({ actionId }: { actionId: string }) {
  const action = findAction(actionId);
  if (!action) return null;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-semibold">Needs IAM permissions</summary>
      <ul className="mt-1 list-disc pl-6 font-mono text-xs">
        {action.iamPermissions.map((permission) => (
          <li key={permission}>{permission}</li>
        ))}
      </ul>
      <p className="mt-1">
        The role it runs as needs these;{" "}
        <a className="underline" href={action.permissionsSource} rel="noreferrer">
          AWS documents them
        </a>
        .
      </p>
    </details>
  );
}
