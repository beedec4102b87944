/**
 * Every insert-only table is guarded by the one trigger function `refuse_change_insert_only` (migration
 * one_insert_only_trigger): the same SQLSTATE and a message naming the table, whichever table is touched. The tables
 * that allow one narrow change keep their own documented trigger; any other UPDATE/DELETE trigger is a copy that
 * should not exist.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { registerEvidenceFromBuffer } from "@/lib/evidence/register";
import { createNotice } from "@/lib/notices/draft";
import { recordRuleReview } from "@/lib/rules/service";
import { RULES_BY_ID } from "@/lib/clocks/catalog";
import { insertDeclaration, insertFinding, insertObligation } from "@/tests/support/incident-records";
import { actorOf, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";
import { testDatabaseUrl } from "./database-url";

const GENERIC_FUNCTION = "refuse_change_insert_only";
const RESTRICT_VIOLATION = "23001";

const INSERT_ONLY_TABLES = [
  "admin_audit_log",
  "containment_execution_records",
  "containment_execution_steps",
  "data_store_changes",
  "evidence_custody",
  "finding_versions",
  "incident_declarations",
  "notice_bounce_reports",
  "notice_ledger_selections",
  "notice_versions",
  "obligation_changes",
  "rule_reviews",
  "timeline_events",
] as const;

/** Tables allowed one narrow change, each with its own trigger function (documented in the migration). */
const DOCUMENTED_EXCEPTIONS: Record<string, string> = {
  containment_approvals: "containment_approvals_refuse_change",
  evidence: "evidence_guard_change",
  notice_approvals: "notice_approvals_refuse_change",
  notice_recipients: "notice_recipients_sent_is_final",
};

async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The PostgreSQL error a statement fails with (the test fails if it succeeds). */
async function refusal(client: pg.Client, statement: string): Promise<{ code: string; message: string; hint?: string }> {
  const error = await client.query(statement).then(
    () => null,
    (e: unknown) => e as pg.DatabaseError,
  );
  expect(error, statement).not.toBeNull();
  return { code: error!.code!, message: error!.message, hint: error!.hint };
}

let evidenceDir: string;

beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(tmpdir(), "breachdesk-insert-only-"));
  process.env.BREACHDESK_EVIDENCE_DIR = evidenceDir;
  await resetDatabase();

  // One real row in every insert-only table, written the way the console writes it where that is cheap.
  const admin = await createUser(["admin"], "Ada Admin"); // admin_audit_log
  const commander = await createUser(["commander"], "Casey Commander");
  const comms = await createUser(["comms"], "Cam Comms");
  const legal = await createUser(["legal"], "Lee Legal");
  const incidentId = await declareIncidentVia(await createToken(["commander"]), commander.id); // timeline_events
  await insertDeclaration(incidentId, { moment: "aware", at: new Date(), by: commander, reason: "Bucket found public" });
  const obligation = await insertObligation(incidentId, { ruleId: "EU-GDPR-33-SA", recipient: "Supervisory authority", region: "EU", citation: "GDPR art. 33", dueAt: null });
  await prisma.obligationChange.create({ data: { obligationId: obligation.id, change: "created", after: { status: "on_track" } } });
  const trail = await registerEvidenceFromBuffer({ incidentId, name: "trail.log", bytes: new TextEncoder().encode("GET /\n"), actor: actorOf(admin), reason: "Collected" });
  const notice = await createNotice(actorOf(comms), incidentId, { templateId: "generic-regulator" }); // notice_versions
  await prisma.noticeLedgerSelection.create({ data: { noticeId: notice.id, jurisdiction: "US-CA", people: 0, peopleWithEmail: 0 } });
  const finding = await insertFinding(incidentId, { title: "S3 bucket is public", firstObservedAt: new Date() });
  await prisma.findingVersion.create({
    data: { findingId: finding.id, payloadHash: "b".repeat(64), raw: "{}", sourceUpdatedAt: new Date(), via: "import" },
  });
  const request = await prisma.containmentRequest.create({
    data: {
      incidentId, actionId: "ec2-instance-contain", actionVersion: 1, runbook: "AWSSupport-ContainEC2Instance", target: "i-0c10c2c7863d1a356",
      accountId: "111111111111", region: "us-east-1", roleArn: "arn:aws:iam::111111111111:role/Responder", parameters: {}, requestHash: "c".repeat(64),
      exercise: false, requestedByLabel: "Casey Commander",
    },
  });
  const execution = await prisma.containmentExecution.create({
    data: { requestId: request.id, requestHash: request.requestHash, automationExecutionId: "exec-1", document: request.runbook, status: "InProgress", startedAt: new Date() },
  });
  await prisma.containmentExecutionStep.create({ data: { executionId: execution.id, stepExecutionId: "step-1", stepName: "contain", action: "aws:executeScript", status: "Success", outputs: {} } });
  await prisma.containmentExecutionRecord.create({ data: { requestId: request.id, executionId: execution.id, evidenceId: trail.evidence.id, sha256: trail.evidence.sha256!, outcome: "succeeded" } });
  const run = await prisma.inventoryRun.create({ data: { trigger: "manual", status: "succeeded" } });
  await prisma.dataStoreChange.create({ data: { runId: run.id, dataStoreId: "00000000-0000-4000-8000-000000000001", arn: "arn:aws:s3:::orders", change: "appeared", after: {} } });
  await prisma.noticeBounceReport.create({ data: { source: "ses-sns", reportId: "sns-1", origin: "arn:aws:sns:us-east-1:123456789012:b", bounceType: "Permanent / General", matched: 0, body: new Uint8Array(Buffer.from("{}")) } });
  const rule = "US-CA-1798.82-AG";
  await recordRuleReview(actorOf(legal), rule, { ruleVersion: RULES_BY_ID.get(rule)!.version, reviewedOn: "2026-12-01" });
});

afterAll(() => {
  delete process.env.BREACHDESK_EVIDENCE_DIR;
  rmSync(evidenceDir, { recursive: true, force: true });
});

describe("insert-only tables share one trigger function", () => {
  it("points every insert-only table's BEFORE UPDATE OR DELETE row trigger at refuse_change_insert_only", async () => {
    const rows = await withClient(async (client) =>
      (
        await client.query<{ table: string; fn: string; tgtype: number }>(
          `SELECT c.relname AS table, p.proname AS fn, t.tgtype
             FROM pg_trigger t
             JOIN pg_class c ON c.oid = t.tgrelid
             JOIN pg_namespace n ON n.oid = c.relnamespace
             JOIN pg_proc p ON p.oid = t.tgfoid
            WHERE NOT t.tgisinternal AND n.nspname = 'public' AND p.proname = $1
            ORDER BY c.relname`,
          [GENERIC_FUNCTION],
        )
      ).rows,
    );
    expect(rows.map((row) => row.table)).toEqual([...INSERT_ONLY_TABLES]);
    // tgtype bits: ROW 1, BEFORE 2, DELETE 8, UPDATE 16.
    for (const row of rows) expect(row.tgtype & (1 | 2 | 8 | 16), row.table).toBe(1 | 2 | 8 | 16);
  });

  it("has no other trigger refusing updates or deletes than the generic one and the documented exceptions", async () => {
    const rows = await withClient(async (client) =>
      (
        await client.query<{ table: string; fn: string }>(
          `SELECT c.relname AS table, p.proname AS fn
             FROM pg_trigger t
             JOIN pg_class c ON c.oid = t.tgrelid
             JOIN pg_namespace n ON n.oid = c.relnamespace
             JOIN pg_proc p ON p.oid = t.tgfoid
            WHERE NOT t.tgisinternal AND n.nspname = 'public' AND (t.tgtype & (8 | 16)) <> 0 AND p.proname <> $1
            ORDER BY c.relname`,
          [GENERIC_FUNCTION],
        )
      ).rows,
    );
    expect(Object.fromEntries(rows.map((row) => [row.table, row.fn]))).toEqual(DOCUMENTED_EXCEPTIONS);
  });

  it("leaves no per-table copy of the refusal function behind", async () => {
    const names = await withClient(async (client) =>
      (
        await client.query<{ name: string }>(
          `SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND p.prosrc ILIKE '%is insert-only%' ORDER BY p.proname`,
        )
      ).rows.map((row) => row.name),
    );
    expect(names).toEqual(["containment_approvals_refuse_change", "notice_approvals_refuse_change", GENERIC_FUNCTION]);
  });

  it.each(INSERT_ONLY_TABLES)("refuses UPDATE and DELETE on %s with SQLSTATE 23001 and a message naming the table", async (table) => {
    await withClient(async (client) => {
      const before = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0]!.n;
      expect(before, `${table} has a row to refuse changing`).toBeGreaterThan(0);

      const column = (
        await client.query<{ name: string }>(
          "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position LIMIT 1",
          [table],
        )
      ).rows[0]!.name;
      const update = await refusal(client, `UPDATE "${table}" SET "${column}" = "${column}"`);
      expect(update.code).toBe(RESTRICT_VIOLATION);
      expect(update.message).toBe(`${table} is insert-only: UPDATE refused`);
      expect(update.hint).toBeTruthy();

      const remove = await refusal(client, `DELETE FROM "${table}"`);
      expect(remove.code).toBe(RESTRICT_VIOLATION);
      expect(remove.message).toBe(`${table} is insert-only: DELETE refused`);

      expect((await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0]!.n).toBe(before);
    });
  });
});
