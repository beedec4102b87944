import { accountIdFromArn } from "@/lib/inventory/normalise";

/**
 * What one refresh covers: the accounts and regions of the findings sources (the same role, assumed the same way),
 * cut into units that succeed or fail alone — one per (role, region, service), S3 once per role since its bucket
 * list is global. A unit that fails records its error and leaves its stores as they were; the others go on.
 */

export const INVENTORY_SERVICES = ["s3", "rds", "dynamodb", "redshift"] as const;
export type TInventoryService = (typeof INVENTORY_SERVICES)[number];

export type TInventoryUnit = {
  /** Stable key of the unit: stores found by it carry it, so a later successful run can tell which are gone. */
  scope: string;
  service: TInventoryService;
  region: string;
  roleArn: string;
  accountId: string | null;
};

export function inventoryUnits(sources: readonly { region: string; roleArn: string }[]): TInventoryUnit[] {
  const pairs = [...new Map(sources.filter((s) => s.region).map((s) => [`${s.roleArn}|${s.region}`, s])).values()].sort((a, b) =>
    a.roleArn === b.roleArn ? a.region.localeCompare(b.region) : a.roleArn.localeCompare(b.roleArn),
  );
  const units: TInventoryUnit[] = [];
  const s3Roles = new Set<string>();
  for (const { region, roleArn } of pairs) {
    const account = accountIdFromArn(roleArn);
    const who = roleArn || "default-credentials";
    if (!s3Roles.has(roleArn)) {
      s3Roles.add(roleArn);
      units.push({ scope: `${who}|global|s3`, service: "s3", region, roleArn, accountId: account });
    }
    for (const service of ["rds", "dynamodb", "redshift"] as const) {
      units.push({ scope: `${who}|${region}|${service}`, service, region, roleArn, accountId: account });
    }
  }
  return units;
}
