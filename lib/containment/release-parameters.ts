import type { TContainmentAction } from "@/lib/containment/catalog";

/**
 * The release's parameters, derived from the original's and never typed: the original values, the catalog's release
 * values over them (Action=Release), the account's current role wherever the action takes the role, and no dry run.
 */
export function releaseParameters(action: TContainmentAction, original: Record<string, string>, roleArn: string): Record<string, string> {
  const parameters: Record<string, string> = { ...original, ...(action.release?.parameters ?? {}) };
  for (const parameter of action.parameters) if (parameter.source === "role") parameters[parameter.name] = roleArn;
  if (action.dryRun) parameters[action.dryRun.parameter] = action.dryRun.off;
  return parameters;
}
