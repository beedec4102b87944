/**
 * The data inventory `npm run demo` discovers: tests/aws/inventory-simulator.ts (S3, RDS, DynamoDB, Redshift wire
 * protocols) seeded with a realistic estate — a public bucket, an unencrypted RDS instance, a DynamoDB table tagged
 * PII… — plus two buckets the demo findings name (so a finding on them suggests the incident's data, and one is not
 * encrypted), and the tag mapping that classifies them.
 */
import { seedDemoInventory, startInventorySimulator, type TInventorySimulator } from "../../tests/aws/inventory-simulator";

export const DEMO_ACCOUNT = "111111111111";

export async function startDemoInventory(): Promise<TInventorySimulator> {
  const sim = await startInventorySimulator({ defaultAccountId: DEMO_ACCOUNT });
  seedDemoInventory(sim, DEMO_ACCOUNT, "us-east-1");
  sim.account(DEMO_ACCOUNT).buckets.push(
    // Named by the S3.4 sample finding ("default encryption not enabled"): an unencrypted bucket of EU customers.
    { name: `aes-siem-${DEMO_ACCOUNT}-snapshot`, region: "us-east-1", encryption: null, publicAccessBlock: null, policyPublic: false, tags: { DataClassification: "PII", Residency: "EU" } },
    // Named by the S3.2 sample finding ("public read access").
    { name: `so0111-aws-cloudtrail-${DEMO_ACCOUNT}`, region: "us-east-1", encryption: { algorithm: "AES256" }, publicAccessBlock: null, policyPublic: true, tags: { DataClassification: "Logs" } },
  );
  return sim;
}

/** The environment that points the console's SDK clients at the simulator. */
export function inventoryEndpoints(sim: TInventorySimulator): Record<string, string> {
  return { AWS_ENDPOINT_URL_S3: sim.url, AWS_ENDPOINT_URL_RDS: sim.url, AWS_ENDPOINT_URL_DYNAMODB: sim.url, AWS_ENDPOINT_URL_REDSHIFT: sim.url };
}

const DEMO_TAG_RULES = [
  { tagKey: "DataClassification", tagValue: "PII", dataCategories: ["name", "contact_details"], jurisdictions: [] },
  { tagKey: "DataClassification", tagValue: "PHI", dataCategories: ["health"], jurisdictions: [] },
  { tagKey: "DataClassification", tagValue: "Financial", dataCategories: ["financial_account"], jurisdictions: [] },
  { tagKey: "Residency", tagValue: "EU", dataCategories: [], jurisdictions: ["EU"] },
  { tagKey: "Residency", tagValue: "US-CA", dataCategories: [], jurisdictions: ["US-CA"] },
  { tagKey: "Residency", tagValue: "US-NY", dataCategories: [], jurisdictions: ["US-NY"] },
  { tagKey: "Residency", tagValue: "US-TX", dataCategories: [], jurisdictions: ["US-TX"] },
];

/** The demo's tag mapping, added once (a rerun on the same demo database keeps what is there). */
export async function ensureDemoTagRules(): Promise<void> {
  const { prisma } = await import("../../lib/db");
  if ((await prisma.inventoryTagRule.count()) > 0) return;
  await prisma.inventoryTagRule.createMany({ data: DEMO_TAG_RULES });
}
