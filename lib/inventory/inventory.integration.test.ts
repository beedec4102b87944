/**
 * Inventory discovery end to end: the real AWS SDK clients (S3, RDS, DynamoDB, Redshift, STS) against
 * tests/aws/inventory-simulator.ts, through the routes, on the real database.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as refreshPost } from "@/app/api/data-stores/refresh/route";
import { GET as tagRulesGet, POST as tagRulesPost } from "@/app/api/data-stores/tag-rules/route";
import { DELETE as tagRuleDelete } from "@/app/api/data-stores/tag-rules/[id]/route";
import { PUT as storePut } from "@/app/api/data-stores/[id]/route";
import { prisma } from "@/lib/db";
import { runInventory } from "@/lib/inventory/run";
import { seedDemoInventory, startInventorySimulator, type TInventorySimulator } from "@/tests/aws/inventory-simulator";
import { call, createToken } from "@/tests/integration/api-helpers";
import { resetDatabase } from "@/tests/integration/reset-db";

const ACCOUNT = "111111111111";
const OTHER = "222222222222";
const OTHER_ROLE = `arn:aws:iam::${OTHER}:role/BreachdeskReader`;
const ENV = ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_RDS", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_REDSHIFT", "AWS_ENDPOINT_URL_STS"] as const;

let sim: TInventorySimulator;
let admin: string;

beforeAll(async () => {
  sim = await startInventorySimulator({ defaultAccountId: ACCOUNT });
  for (const name of ENV) process.env[name] = sim.url;
  process.env.AWS_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE";
  process.env.AWS_SECRET_ACCESS_KEY = "fake-secret";
});
afterAll(async () => {
  for (const name of ENV) delete process.env[name];
  await sim.close();
});

let fresh = 0;
beforeEach(async () => {
  await resetDatabase();
  // A fresh estate per test: new account ids keep the simulator's state apart.
  fresh += 1;
  sim.defaultAccountId = `1111111111${String(fresh).padStart(2, "0")}`;
  sim.refuseAccounts.clear();
  seedDemoInventory(sim, sim.defaultAccountId, "us-east-1");
  await prisma.findingSource.createMany({
    data: [
      { kind: "securityhub", region: "us-east-1", roleArn: "" },
      { kind: "guardduty", region: "us-east-1", roleArn: "" },
    ],
  });
  admin = await createToken(["admin"]);
  for (const rule of [
    { tagKey: "DataClassification", tagValue: "PII", dataCategories: ["name", "contact_details"], jurisdictions: [] },
    { tagKey: "DataClassification", tagValue: "PHI", dataCategories: ["health"], jurisdictions: [] },
    { tagKey: "Residency", tagValue: "EU", dataCategories: [], jurisdictions: ["EU"] },
    { tagKey: "Residency", tagValue: "US-CA", dataCategories: [], jurisdictions: ["US-CA"] },
  ]) {
    expect((await call(tagRulesPost, "POST", "/api/data-stores/tag-rules", { token: admin, json: rule })).status).toBe(201);
  }
});

const byName = async (name: string) => prisma.dataStore.findFirstOrThrow({ where: { name } });

describe("discovery against the simulated AWS", () => {
  it("creates each store with its region, encryption and key, public access, tags and the mapped categories", async () => {
    const response = await call(refreshPost, "POST", "/api/data-stores/refresh", { token: admin });
    expect(response.status).toBe(200);
    expect(response.body?.run).toMatchObject({ status: "succeeded", trigger: "manual" });
    const account = sim.defaultAccountId;
    const stores = await prisma.dataStore.findMany({ orderBy: { arn: "asc" } });
    expect(stores.map((s) => [s.kind, s.name])).toEqual([
      ["dynamodb", "customer-profiles"], ["dynamodb", "patient-intake"],
      ["rds-cluster", "orders-aurora"], ["rds-instance", "legacy-crm-db"], ["rds-instance", "orders-aurora-1"],
      ["redshift", "analytics-warehouse"],
      ["s3", "acme-build-artifacts"], ["s3", "acme-customer-exports"], ["s3", "acme-invoices-eu"],
    ]);
    expect(stores.every((s) => s.source === "discovered")).toBe(true);

    const exports = await byName("acme-customer-exports");
    expect(exports).toMatchObject({ arn: "arn:aws:s3:::acme-customer-exports", region: "us-east-1", encrypted: true, kmsKeyId: null, publicAccess: "public" });
    expect(exports.dataCategories).toEqual(["contact_details", "name"]);
    expect(exports.residency).toEqual([{ jurisdiction: "US-CA", count: null }]);
    expect(exports.tags).toEqual({ DataClassification: "PII", Owner: "data-eng", Residency: "US-CA" });
    expect(exports.accountId).toBe(account); // from the same credentials' RDS and DynamoDB ARNs

    const invoices = await byName("acme-invoices-eu");
    expect(invoices).toMatchObject({ region: "eu-west-1", encrypted: true, publicAccess: "private", kmsKeyId: `arn:aws:kms:eu-west-1:${account}:key/5f0c1a7e-invoices` });
    expect(invoices.residency).toEqual([{ jurisdiction: "EU", count: null }]);

    const crm = await byName("legacy-crm-db");
    expect(crm).toMatchObject({ arn: `arn:aws:rds:us-east-1:${account}:db:legacy-crm-db`, accountId: account, encrypted: false, publicAccess: "public" });
    const aurora = await byName("orders-aurora");
    expect(aurora).toMatchObject({ encrypted: true, publicAccess: "private", kmsKeyId: `arn:aws:kms:us-east-1:${account}:key/a1b2c3d4-orders` });
    expect(aurora.dataCategories).toEqual(["contact_details", "name"]); // "PII;Financial": PII mapped, Financial not
    expect(await byName("customer-profiles")).toMatchObject({ encrypted: true, kmsKeyId: null, dataCategories: ["contact_details", "name"] });
    expect(await byName("patient-intake")).toMatchObject({ kmsKeyId: `arn:aws:kms:us-east-1:${account}:key/9e8d7c6b-health`, dataCategories: ["health"] });
    expect(await byName("analytics-warehouse")).toMatchObject({ arn: `arn:aws:redshift:us-east-1:${account}:cluster:analytics-warehouse`, encrypted: false, publicAccess: "private" });

    // Every store appeared once in the history of that run.
    const history = await prisma.dataStoreChange.findMany({ where: { runId: (response.body!.run as { id: string }).id } });
    expect(history).toHaveLength(9);
    expect(new Set(history.map((h) => h.change))).toEqual(new Set(["appeared"]));
  });

  it("records exactly one history row when one thing changed between two runs, and marks a vanished store gone", async () => {
    await runInventory({ trigger: "schedule" });
    sim.account(sim.defaultAccountId).region("us-east-1").rdsInstances.find((i) => i.id === "legacy-crm-db")!.encrypted = true;
    const second = await runInventory({ trigger: "schedule" });
    const rows = await prisma.dataStoreChange.findMany({ where: { runId: second.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ change: "changed", arn: `arn:aws:rds:us-east-1:${sim.defaultAccountId}:db:legacy-crm-db`, before: { encrypted: false }, after: { encrypted: true } });
    expect((await byName("legacy-crm-db")).encrypted).toBe(true);

    sim.account(sim.defaultAccountId).region("us-east-1").dynamoTables.splice(0, 1);
    const third = await runInventory({ trigger: "schedule" });
    const gone = await prisma.dataStoreChange.findMany({ where: { runId: third.id } });
    expect(gone.map((g) => [g.change, g.arn.split("/").pop()])).toEqual([["gone", "customer-profiles"]]);
    expect((await byName("customer-profiles")).goneSince).not.toBeNull();
  });

  it("keeps the values a person set on a discovered store, and a store typed in by hand, across refreshes", async () => {
    const manual = await prisma.dataStore.create({
      data: { arn: "arn:aws:s3:::acme-build-artifacts", name: "Build artifacts (typed)", kind: "s3", dataCategories: ["employment"], residency: [{ jurisdiction: "GB", count: 12 }], encrypted: false },
    });
    await runInventory({ trigger: "schedule" });
    const crm = await byName("legacy-crm-db");
    const edited = await call(storePut, "PUT", `/api/data-stores/${crm.id}`, {
      token: admin, params: { id: crm.id },
      json: { arn: crm.arn, name: "CRM (legacy)", kind: crm.kind, dataCategories: ["name", "financial_account"], residency: [{ jurisdiction: "US-NY", count: 4200 }], encrypted: false },
    });
    expect(edited.status).toBe(200);
    sim.account(sim.defaultAccountId).region("us-east-1").rdsInstances.find((i) => i.id === "legacy-crm-db")!.tags = { DataClassification: "PHI" };
    await runInventory({ trigger: "schedule" });

    const after = await prisma.dataStore.findUniqueOrThrow({ where: { id: crm.id } });
    expect(after).toMatchObject({ name: "CRM (legacy)", dataCategories: ["name", "financial_account"], residency: [{ jurisdiction: "US-NY", count: 4200 }], tags: { DataClassification: "PHI" } });
    expect(after.manualOverrides).toEqual(["name", "dataCategories", "residency"]);
    expect((after.discovered as { dataCategories: string[] }).dataCategories).toEqual(["health"]);

    const typed = await prisma.dataStore.findUniqueOrThrow({ where: { id: manual.id } });
    expect(typed).toMatchObject({ name: "Build artifacts (typed)", dataCategories: ["employment"], residency: [{ jurisdiction: "GB", count: 12 }], encrypted: false, region: "us-east-1", publicAccess: "private" });

    const refused = await call(storePut, "PUT", `/api/data-stores/${crm.id}`, {
      token: admin, params: { id: crm.id },
      json: { arn: "arn:aws:rds:us-east-1:999999999999:db:other", name: "x", kind: crm.kind, dataCategories: [], residency: [], encrypted: false },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("arn");
  });

  it("records the error of an account whose calls fail, and still refreshes the others", async () => {
    await prisma.findingSource.create({ data: { kind: "securityhub", region: "eu-west-1", roleArn: OTHER_ROLE } });
    seedDemoInventory(sim, OTHER, "eu-west-1");
    sim.account(OTHER).region("eu-west-1").rdsInstances.push({ id: "other-db", engine: "postgres", encrypted: true, publiclyAccessible: false, tags: {} });
    sim.refuseAccounts.add(OTHER);
    const run = await runInventory({ trigger: "schedule" });
    expect(run.status).toBe("partial");
    const results = run.results as { roleArn: string; ok: boolean; error?: string; service: string }[];
    const failed = results.filter((r) => !r.ok);
    expect(failed.map((r) => r.service).sort()).toEqual(["dynamodb", "rds", "redshift", "s3"]);
    expect(failed.every((r) => r.roleArn === OTHER_ROLE && /AccessDenied/.test(r.error ?? ""))).toBe(true);
    expect(await prisma.dataStore.count({ where: { accountId: OTHER } })).toBe(0);
    expect(await prisma.dataStore.count({ where: { accountId: sim.defaultAccountId } })).toBeGreaterThan(0);

    // The account comes back: its stores are found through its assumed role, in its own account.
    sim.refuseAccounts.clear();
    const next = await runInventory({ trigger: "schedule" });
    expect(next.status).toBe("succeeded");
    expect(await byName("other-db")).toMatchObject({ accountId: OTHER, region: "eu-west-1", arn: `arn:aws:rds:eu-west-1:${OTHER}:db:other-db` });
  });

  it("runs one refresh at a time: a second one while the first runs is refused with 409", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = runInventory({ trigger: "schedule", discover: async () => { await held; return []; } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await call(refreshPost, "POST", "/api/data-stores/refresh", { token: admin });
    expect(second.status).toBe(409);
    release();
    expect((await first).status).toBe("succeeded");
  });
});

describe("who may refresh and map tags", () => {
  it("refuses every role but an administrator (datastore.manage), and lets everyone read the mapping", async () => {
    for (const role of ["commander", "engineer", "legal", "comms", "exec"] as const) {
      const token = await createToken([role]);
      expect((await call(refreshPost, "POST", "/api/data-stores/refresh", { token })).status, role).toBe(403);
      expect((await call(tagRulesPost, "POST", "/api/data-stores/tag-rules", { token, json: { tagKey: "A", tagValue: "B", dataCategories: ["name"], jurisdictions: [] } })).status, role).toBe(403);
      const rules = await call(tagRulesGet, "GET", "/api/data-stores/tag-rules", { token });
      expect(rules.status, role).toBe(200);
      const id = (rules.body?.tagRules as { id: string }[])[0]!.id;
      expect((await call(tagRuleDelete, "DELETE", `/api/data-stores/tag-rules/${id}`, { token, params: { id } })).status, role).toBe(403);
    }
    expect(await prisma.inventoryRun.count()).toBe(0);
    const rules = await call(tagRulesGet, "GET", "/api/data-stores/tag-rules", { token: admin });
    const id = (rules.body?.tagRules as { id: string }[])[0]!.id;
    expect((await call(tagRuleDelete, "DELETE", `/api/data-stores/tag-rules/${id}`, { token: admin, params: { id } })).status).toBe(200);
    expect(await prisma.adminAuditEntry.count({ where: { action: { in: ["inventory-tag-rule.created", "inventory-tag-rule.deleted"] } } })).toBe(5);
  });

  it("refuses a second mapping of the same tag whatever its case, and a mapping that names nothing", async () => {
    expect((await call(tagRulesPost, "POST", "/api/data-stores/tag-rules", { token: admin, json: { tagKey: "dataclassification", tagValue: "pii", dataCategories: ["health"], jurisdictions: [] } })).status).toBe(409);
    const empty = await call(tagRulesPost, "POST", "/api/data-stores/tag-rules", { token: admin, json: { tagKey: "X", tagValue: "Y", dataCategories: [], jurisdictions: [] } });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain("dataCategories");
  });
});

describe("the store's encryption flows into the incident's facts", () => {
  async function incidentWithFindingsOn(arns: string[]) {
    const { createUser, declareIncidentVia } = await import("@/tests/integration/api-helpers");
    const commander = await createUser(["commander"], "Casey");
    const token = await createToken(["commander"]);
    const id = await declareIncidentVia(token, commander.id);
    const findings = [];
    for (const [n, arn] of arns.entries()) {
      findings.push(
        await prisma.finding.create({
          data: {
            productArn: "arn:aws:securityhub:us-east-1::product/aws/securityhub", awsId: `f-${n}`, format: "asff", title: `Finding on ${arn}`,
            description: "", severityLabel: "HIGH", severityRank: 70, types: [], productName: "Security Hub", awsAccountId: sim.defaultAccountId,
            region: "us-east-1", resources: [], resourceIds: [arn], incidentId: id, sourceCreatedAt: new Date(), sourceUpdatedAt: new Date(),
            recordState: "ACTIVE", workflowStatus: "NEW", currentHash: "x",
          },
        }),
      );
    }
    return { id, token, findings };
  }

  async function accept(id: string, token: string, findingId: string, storeId: string) {
    const { POST } = await import("@/app/api/incidents/[id]/facts/suggestions/route");
    const version = (await prisma.incidentFacts.findUnique({ where: { incidentId: id } }))?.version ?? 0;
    const response = await call(POST, "POST", `/api/incidents/${id}/facts/suggestions`, { token, params: { id }, json: { findingId, storeId, expectedVersion: version } });
    expect(response.status).toBe(200);
    return ((await prisma.incidentFacts.findUniqueOrThrow({ where: { incidentId: id } })).facts as { incident: { encryption?: unknown } }).incident.encryption;
  }

  it("sets encrypted when every touched store is encrypted, and not encrypted when one is not", async () => {
    await runInventory({ trigger: "schedule" });
    const exports = await byName("acme-customer-exports"); // SSE-S3
    const profiles = await byName("customer-profiles"); // DynamoDB, always encrypted
    const crm = await byName("legacy-crm-db"); // not encrypted

    const encrypted = await incidentWithFindingsOn([exports.arn, profiles.arn]);
    expect(await accept(encrypted.id, encrypted.token, encrypted.findings[0]!.id, exports.id)).toEqual({ status: "encrypted", keyCompromised: "unknown" });

    await resetDatabaseKeepingNothing();
    await runInventory({ trigger: "schedule" });
    const mixed = await incidentWithFindingsOn([(await byName("acme-customer-exports")).arn, crm.arn]);
    // Accepting the encrypted store's suggestion still says "none": the incident also touches the unencrypted one.
    expect(await accept(mixed.id, mixed.token, mixed.findings[0]!.id, (await byName("acme-customer-exports")).id)).toEqual({ status: "none", keyCompromised: "unknown" });
    const events = await prisma.timelineEvent.findMany({ where: { incidentId: mixed.id, kind: "facts.changed" } });
    expect(JSON.stringify(events.map((e) => e.payload))).toContain("incident.encryption");
  });
});

async function resetDatabaseKeepingNothing() {
  await resetDatabase();
  await prisma.findingSource.create({ data: { kind: "securityhub", region: "us-east-1", roleArn: "" } });
}
