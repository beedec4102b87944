import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { collectFromCloudTrail } from "@/lib/access-reconstruction/collect";
import { buildLakeQuery } from "@/lib/access-reconstruction/lake-query";
import { buildResult } from "@/lib/access-reconstruction/result";
import type { TScopingParameters } from "@/lib/access-reconstruction/types";
import { startCloudTrailSimulator, type TCloudTrailSimulator } from "@/tests/aws/cloudtrail-simulator";
import { ACCOUNT, ATTACKER, BUCKET, EDS, EXPECTED, REGION, TABLE, WINDOW, scriptExfiltration } from "@/tests/aws/cloudtrail-exfiltration";

/** The SDK calls and the pure result together, against the wire-protocol simulator (no database). */
describe("reconstructing the scripted exfiltration through the real CloudTrail SDK", () => {
  let sim: TCloudTrailSimulator;
  let client: CloudTrailClient;
  beforeAll(async () => {
    sim = await startCloudTrailSimulator();
    client = new CloudTrailClient({ region: REGION, endpoint: sim.url, credentials: { accessKeyId: "AKIATESTTESTTEST", secretAccessKey: "x" }, maxAttempts: 1 });
  });
  afterAll(() => sim.close());

  const parameters = (overrides: Partial<TScopingParameters> = {}): TScopingParameters => ({
    accessKeyIds: [ATTACKER.accessKeyId], principals: [], sourceIps: [], ...WINDOW, region: REGION, accountId: ACCOUNT, eventDataStore: EDS, ...overrides,
  });

  async function run(p: TScopingParameters) {
    const answers = await collectFromCloudTrail(client, p, p.eventDataStore ? buildLakeQuery(p) : null, { pollMs: 5 });
    return buildResult(p, answers, { findings: [], findingStores: [], now: "2026-11-21T00:00:00.000Z" });
  }

  it("returns exactly the key's objects and items in the window, not the noise, with first, last, principal and address", async () => {
    scriptExfiltration(sim, { dataEvents: true });
    sim.pageSize = 2;
    const result = await run(parameters());
    sim.pageSize = 3;
    expect(result.stores.map((s) => s.storeArn).sort()).toEqual([BUCKET.arn, TABLE.arn].sort());
    const bucket = result.stores.find((s) => s.storeArn === BUCKET.arn)!;
    expect(bucket.objects).toEqual(EXPECTED.objects);
    expect(bucket.objectCount).toBe(4);
    expect(bucket.actions).toEqual(EXPECTED.bucketActions);
    expect(bucket.accessKeyIds).toEqual([ATTACKER.accessKeyId]);
    expect(bucket.principals).toEqual([ATTACKER.arn]);
    expect(bucket.sourceIps).toEqual([ATTACKER.ip]);
    const table = result.stores.find((s) => s.storeArn === TABLE.arn)!;
    expect(table.objects).toEqual(EXPECTED.items);
    expect(table.actions).toEqual(EXPECTED.tableActions);
    expect([bucket.first, table.last]).toEqual([EXPECTED.first, EXPECTED.last]);
    expect(result.gaps).toEqual([]);
    // LookupEvents took one attribute per call and was paginated; the Lake was polled past RUNNING.
    expect(sim.calls.filter((c) => c.operation === "LookupEvents").length).toBeGreaterThan(1);
    expect(sim.calls.map((c) => c.target)).toContain("CloudTrail_20131101.GetQueryResults");
  });

  it("finds the same by source IP alone (the whole window looked up, then filtered to the address)", async () => {
    scriptExfiltration(sim, { dataEvents: true });
    const result = await run(parameters({ accessKeyIds: [], sourceIps: [ATTACKER.ip] }));
    expect(result.stores.find((s) => s.storeArn === BUCKET.arn)!.objects).toEqual(EXPECTED.objects);
    expect(result.stores.flatMap((s) => s.accessKeyIds)).toEqual([ATTACKER.accessKeyId, ATTACKER.accessKeyId]);
  });

  it("with data events off, says so per store in plain words, and still shows the management events", async () => {
    scriptExfiltration(sim, { dataEvents: false });
    const result = await run(parameters());
    const bucket = result.stores.find((s) => s.storeArn === BUCKET.arn)!;
    expect(bucket.actions).toEqual({ read: 0, list: 0, copy: 0, "policy-change": 1 });
    expect(result.gaps).toContain(
      "S3 data events for bucket customer-exports were not logged between 2026-11-20 02:00 UTC and 2026-11-20 06:00 UTC: object-level access cannot be reconstructed.",
    );
    expect(result.gaps).toContain(
      "DynamoDB data events for table customers were not logged between 2026-11-20 02:00 UTC and 2026-11-20 06:00 UTC: item-level access cannot be reconstructed.",
    );
  });
});
