import { beforeEach, describe, expect, it } from "vitest";
import { GET as auditRoute } from "@/app/api/admin/audit/route";
import { GET as exportRoute } from "@/app/api/admin/audit/export/route";
import { PUT as policyRoute } from "@/app/api/notices/approval-policy/route";
import { PUT as organisationRoute } from "@/app/api/organisation-profile/route";
import { POST as dataStoresRoute } from "@/app/api/data-stores/route";
import { DELETE as deleteDataStoreRoute, PUT as dataStoreRoute } from "@/app/api/data-stores/[id]/route";
import { POST as sourcesRoute } from "@/app/api/sources/route";
import { DELETE as revokeRoute } from "@/app/api/tokens/[id]/route";
import { POST as tokensRoute } from "@/app/api/tokens/route";
import { PATCH as userRoute } from "@/app/api/users/[id]/route";
import { POST as usersRoute } from "@/app/api/users/route";
import { listAdminAudit } from "@/lib/admin-log/service";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { sessionCookie } from "@/tests/support/session-cookie";
import { actorOf, call, createToken, createUser } from "./api-helpers";
import { resetDatabase } from "./reset-db";

type TEntry = { seq: number; actorLabel: string; action: string; targetId: string | null; targetLabel: string; before: unknown; after: unknown };

let adminToken: string;
let adminTokenName: string;

beforeEach(async () => {
  await resetDatabase();
  await createUser(["admin"], "Ada Admin");
  adminToken = await createToken(["admin"]);
  adminTokenName = (await prisma.apiToken.findFirstOrThrow()).name;
});

/** The entries written after the fixtures (creating the fixtures' own user and token is logged too). */
async function entriesSince(seq: number): Promise<TEntry[]> {
  return (await prisma.adminAuditEntry.findMany({ where: { seq: { gt: seq } }, orderBy: { seq: "asc" } })) as TEntry[];
}
async function lastSeq(): Promise<number> {
  return (await prisma.adminAuditEntry.aggregate({ _max: { seq: true } }))._max.seq ?? 0;
}

describe("the administration log records", () => {
  it("a role change and a deactivation: who, what, before → after, in the transaction of the change", async () => {
    const lee = await createUser(["legal"], "Lee Legal");
    const start = await lastSeq();
    expect((await call(userRoute, "PATCH", "/x", { token: adminToken, params: { id: lee.id }, json: { roles: ["legal", "commander"] } })).status).toBe(200);
    expect((await call(userRoute, "PATCH", "/x", { token: adminToken, params: { id: lee.id }, json: { active: false } })).status).toBe(200);
    const entries = await entriesSince(start);
    expect(entries.map((e) => [e.action, e.actorLabel, e.targetId, e.before, e.after])).toEqual([
      ["user.roles-changed", `API token “${adminTokenName}”`, lee.id, { roles: ["legal"] }, { roles: ["legal", "commander"] }],
      ["user.deactivated", `API token “${adminTokenName}”`, lee.id, { active: true }, { active: false }],
    ]);
    expect(entries[1]!.targetLabel).toBe(`Lee Legal <${lee.email}>`);
    // xmin is the id of the transaction that wrote a row version: the user's last change and its entry share it.
    const [user] = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM users WHERE id = ${lee.id}::uuid`;
    const [entry] = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM admin_audit_log WHERE seq = ${entries[1]!.seq}`;
    expect(entry!.xmin).toBe(user!.xmin);
  });

  it("nothing for a change that did not happen (refused, or no difference)", async () => {
    const lee = await createUser(["legal"], "Lee Legal");
    const start = await lastSeq();
    expect((await call(userRoute, "PATCH", "/x", { token: adminToken, params: { id: "00000000-0000-4000-8000-000000000000" }, json: { active: false } })).status).toBe(404);
    expect((await call(userRoute, "PATCH", "/x", { token: adminToken, params: { id: lee.id }, json: { roles: ["legal"] } })).status).toBe(200);
    expect(await entriesSince(start)).toEqual([]);
  });

  it("user creation, token creation and revocation, without the token's secret", async () => {
    const start = await lastSeq();
    const created = await call(usersRoute, "POST", "/x", { token: adminToken, json: { email: "new@example.com", name: "Nia New", password: "a long test password", roles: ["comms"] } });
    expect(created.status).toBe(201);
    const ada = await prisma.user.findFirstOrThrow({ where: { name: "Ada Admin" } });
    const token = await call(tokensRoute, "POST", "/x", { headers: { cookie: await sessionCookie(ada.id, Date.now()) }, json: { name: "SOAR playbook", roles: ["engineer"] } });
    expect(token.status).toBe(201);
    expect(token.body?.token).toMatchObject({ createdBy: { id: ada.id, name: "Ada Admin" } });
    const tokenId = (token.body?.token as { id: string }).id;
    expect((await call(revokeRoute, "DELETE", "/x", { token: adminToken, params: { id: tokenId } })).status).toBe(200);
    // Revoking again changes nothing, so records nothing.
    expect((await call(revokeRoute, "DELETE", "/x", { token: adminToken, params: { id: tokenId } })).status).toBe(200);
    const entries = await entriesSince(start);
    expect(entries.map((e) => e.action)).toEqual(["user.created", "token.created", "token.revoked"]);
    expect(entries[1]!.actorLabel).toBe("Ada Admin");
    expect(entries[0]!.after).toEqual({ email: "new@example.com", name: "Nia New", roles: ["comms"], active: true });
    expect(entries[1]!.after).toMatchObject({ name: "SOAR playbook", roles: ["engineer"] });
    expect(entries[2]!.targetId).toBe(tokenId);
    expect(JSON.stringify(entries)).not.toContain(token.body?.secret as string);
    expect(JSON.stringify(entries)).not.toContain("a long test password");
  });

  it("no token created by a token: an administrator's API token is refused (403, saying why), nothing is created or logged", async () => {
    const start = await lastSeq();
    const tokensBefore = await prisma.apiToken.count();
    const refused = await call(tokensRoute, "POST", "/x", { token: adminToken, json: { name: "Persistence", roles: ["admin"] } });
    expect(refused.status).toBe(403);
    expect(refused.body?.title).toMatch(/API tokens cannot create API tokens/);
    expect(await prisma.apiToken.count()).toBe(tokensBefore);
    expect(await entriesSince(start)).toEqual([]);
  });

  it("a findings source added on the sources page", async () => {
    const start = await lastSeq();
    expect((await call(sourcesRoute, "POST", "/x", { token: adminToken, json: { kind: "securityhub", region: "eu-west-1" } })).status).toBe(201);
    const [entry] = await entriesSince(start);
    expect(entry).toMatchObject({ action: "source.created", targetLabel: "securityhub eu-west-1", before: null, after: { kind: "securityhub", region: "eu-west-1", roleArn: "" } });
  });

  it("policy changes: the notice approval policy and the organisation profile, before → after", async () => {
    const start = await lastSeq();
    const policy = { regulator: ["legal", "exec"], individuals: ["legal", "comms"], public_media: ["legal", "comms"], sec_filing: ["legal", "exec"], other: ["legal"] };
    expect((await call(policyRoute, "PUT", "/x", { token: adminToken, json: policy })).status).toBe(200);
    const profile = { timeZone: "Europe/Paris", establishments: ["FR"], dataRole: "controller", flags: {} };
    expect((await call(organisationRoute, "PUT", "/x", { token: adminToken, json: { profile, reminderPoints: ["50%", "1h"], reason: "Moved to Paris" } })).status).toBe(200);
    const entries = await entriesSince(start);
    expect(entries.map((e) => e.action)).toEqual(["notice-approval-policy.changed", "organisation-profile.changed", "reminder-points.changed"]);
    expect(entries[0]!.before).toMatchObject({ regulator: ["legal"] });
    expect(entries[0]!.after).toMatchObject({ regulator: ["legal", "exec"] });
    expect(entries[1]!.after).toMatchObject({ timeZone: "Europe/Paris", reason: "Moved to Paris" });
    expect(entries[2]!.after).toEqual({ points: ["50%", "1h"] });
  });
});

describe("the administration log records data store changes", () => {
  const store = { arn: "arn:aws:s3:::customers", name: "Customers", kind: "s3", dataCategories: ["name"], residency: [{ jurisdiction: "US-CA", count: 10 }], encrypted: false };

  it("creation, change and deletion, each before → after, in the transaction of the change", async () => {
    const start = await lastSeq();
    const created = await call(dataStoresRoute, "POST", "/x", { token: adminToken, json: store });
    expect(created.status).toBe(201);
    const id = (created.body?.dataStore as { id: string }).id;
    const changed = { ...store, name: "Customers (EU)", residency: [{ jurisdiction: "FR", count: 2000 }], encrypted: true };
    expect((await call(dataStoreRoute, "PUT", "/x", { token: adminToken, params: { id }, json: changed })).status).toBe(200);
    const [row] = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM data_stores WHERE id = ${id}::uuid`;
    const [entry] = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM admin_audit_log WHERE action = 'data-store.changed'`;
    expect(entry!.xmin).toBe(row!.xmin);
    // The same again changes nothing, so records nothing.
    expect((await call(dataStoreRoute, "PUT", "/x", { token: adminToken, params: { id }, json: changed })).status).toBe(200);
    expect((await call(deleteDataStoreRoute, "DELETE", "/x", { token: adminToken, params: { id } })).status).toBeLessThan(300);
    const entries = await entriesSince(start);
    expect(entries.map((e) => [e.action, e.actorLabel, e.targetId, e.targetLabel])).toEqual([
      ["data-store.created", `API token “${adminTokenName}”`, id, "Customers (arn:aws:s3:::customers)"],
      ["data-store.changed", `API token “${adminTokenName}”`, id, "Customers (EU) (arn:aws:s3:::customers)"],
      ["data-store.deleted", `API token “${adminTokenName}”`, id, "Customers (EU) (arn:aws:s3:::customers)"],
    ]);
    expect(entries[0]!.before).toBeNull();
    expect(entries[0]!.after).toEqual(store);
    // Only what changed, on both sides.
    expect(entries[1]!.before).toEqual({ name: "Customers", residency: [{ jurisdiction: "US-CA", count: 10 }], encrypted: false });
    expect(entries[1]!.after).toEqual({ name: "Customers (EU)", residency: [{ jurisdiction: "FR", count: 2000 }], encrypted: true });
    expect(entries[2]!.before).toEqual(changed);
    expect(entries[2]!.after).toBeNull();
  });

  it("nothing for a refused change: a duplicate ARN, a store that does not exist", async () => {
    expect((await call(dataStoresRoute, "POST", "/x", { token: adminToken, json: store })).status).toBe(201);
    const start = await lastSeq();
    expect((await call(dataStoresRoute, "POST", "/x", { token: adminToken, json: store })).status).toBe(409);
    const missing = { id: "00000000-0000-4000-8000-000000000000" };
    expect((await call(dataStoreRoute, "PUT", "/x", { token: adminToken, params: missing, json: store })).status).toBe(404);
    expect((await call(deleteDataStoreRoute, "DELETE", "/x", { token: adminToken, params: missing })).status).toBe(404);
    expect(await entriesSince(start)).toEqual([]);
  });
});

describe("the administration log is append-only", () => {
  it("refuses UPDATE and DELETE in the database, whoever asks", async () => {
    const [entry] = await prisma.adminAuditEntry.findMany({ take: 1 });
    await expect(prisma.$executeRaw`UPDATE admin_audit_log SET actor_label = 'someone else' WHERE seq = ${entry!.seq}`).rejects.toThrow(/insert-only/);
    await expect(prisma.$executeRaw`DELETE FROM admin_audit_log WHERE seq = ${entry!.seq}`).rejects.toThrow(/insert-only/);
    expect((await prisma.adminAuditEntry.findUniqueOrThrow({ where: { seq: entry!.seq } })).actorLabel).toBe(entry!.actorLabel);
  });
});

describe("reading and exporting the log", () => {
  it("is refused (403) to every role but administrators", async () => {
    for (const role of ["commander", "legal", "engineer", "comms", "exec"] as const) {
      const token = await createToken([role]);
      expect((await call(auditRoute, "GET", "/x", { token })).status).toBe(403);
      expect((await call(exportRoute, "GET", "/x", { token, query: "?format=json" })).status).toBe(403);
    }
    await expect(listAdminAudit(actorOf(await createUser(["commander"])))).rejects.toBeInstanceOf(AppError);
  });

  it("shows administrators the newest first, in pages", async () => {
    for (let n = 0; n < 5; n++) await createUser(["exec"], `Exec ${n}`);
    const first = await call(auditRoute, "GET", "/x", { token: adminToken, query: "?limit=3" });
    expect(first.status).toBe(200);
    const page = first.body?.entries as TEntry[];
    expect(page.map((e) => e.targetLabel.split(" <")[0])).toEqual(["Exec 4", "Exec 3", "Exec 2"]);
    const second = await call(auditRoute, "GET", "/x", { token: adminToken, query: `?limit=3&before=${first.body?.olderBefore as number}` });
    expect((second.body?.entries as TEntry[]).map((e) => e.targetLabel.split(" <")[0])).toEqual(["Exec 1", "Exec 0", expect.stringMatching(/^(API token|token)/)]);
    // A cursor past int4 is a 400 naming it, not a database error.
    const huge = await call(auditRoute, "GET", "/x", { token: adminToken, query: `?before=${2 ** 31}` });
    expect(huge.status).toBe(400);
    expect(huge.body?.invalid_params).toEqual([{ name: "before", reason: "must be an entry number from a previous page" }]);
  });

  it("exports the whole log as CSV (formula-safe) and JSON to administrators", async () => {
    await createUser(["exec"], "=HYPERLINK(\"http://evil.example\")");
    const request = (format: string) =>
      new Request(`http://localhost/api/admin/audit/export?format=${format}`, { headers: { host: "localhost", authorization: `Bearer ${adminToken}` } });
    const csv = await exportRoute(request("csv"), { params: Promise.resolve({}) });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="breachdesk-admin-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toContain('"Entry","At (UTC)","Actor kind"');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"") <`);
    const json = await exportRoute(request("json"), { params: Promise.resolve({}) });
    const body = (await json.json()) as { entries: TEntry[] };
    expect(body.entries.length).toBe(await prisma.adminAuditEntry.count());
    expect(body.entries[0]!.seq).toBeGreaterThan(body.entries.at(-1)!.seq);
  });
});
