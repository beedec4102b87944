import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { prisma } from "@/lib/db";
import { registerEvidenceFromBuffer } from "@/lib/evidence/register";
import { ingestBatch } from "@/lib/findings/ingest";
import { ROUTE_SCHEMAS, type TRouteHandler } from "@/lib/http/with-route";
import { createDataStore } from "@/lib/data-stores/service";
import { createNotice } from "@/lib/notices/draft";
import { getNotice } from "@/lib/notices/read";
import { createTask } from "@/lib/tasks/service";
import { fakeFinding } from "@/tests/aws/fake-aws";
import { insertObligation } from "@/tests/support/obligations";
import { EXCEPTIONS, exportedHandlers, relativeRoute, routeFiles, APP_DIR } from "@/tests/support/routes";
import { sessionCookie } from "@/tests/support/session-cookie";
import { actorOf, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

/**
 * Bad text and out-of-range numbers in any field of any route answer 400 naming the field (or a refusal the route
 * makes for its own reasons: 404, 409, 413, 415, 422), never a 500. Every route the enumeration finds that takes a
 * body or a query must have a sample request below (valid by the route's own schemas); each string in it is then
 * replaced, one at a time, by a NUL, a lone surrogate and 100 KB, and each number by 2^31 and 2^54.
 */

const NUL = "a\u0000b";
const LONE_SURROGATE = "a\ud800b";
const LONG = "x".repeat(100_000);
const TEXT_VARIANTS = { NUL, "lone surrogate": LONE_SURROGATE } as const;
const NUMBER_VARIANTS = [2 ** 31, 2 ** 54] as const;
/** Refusals a route may make before (or instead of) reading the field: the thing is missing, stale or too big. */
const OWN_REFUSALS = [400, 404, 409, 413, 415, 422];

type TWorld = Awaited<ReturnType<typeof buildWorld>>;

type TSample = {
  /** "admin-session": the administrator signed in (for what API tokens may not do, such as creating tokens). */
  token: "admin" | "legal" | "admin-session" | "commander-session" | "none";
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Fields where 100 KB of text is a legitimate value (a CSV file, a receipt in base64): it may be accepted. */
  longTextAllowed?: string[];
  /** The route's body limit is under 100 KB, so 100 KB of text is refused whole (413) before any field is read. */
  bodyLimitUnder100KB?: boolean;
  /** Fields where 2^31 is a legitimate value (a count of people, kept in JSON): it may be accepted. */
  largeNumberAllowed?: string[];
  /** Query values made of digits that are text, not numbers (an AWS account id). */
  textQuery?: string[];
};

async function buildWorld() {
  await resetDatabase();
  const admin = await createUser(["admin"], "Ada Admin");
  const commander = await createUser(["commander"], "Casey Commander");
  const comms = await createUser(["comms"], "Cam Comms");
  const spare = await createUser(["exec"], "Sam Spare");
  const tokens = { admin: await createToken(["admin"]), legal: await createToken(["legal"]) };
  const incidentId = await declareIncidentVia(tokens.admin, commander.id, "Public bucket");
  const task = await createTask(actorOf(admin), incidentId, { title: "Rotate keys", role: "engineering" });
  const evidence = await registerEvidenceFromBuffer({ incidentId, name: "trail.log", bytes: new TextEncoder().encode("GET /\n"), actor: actorOf(admin), reason: "Collected" });
  const notice = await createNotice(actorOf(comms), incidentId, { templateId: "generic-regulator" });
  const latest = (await getNotice(actorOf(comms), incidentId, notice.id)).latest!;
  const obligation = await insertObligation(incidentId, "EU-GDPR-33-SA", new Date(Date.now() + 86_400_000));
  const store = await createDataStore(actorOf(admin), { arn: "arn:aws:s3:::customers", name: "Customers", kind: "s3", dataCategories: ["name"], residency: [{ jurisdiction: "US-CA", count: 10 }] });
  const base = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws/securityhub-asff-control-S3.4-sse.json"), "utf8")) as Record<string, unknown>;
  await ingestBatch([1, 2].map((n) => ({ value: fakeFinding(base, n, "2026-01-01T00:00:00.000Z"), raw: "{}" })), { via: "test", actor: { kind: "system", name: "test" } });
  const findings = (await prisma.finding.findMany({ select: { id: true }, orderBy: { awsId: "asc" } })).map((f) => f.id);
  const adminSession = await sessionCookie(admin.id, Date.now());
  const commanderSession = await sessionCookie(commander.id, Date.now());
  return {
    tokens, adminSession, commanderSession, admin, commander, spare, incidentId, taskId: task.id, evidenceId: evidence.evidence.id, noticeId: notice.id,
    versionId: latest.id, contentHash: latest.contentHash, obligationId: obligation.id, storeId: store.id, findings, base,
  };
}

const at = "2026-11-20T10:00:00Z";
/** A containment request that does not exist: the routes refuse bad text before they look it up. */
const UNKNOWN_REQUEST = "00000000-0000-4000-8000-000000000004";

/** A valid request for every route that takes a body or a query, keyed by "METHOD path under app/". */
const SAMPLES: Record<string, (w: TWorld) => TSample> = {
  "POST api/clocks/evaluate/route.ts": () => ({
    token: "admin",
    body: JSON.parse(readFileSync(path.join(process.cwd(), "lib/clocks/fixtures/example-a-uk-gdpr.json"), "utf8")) as unknown,
    largeNumberAllowed: ["affected.0.count"],
  }),
  "POST api/what-if/evaluate/route.ts": () => ({
    token: "legal",
    body: {
      facts: JSON.parse(readFileSync(path.join(process.cwd(), "lib/clocks/fixtures/example-a-uk-gdpr.json"), "utf8")) as unknown,
      timeZone: "Europe/Paris",
    },
    largeNumberAllowed: ["facts.affected.0.count"],
  }),
  "PUT api/data-stores/[id]/route.ts": (w) => ({
    token: "admin", params: { id: w.storeId },
    body: { arn: "arn:aws:s3:::customers", name: "Customers", kind: "s3", dataCategories: ["name"], residency: [{ jurisdiction: "US-CA", count: 10 }], encrypted: true },
    largeNumberAllowed: ["residency.0.count"],
  }),
  "DELETE api/data-stores/[id]/route.ts": () => ({ token: "admin", params: { id: "00000000-0000-4000-8000-000000000001" } }),
  "POST api/data-stores/route.ts": () => ({
    token: "admin",
    body: { arn: "arn:aws:s3:::orders", name: "Orders", kind: "s3", dataCategories: ["name"], residency: [{ jurisdiction: "GB", count: 1 }] },
    largeNumberAllowed: ["residency.0.count"],
  }),
  "POST api/data-stores/refresh/route.ts": () => ({ token: "admin" }),
  "POST api/data-stores/tag-rules/route.ts": () => ({
    token: "admin", body: { tagKey: "DataClassification", tagValue: "PII", dataCategories: ["name"], jurisdictions: ["EU"] },
  }),
  "DELETE api/data-stores/tag-rules/[id]/route.ts": () => ({ token: "admin", params: { id: "00000000-0000-4000-8000-000000000005" } }),
  "POST api/findings/dismiss/route.ts": (w) => ({ token: "admin", body: { findingIds: [w.findings[0]], reason: "Not in scope" } }),
  "POST api/findings/link/route.ts": (w) => ({ token: "admin", body: { incidentId: w.incidentId, findingIds: [w.findings[1]] } }),
  "POST api/findings/open-incident/route.ts": (w) => ({ token: "admin", body: { findingIds: [w.findings[1]], title: "From findings", severity: "high", commanderId: w.commander.id } }),
  "GET api/findings/route.ts": () => ({ token: "admin", query: { product: "Security Hub", type: "Software and Configuration Checks", account: "123456789012", region: "us-east-1", limit: "10" }, textQuery: ["account"] }),
  "GET api/incidents/route.ts": () => ({ token: "admin", query: { q: "bucket", limit: "10", status: "triage" } }),
  "POST api/incidents/route.ts": (w) => ({ token: "admin", body: { title: "Another", severity: "low", summary: "Seen in the logs", commanderId: w.commander.id } }),
  "POST api/incidents/[id]/containment/route.ts": (w) => ({
    token: "commander-session", params: { id: w.incidentId },
    body: { actionId: "s3-bucket-block-public-access", accountId: "123456789012", region: "us-east-1", parameters: { S3BucketName: "orders" } },
  }),
  "PATCH api/incidents/[id]/containment/[requestId]/route.ts": (w) => ({
    token: "commander-session", params: { id: w.incidentId, requestId: UNKNOWN_REQUEST }, body: { parameters: { S3BucketName: "orders" }, basedOnVersion: 1 },
  }),
  "POST api/incidents/[id]/containment/[requestId]/approvals/route.ts": (w) => ({
    token: "commander-session", params: { id: w.incidentId, requestId: UNKNOWN_REQUEST }, body: { requestHash: "a".repeat(64), password: "a long test password" },
  }),
  "POST api/incidents/[id]/containment/[requestId]/retry/route.ts": (w) => ({
    token: "commander-session", params: { id: w.incidentId, requestId: UNKNOWN_REQUEST }, body: { basedOnAttempt: 1 },
  }),
  "POST api/incidents/[id]/containment/[requestId]/release/route.ts": (w) => ({ token: "commander-session", params: { id: w.incidentId, requestId: UNKNOWN_REQUEST } }),
  "POST api/incidents/[id]/scoping/route.ts": (w) => ({
    token: "legal", params: { id: w.incidentId },
    body: {
      accessKeyIds: ["AKIAEXFIL0000000001"], principals: ["svc-backup"], sourceIps: ["203.0.113.66"], start: "2026-11-20T02:00:00Z", end: "2026-11-20T06:00:00Z",
      region: "us-east-1", accountId: "", eventDataStore: "eds-0a1b2c3d",
    },
  }),
  "POST api/incidents/[id]/scoping/[runId]/links/route.ts": (w) => ({
    token: "legal", params: { id: w.incidentId, runId: UNKNOWN_REQUEST }, body: { storeArns: ["arn:aws:s3:::customers"], expectedVersion: 0 },
  }),
  "POST api/incidents/[id]/affected-people/unresolved/route.ts": (w) => ({ token: "legal", params: { id: w.incidentId }, body: { reason: "Placing people", limit: 10 } }),
  "PUT api/incidents/[id]/affected-people/overrides/[jurisdiction]/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId, jurisdiction: "US-CA" }, body: { count: 600, reason: "Vendor's count" } }),
  "DELETE api/incidents/[id]/affected-people/overrides/[jurisdiction]/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId, jurisdiction: "US-CA" }, body: { reason: "Ledger complete" } }),
  "POST api/incidents/[id]/declarations/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { moment: "discovered", at, reason: "Alert triaged" } }),
  "GET api/incidents/[id]/events/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, query: { after: "1" } }),
  "POST api/incidents/[id]/evidence/[evidenceId]/custody/route.ts": (w) => ({
    token: "admin", params: { id: w.incidentId, evidenceId: w.evidenceId }, body: { action: "transfer", to: "Outside counsel", reason: "Review", expectedVersion: 1 },
  }),
  "POST api/incidents/[id]/evidence/[evidenceId]/download/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId, evidenceId: w.evidenceId }, body: { reason: "Review" } }),
  "PUT api/incidents/[id]/evidence/[evidenceId]/legal-hold/route.ts": (w) => ({
    token: "admin", params: { id: w.incidentId, evidenceId: w.evidenceId }, body: { hold: false, reason: "Not needed", expectedVersion: 1 },
  }),
  "DELETE api/incidents/[id]/evidence/[evidenceId]/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId, evidenceId: w.evidenceId }, body: { reason: "Wrong file", expectedVersion: 99 } }),
  "POST api/incidents/[id]/evidence/route.ts": (w) => ({
    token: "admin", params: { id: w.incidentId }, body: { name: "Bucket policy", uri: "https://example.com/policy.json", description: "As found", reason: "Collected" },
  }),
  "POST api/incidents/[id]/export.zip/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { timeZone: "Europe/Paris" } }),
  "POST api/incidents/[id]/export/[file]/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId, file: "timeline.csv" } }),
  "PUT api/incidents/[id]/facts/route.ts": (w) => ({
    token: "admin", params: { id: w.incidentId },
    body: { expectedVersion: 0, reason: "Scoping", incident: { personalData: "yes", dataCategories: ["name"] }, affected: [{ jurisdiction: "US-CA", count: 10 }], riskReasoning: "Names only" },
    largeNumberAllowed: ["affected.0.count"],
  }),
  "POST api/incidents/[id]/facts/suggestions/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { findingId: w.findings[0], storeId: w.storeId, expectedVersion: 0 } }),
  "DELETE api/incidents/[id]/members/[userId]/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId, userId: w.spare.id } }),
  "PUT api/incidents/[id]/members/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { userId: w.spare.id, role: "participant" } }),
  "POST api/incidents/[id]/notes/route.ts": (w) => ({
    token: "admin", params: { id: w.incidentId }, body: { text: "Rotated the keys", occurredAt: at, backdateReason: "Recorded late", corrects: 1 },
  }),
  "POST api/incidents/[id]/notices/[noticeId]/decisions/route.ts": (w) => ({
    token: "legal", params: { id: w.incidentId, noticeId: w.noticeId }, body: { versionId: w.versionId, contentHash: w.contentHash, decision: "reject", comment: "Too vague", password: "a long test password" },
  }),
  "POST api/incidents/[id]/notices/[noticeId]/ledger-export/route.ts": (w) => ({ token: "legal", params: { id: w.incidentId, noticeId: w.noticeId }, body: { reason: "Requested by a regulator" } }),
  "POST api/incidents/[id]/notices/from-ledger/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { jurisdiction: "US-CA", title: "California residents" } }),
  "POST api/incidents/[id]/notices/[noticeId]/receipt/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId, noticeId: w.noticeId }, body: { reason: "Review" } }),
  "POST api/incidents/[id]/notices/[noticeId]/recipients/route.ts": (w) => ({
    token: "admin", params: { id: w.incidentId, noticeId: w.noticeId }, body: { csv: "address,name\nag@example.gov,AG\n", basedOnVersion: 99 }, longTextAllowed: ["csv"],
  }),
  "POST api/incidents/[id]/notices/[noticeId]/send/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId, noticeId: w.noticeId }, body: { channel: "email", versionId: w.versionId } }),
  "POST api/incidents/[id]/notices/[noticeId]/submission/route.ts": (w) => ({
    token: "admin", params: { id: w.incidentId, noticeId: w.noticeId },
    body: { portal: "oag.ca.gov", reference: "CA-1", submittedAt: at, receipt: { name: "receipt.txt", type: "text/plain", base64: "cmVjZWlwdA==" } },
    longTextAllowed: ["receipt.base64"],
  }),
  "POST api/incidents/[id]/notices/[noticeId]/versions/route.ts": (w) => ({
    token: "admin", params: { id: w.incidentId, noticeId: w.noticeId },
    body: { content: { subject: "Notice", sections: [{ key: "body", heading: "What happened", body: "A bucket was public." }] }, recipients: [{ address: "ag@example.gov", name: "AG", fields: { region: "CA" } }], basedOnVersion: 99 },
  }),
  "POST api/incidents/[id]/notices/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { templateId: "generic-regulator", title: "To the regulator" } }),
  "PUT api/incidents/[id]/obligations/[obligationId]/owner/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId, obligationId: w.obligationId }, body: { ownerId: w.commander.id } }),
  "POST api/incidents/[id]/playbooks/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { playbookId: "s3-public-bucket" } }),
  "POST api/incidents/[id]/report.pdf/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { timeZone: "Europe/Paris" } }),
  "PUT api/incidents/[id]/restriction/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { restricted: false, reason: "Open" } }),
  "POST api/incidents/[id]/status/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { to: "investigating", expectedVersion: 99, reason: "Scoping" } }),
  "POST api/incidents/[id]/severity/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { to: "critical", expectedVersion: 99, reason: "Customer data confirmed" } }),
  "PATCH api/incidents/[id]/tasks/[taskId]/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId, taskId: w.taskId }, body: { expectedVersion: 99, title: "Rotate all keys", dueAt: null } }),
  "POST api/incidents/[id]/tasks/[taskId]/ticket/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId, taskId: w.taskId }, body: { connectionId: "00000000-0000-4000-8000-000000000000" } }),
  "GET api/incidents/[id]/tasks/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, query: { filter: "open" } }),
  "POST api/incidents/[id]/tasks/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, body: { title: "Call the DPO", role: "legal", ownerId: null, dueAt: null } }),
  "GET api/incidents/[id]/timeline/route.ts": (w) => ({ token: "admin", params: { id: w.incidentId }, query: { cursor: "5", limit: "10", sort: "recorded" } }),
  "GET api/admin/audit/route.ts": () => ({ token: "admin", query: { before: "5", limit: "10" } }),
  "GET api/admin/audit/export/route.ts": () => ({ token: "admin", query: { format: "json" } }),
  "PUT api/notices/approval-policy/route.ts": () => ({
    token: "admin", body: { regulator: ["legal"], individuals: ["legal", "comms"], public_media: ["legal", "comms"], sec_filing: ["legal", "exec"], other: ["legal"] },
  }),
  "PUT api/organisation-profile/evidence-retention/route.ts": () => ({ token: "admin", body: { mode: "GOVERNANCE", days: 365, reason: "Litigation readiness" } }),
  "PUT api/containment/approval-policy/route.ts": () => ({
    token: "admin",
    body: {
      policy: {
        ordinary: { approvals: 1, commander: false, roles: ["commander", "engineer"] },
        production_access: { approvals: 1, commander: true, roles: ["commander", "engineer"] },
        destructive: { approvals: 2, commander: false, roles: ["commander", "engineer"] },
      },
      reason: "Containment policy",
    },
  }),
  "POST api/notifications/read/route.ts": () => ({ token: "admin", body: { ids: ["00000000-0000-4000-8000-000000000002"] } }),
  "PUT api/organisation-profile/route.ts": () => ({
    token: "admin", body: { profile: { name: "Acme", timeZone: "Europe/London", establishments: ["GB"], dataRole: "controller", flags: {} }, reminderPoints: ["50%", "1h"], reason: "Profile" },
  }),
  "POST api/setup/route.ts": () => ({ token: "none", body: { email: "first@example.com", name: "First", password: "a long test password" } }),
  "POST api/sources/route.ts": () => ({ token: "admin", body: { kind: "guardduty", region: "eu-west-2", roleArn: "arn:aws:iam::123456789012:role/Reader" } }),
  "DELETE api/tokens/[id]/route.ts": () => ({ token: "admin", params: { id: "00000000-0000-4000-8000-000000000003" } }),
  "POST api/rules/[ruleId]/reviews/route.ts": () => ({
    token: "legal",
    params: { ruleId: "EU-GDPR-33-SA" },
    body: { ruleVersion: "2026-11-22.1", reviewerName: "Outside Counsel", reviewedOn: "2026-11-20", note: "Checked" },
    bodyLimitUnder100KB: true,
  }),
  "POST api/tokens/route.ts": () => ({ token: "admin-session", body: { name: "SOAR", roles: ["engineer"] } }),
  "PATCH api/users/[id]/route.ts": (w) => ({ token: "admin", params: { id: w.spare.id }, body: { name: "Sam Spare", roles: ["exec"], active: true } }),
  "POST api/users/route.ts": () => ({ token: "admin", body: { email: "nia@example.com", name: "Nia New", password: "a long test password", roles: ["comms"] } }),
  // ─── Integrations: outbound webhooks (an unknown subscription: bad text is refused before the lookup) ───
  "POST api/webhooks/route.ts": () => ({ token: "admin", body: { name: "SIEM", url: "https://siem.example.com/hooks", eventTypes: ["incident.declared"] } }),
  "PATCH api/webhooks/[id]/route.ts": () => ({ token: "admin", params: { id: UNKNOWN_WEBHOOK }, body: { name: "SIEM", url: "https://siem.example.com/hooks", eventTypes: ["incident.declared"], enabled: true } }),
  "POST api/webhooks/[id]/rotate-secret/route.ts": () => ({ token: "admin", params: { id: UNKNOWN_WEBHOOK }, body: { graceHours: 24 } }),
  "POST api/webhooks/[id]/test/route.ts": () => ({ token: "admin", params: { id: UNKNOWN_WEBHOOK } }),
  "POST api/integrations/connections/route.ts": () => ({ token: "admin", body: { kind: "slack", name: "Incident room", config: { channel: "C0123456789" }, secret: "xoxb-1111-2222-abcdef" } }),
  "PATCH api/integrations/connections/[id]/route.ts": () => ({ token: "admin", params: { id: UNKNOWN_WEBHOOK }, body: { name: "Incident room", config: { channel: "C0123456789" }, secret: "xoxb-1111-2222-abcdef" } }),
  "POST api/integrations/connections/[id]/test/route.ts": () => ({ token: "admin", params: { id: UNKNOWN_WEBHOOK } }),
  "POST api/webhooks/[id]/deliveries/[deliveryId]/redeliver/route.ts": () => ({ token: "admin", params: { id: UNKNOWN_WEBHOOK, deliveryId: "msg_abc" } }),
};
const UNKNOWN_WEBHOOK = "00000000-0000-4000-8000-000000000005";

/** Routes whose body is not a JSON document the wrapper parses: each gets its own bad inputs. */
const RAW_BODY_ROUTES = ["POST api/incidents/[id]/affected-people/imports/route.ts", "POST api/incidents/[id]/evidence/uploads/route.ts", "POST api/findings/import/route.ts", "POST api/intake/eventbridge/route.ts", "POST api/integrations/jira/webhook/route.ts", "POST api/integrations/servicenow/webhook/route.ts", "POST api/integrations/slack/commands/route.ts", "POST api/notices/bounces/sns/route.ts", "POST api/notices/bounces/dsn/route.ts"];

type TLeaf = { path: string[]; value: string | number };

function leaves(value: unknown, path: string[] = []): TLeaf[] {
  if (typeof value === "string" || typeof value === "number") return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, String(index)]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}

function replaced(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) return value.map((item, index) => (String(index) === head ? replaced(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaced(record[head], rest, replacement) };
}

type TRequest = { params: Record<string, string>; query: Record<string, string>; body: unknown };

async function send(handler: TRouteHandler, method: string, auth: Record<string, string>, request: TRequest, raw?: { contentType: string; body: BodyInit }) {
  const search = new URLSearchParams(request.query).toString();
  const headers: Record<string, string> = { host: "localhost", ...auth };
  let body: BodyInit | undefined;
  if (raw) {
    headers["content-type"] = raw.contentType;
    body = raw.body;
  } else if (request.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(request.body);
  }
  const response = await handler(new Request(`http://localhost/api/x${search ? `?${search}` : ""}`, { method, headers, body }), { params: Promise.resolve(request.params) });
  const text = response.headers.get("content-type")?.includes("json") ? await response.text() : (await response.body?.cancel(), "");
  type TProblem = { invalid_params?: { name: string; reason: string }[] };
  let parsed: TProblem = {};
  try {
    parsed = text ? (JSON.parse(text) as TProblem) : {};
  } catch {
    parsed = {};
  }
  return { status: response.status, names: (parsed.invalid_params ?? []).map((p) => p.name) };
}

type TRoute = { key: string; method: string; handler: TRouteHandler };

async function enumerateRoutes(): Promise<TRoute[]> {
  const routes: TRoute[] = [];
  for (const file of routeFiles(APP_DIR)) {
    const relative = relativeRoute(file);
    if (EXCEPTIONS[relative]) continue;
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, TRouteHandler>;
    for (const { method } of exportedHandlers(file)) {
      const handler = exports[method]!;
      const schemas = handler[ROUTE_SCHEMAS];
      const write = method !== "GET" && method !== "HEAD";
      if (write || schemas.query) routes.push({ key: `${method} ${relative}`, method, handler });
    }
  }
  return routes;
}

let world: TWorld;
let routes: TRoute[];

beforeAll(async () => {
  world = await buildWorld();
  routes = await enumerateRoutes();
}, 120_000);

const tokenOf = (sample: TSample): Record<string, string> => {
  if (sample.token === "none") return {};
  if (sample.token === "admin-session") return { cookie: world.adminSession };
  if (sample.token === "commander-session") return { cookie: world.commanderSession };
  return { authorization: `Bearer ${world.tokens[sample.token]}` };
};

describe("bad text and out-of-range numbers answer 400 naming the field, never 500, on every route", () => {
  it("has a valid sample request for every write route and every route that reads a query", () => {
    const keys = routes.map((r) => r.key).filter((key) => !RAW_BODY_ROUTES.includes(key)).sort();
    expect(Object.keys(SAMPLES).sort()).toEqual(keys);
    for (const route of routes) {
      const sample = SAMPLES[route.key]?.(world);
      if (!sample) continue;
      const schemas = route.handler[ROUTE_SCHEMAS] as Record<string, z.ZodType | undefined>;
      for (const [part, value] of [["params", sample.params ?? {}], ["query", sample.query ?? {}], ["body", sample.body]] as const) {
        const schema = schemas[part];
        if (!schema) continue;
        const result = schema.safeParse(value);
        expect({ route: route.key, part, issues: result.success ? [] : result.error.issues }).toEqual({ route: route.key, part, issues: [] });
      }
    }
  });

  it("refuses NUL, lone surrogates and 100 KB in every string, and 2^31+ in every number, of params, query and body", async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const make = SAMPLES[route.key];
      if (!make) continue;
      const sample = make(world);
      const base: TRequest = { params: sample.params ?? {}, query: sample.query ?? {}, body: sample.body };
      const expect400 = async (label: string, request: TRequest, field: string, mayAccept = false) => {
        const { status, names } = await send(route.handler, route.method, tokenOf(sample), request);
        const ok = status < 500 && (mayAccept ? true : status === 400 ? names.includes(field) : false);
        if (!ok) failures.push(`${route.key} ${label} in ${field}: ${status} ${JSON.stringify(names)}`);
      };
      const expectRefused = async (label: string, request: TRequest, field: string, mayAccept: boolean) => {
        // The route may refuse another field first (a version it does not have): any refusal of its own will do.
        const { status } = await send(route.handler, route.method, tokenOf(sample), request);
        const ok = status < 500 && (mayAccept || OWN_REFUSALS.includes(status));
        if (!ok) failures.push(`${route.key} ${label} in ${field}: ${status}`);
      };

      // A URL carries text as UTF-8, so an unpaired surrogate arrives as U+FFFD: only NUL and length can be sent.
      for (const key of Object.keys(base.params)) await expect400("NUL", { ...base, params: { ...base.params, [key]: NUL } }, key);
      for (const [key, value] of Object.entries(base.query)) {
        await expect400("NUL", { ...base, query: { ...base.query, [key]: NUL } }, key);
        await expect400("100 KB", { ...base, query: { ...base.query, [key]: LONG } }, key);
        if (/^\d+$/.test(value) && !sample.textQuery?.includes(key)) {
          for (const n of NUMBER_VARIANTS) await expectRefused(String(n), { ...base, query: { ...base.query, [key]: String(n) } }, key, false);
        }
      }
      for (const leaf of leaves(base.body)) {
        const field = leaf.path.join(".");
        const at = (value: unknown) => ({ ...base, body: replaced(base.body, leaf.path, value) });
        if (typeof leaf.value === "string") {
          for (const [label, text] of Object.entries(TEXT_VARIANTS)) await expect400(label, at(text), field);
          if (sample.bodyLimitUnder100KB) await expectRefused("100 KB", at(LONG), field, false);
          else await expect400("100 KB", at(LONG), field, sample.longTextAllowed?.includes(field));
        } else {
          for (const n of NUMBER_VARIANTS) await expectRefused(String(n), at(n), field, sample.largeNumberAllowed?.includes(field) ?? false);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it("refuses an evidence upload whose file name or fields carry control characters, NUL, lone surrogates or too much text", async () => {
    const route = routes.find((r) => r.key === "POST api/incidents/[id]/evidence/uploads/route.ts")!;
    const failures: string[] = [];
    let n = 0;
    /** The multipart body byte for byte, as a client that does not escape names would send it. */
    const upload = async (fileName: string, fields: Record<string, string>) => {
      const boundary = "----breachdesk-test-boundary";
      const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
      const body = `${parts.join("")}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\nlog line ${++n}\n\r\n--${boundary}--\r\n`;
      const request = new Request("http://localhost/api/x", {
        method: "POST",
        headers: { host: "localhost", authorization: `Bearer ${world.tokens.admin}`, "content-type": `multipart/form-data; boundary=${boundary}` },
        body: Buffer.from(body, "utf8"),
      });
      const response = await route.handler(request, { params: Promise.resolve({ id: world.incidentId }) });
      const answer = (await response.json()) as { invalid_params?: { name: string }[] };
      return { status: response.status, names: (answer.invalid_params ?? []).map((p) => p.name) };
    };
    const before = await prisma.evidence.count();
    for (const name of ["bell\u0007.txt", "tab\there.txt", "escape\u001b[31m.txt", "nul\u0000.txt", "del\u007f.txt", `${"n".repeat(300)}.txt`]) {
      const { status, names } = await upload(name, { reason: "Collected" });
      // The multipart parser itself refuses most control characters in a part's header as malformed ("body").
      if (status !== 400 || !(names.includes("file") || names.includes("body"))) failures.push(`file name ${JSON.stringify(name.slice(0, 20))}: ${status} ${JSON.stringify(names)}`);
    }
    for (const field of ["reason", "name", "description"]) {
      for (const [label, text] of [["NUL", NUL], ["bell", "a\u0007b"], ["100 KB", "y".repeat(100_000)]] as const) {
        if (field !== "name" && label === "bell") continue; // reasons and descriptions are free text: only what cannot be stored is refused
        const { status, names } = await upload("ok.txt", { reason: "Collected", [field]: text });
        if (status !== 400 || !names.includes(field)) failures.push(`${field} ${label}: ${status} ${JSON.stringify(names)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await prisma.evidence.count()).toBe(before);
    // The twin: an ordinary name is taken.
    expect((await upload("cloudtrail.log", { reason: "Collected", name: "CloudTrail extract" })).status).toBe(201);
  });

  it("refuses a body that is not valid UTF-8 on every route that reads one: 400 naming the body, never U+FFFD taken in", async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const sample = SAMPLES[route.key]?.(world);
      if (sample?.body === undefined) continue;
      const json = Buffer.from(JSON.stringify(sample.body), "utf8");
      // Inside the first string of the body (a key or a value): the JSON stays well-formed but for that byte.
      const quote = json.indexOf(0x22);
      if (quote < 0) continue;
      const body = new Uint8Array(Buffer.concat([json.subarray(0, quote + 1), Buffer.from([0xff]), json.subarray(quote + 1)]));
      const request = { params: sample.params ?? {}, query: sample.query ?? {}, body: undefined };
      const { status, names } = await send(route.handler, route.method, tokenOf(sample), request, { contentType: "application/json", body });
      if (status !== 400 || !names.includes("body")) failures.push(`${route.key}: ${status} ${JSON.stringify(names)}`);
    }
    expect(failures).toEqual([]);
  });

  it("never answers 500 to pushed or imported findings carrying bad text (each finding is refused alone)", async () => {
    const failures: string[] = [];
    for (const key of ["POST api/findings/import/route.ts", "POST api/intake/eventbridge/route.ts"]) {
      const route = routes.find((r) => r.key === key)!;
      for (const [label, text] of [...Object.entries(TEXT_VARIANTS), ["100 KB", LONG]] as const) {
        const finding = { ...fakeFinding(world.base, 9, "2026-01-02T00:00:00.000Z"), Title: text };
        const event = { version: "0", id: "1", "detail-type": "Security Hub Findings - Imported", source: "aws.securityhub", account: "123456789012", region: "us-east-1", detail: { findings: [finding] } };
        const body = key.includes("import") ? `${JSON.stringify(finding)}\n` : JSON.stringify(event);
        const { status } = await send(route.handler, "POST", { authorization: `Bearer ${world.tokens.admin}` }, { params: {}, query: {}, body: undefined }, { contentType: key.includes("import") ? "application/x-ndjson" : "application/json", body });
        if (status >= 500) failures.push(`${key} ${label}: ${status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
