import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute, POST as uriRoute } from "@/app/api/incidents/[id]/evidence/route";
import { POST as uploadRoute } from "@/app/api/incidents/[id]/evidence/uploads/route";
import { DELETE as deleteRoute } from "@/app/api/incidents/[id]/evidence/[evidenceId]/route";
import { POST as downloadRoute } from "@/app/api/incidents/[id]/evidence/[evidenceId]/download/route";
import { POST as custodyRoute } from "@/app/api/incidents/[id]/evidence/[evidenceId]/custody/route";
import { PUT as holdRoute } from "@/app/api/incidents/[id]/evidence/[evidenceId]/legal-hold/route";
import { prisma } from "@/lib/db";
import { registerEvidenceFromBuffer } from "@/lib/evidence/register";
import { setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
import type { TRouteHandler } from "@/lib/http/with-route";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const sha = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");
let evidenceDir: string;

beforeAll(() => {
  evidenceDir = mkdtempSync(path.join(tmpdir(), "breachdesk-evidence-"));
  process.env.BREACHDESK_EVIDENCE_DIR = evidenceDir;
});
afterAll(() => {
  delete process.env.BREACHDESK_EVIDENCE_DIR;
  delete process.env.BREACHDESK_EVIDENCE_MAX_BYTES;
  rmSync(evidenceDir, { recursive: true, force: true });
});

/** Every file under the evidence directory (temporary ones included). */
function storedFiles(): string[] {
  return readdirSync(evidenceDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function upload(token: string, incidentId: string, file: { name: string; bytes: Uint8Array | string }, fields: Record<string, string> = { reason: "Collected from the bucket" }) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append("file", new Blob([typeof file.bytes === "string" ? file.bytes : new Uint8Array(file.bytes)]), file.name);
  const request = new Request(`http://localhost/api/incidents/${incidentId}/evidence/uploads`, {
    method: "POST",
    headers: { host: "localhost", authorization: `Bearer ${token}` },
    body: form,
  });
  const response = await (uploadRoute as TRouteHandler)(request, { params: Promise.resolve({ id: incidentId }) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

async function download(token: string, incidentId: string, evidenceId: string, reason: string | null) {
  const request = new Request(`http://localhost/api/incidents/${incidentId}/evidence/${evidenceId}/download`, {
    method: "POST",
    headers: { host: "localhost", authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(reason === null ? {} : { reason }),
  });
  const response = await (downloadRoute as TRouteHandler)(request, { params: Promise.resolve({ id: incidentId, evidenceId }) });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

type TItem = { id: string; sha256: string; version: number; custodianLabel: string; legalHold: boolean; deletedAt: string | null };

describe("evidence register", () => {
  let commander: Awaited<ReturnType<typeof createUser>>;
  let token: string;
  let legalToken: string;
  let engineerToken: string;
  let id: string;

  beforeEach(async () => {
    await resetDatabase();
    delete process.env.BREACHDESK_EVIDENCE_MAX_BYTES;
    rmSync(evidenceDir, { recursive: true, force: true });
    commander = await createUser(["commander"], "Casey");
    token = await createToken(["commander"]);
    legalToken = await createToken(["legal"]);
    engineerToken = await createToken(["engineer"]);
    id = await declareIncidentVia(token, commander.id);
  });

  const kinds = async () => (await prisma.timelineEvent.findMany({ where: { incidentId: id }, orderBy: { sequence: "asc" } })).map((e) => e.kind);
  const custody = async (evidenceId: string) => (await prisma.evidenceCustody.findMany({ where: { evidenceId }, orderBy: { at: "asc" } })).map((c) => c.action);

  it("stores an upload under the SHA-256 the server computed, verified against the bytes on disk, with custody and one event", async () => {
    const bytes = "2026-03-01T10:00:00Z REST.GET.OBJECT customers.csv 200 anonymous\n".repeat(500);
    const response = await upload(token, id, { name: "s3-access.log", bytes }, { reason: "Exposure window logs", description: "Server access logs" });
    expect(response.status).toBe(201);
    const item = (response.body?.evidence as TItem & { sizeBytes: number; storageKey: string });
    expect(item.sha256).toBe(sha(bytes));
    expect(item.sizeBytes).toBe(Buffer.byteLength(bytes));
    const onDisk = readFileSync(path.join(evidenceDir, item.storageKey));
    expect(sha(onDisk)).toBe(item.sha256);
    expect(await custody(item.id)).toEqual(["registered"]);
    expect(await kinds()).toEqual(["incident.declared", "evidence.registered"]);
    expect(storedFiles()).toEqual([path.join(evidenceDir, item.storageKey)]);
  });

  it("serves a download as an octet-stream attachment with nosniff, the same bytes, and a custody entry saying who and why", async () => {
    const bytes = "<b>not rendered</b> but a plain text export\n";
    const item = (await upload(token, id, { name: "export.txt", bytes })).body?.evidence as TItem;
    const missingReason = await download(token, id, item.id, null);
    expect(missingReason.status).toBe(400);
    const response = await download(token, id, item.id, "Send to outside counsel");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="export.txt"/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(sha(response.bytes)).toBe(item.sha256);
    const entries = await prisma.evidenceCustody.findMany({ where: { evidenceId: item.id }, orderBy: { at: "asc" } });
    expect(entries.map((e) => [e.action, e.reason])).toEqual([
      ["registered", "Collected from the bucket"],
      ["downloaded", "Send to outside counsel"],
    ]);
    expect(entries[1]!.actorLabel).toMatch(/API token/);
    expect(await kinds()).toEqual(["incident.declared", "evidence.registered", "evidence.custody"]);
  });

  it("refuses to serve bytes that no longer match their recorded hash, and records the failed check in custody", async () => {
    const item = (await upload(token, id, { name: "a.txt", bytes: "original" })).body?.evidence as TItem & { storageKey: string };
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(evidenceDir, item.storageKey), "tampered");
    expect((await download(token, id, item.id, "check")).status).toBe(500);
    expect(await custody(item.id)).toEqual(["registered", "integrity_failed"]);
  });

  it("makes a re-upload with different bytes a new item and the same bytes the same item", async () => {
    const first = (await upload(token, id, { name: "report.pdf", bytes: "version 1" })).body?.evidence as TItem;
    const second = await upload(token, id, { name: "report.pdf", bytes: "version 2" });
    expect(second.status).toBe(201);
    expect((second.body?.evidence as TItem).id).not.toBe(first.id);
    const again = await upload(token, id, { name: "report-copy.pdf", bytes: "version 1" });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, evidence: { id: first.id } });
    expect(await prisma.evidence.count()).toBe(2);
    expect(await prisma.evidence.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ sha256: sha("version 1") });
  });

  it("answers a too-large upload with 413 and keeps nothing: no row, no event, no file", async () => {
    process.env.BREACHDESK_EVIDENCE_MAX_BYTES = "1024";
    const response = await upload(token, id, { name: "big.log", bytes: "x".repeat(5_000) });
    expect(response.status).toBe(413);
    expect(response.body?.invalid_params).toEqual([{ name: "file", reason: "must be at most 1024 bytes" }]);
    expect(await prisma.evidence.count()).toBe(0);
    expect(await kinds()).toEqual(["incident.declared"]);
    expect(storedFiles()).toEqual([]);
  });

  it("refuses executables and HTML with 415 and says why, keeping nothing", async () => {
    const exe = await upload(token, id, { name: "miner.exe", bytes: "MZ\x90\x00" });
    expect(exe.status).toBe(415);
    expect((exe.body?.invalid_params as { name: string; reason: string }[])[0]).toMatchObject({ name: "file", reason: expect.stringMatching(/Windows executable/) });
    const disguised = await upload(token, id, { name: "notes.txt", bytes: "<!DOCTYPE html><script>alert(1)</script>" });
    expect(disguised.status).toBe(415);
    expect(String(disguised.body?.title)).toMatch(/HTML/);
    expect(await prisma.evidence.count()).toBe(0);
    expect(await kinds()).toEqual(["incident.declared"]);
    expect(storedFiles()).toEqual([]);
  });

  it("answers a missing reason with 400 naming it and keeps nothing", async () => {
    const response = await upload(token, id, { name: "a.log", bytes: "abc" }, {});
    expect(response.status).toBe(400);
    expect(response.body?.invalid_params).toEqual([expect.objectContaining({ name: "reason" })]);
    expect(await prisma.evidence.count()).toBe(0);
    expect(storedFiles()).toEqual([]);
  });

  it("records hand-overs and transfers as custody entries and changes the custodian; a stale version gets 409", async () => {
    const item = (await upload(token, id, { name: "disk.img.zip", bytes: "image" })).body?.evidence as TItem;
    const lawyer = await createUser(["legal"], "Lee Lawyer");
    const send = (json: unknown) => call(custodyRoute, "POST", "/x", { token, params: { id, evidenceId: item.id }, json });
    const handed = await send({ action: "hand_over", toUserId: lawyer.id, reason: "Legal review", expectedVersion: 1 });
    expect(handed.status).toBe(200);
    expect(handed.body?.evidence).toMatchObject({ custodianLabel: "Lee Lawyer", version: 2 });
    const transferred = await send({ action: "transfer", to: "Acme Forensics LLP", reason: "Independent analysis", expectedVersion: 2 });
    expect(transferred.body?.evidence).toMatchObject({ custodianLabel: "Acme Forensics LLP", version: 3 });
    expect((await send({ action: "transfer", to: "Someone", reason: "late", expectedVersion: 2 })).status).toBe(409);
    const entries = await prisma.evidenceCustody.findMany({ where: { evidenceId: item.id }, orderBy: { at: "asc" } });
    expect(entries.map((e) => [e.action, e.detail])).toEqual([
      ["registered", expect.anything()],
      ["handed_over", { from: expect.stringMatching(/^API token/), to: "Lee Lawyer", toUserId: lawyer.id }],
      ["transferred", { from: "Lee Lawyer", to: "Acme Forensics LLP", toUserId: null }],
    ]);
  });

  it("keeps a held item from deletion in the API and in the database; lifting the hold allows a soft delete with a reason", async () => {
    const item = (await upload(token, id, { name: "mailbox.pst.zip", bytes: "mail" })).body?.evidence as TItem;
    const hold = (t: string, json: unknown) => call(holdRoute, "PUT", "/x", { token: t, params: { id, evidenceId: item.id }, json });
    const del = (json: unknown, t = token) => call(deleteRoute, "DELETE", "/x", { token: t, params: { id, evidenceId: item.id }, json });

    expect((await hold(engineerToken, { hold: true, reason: "x", expectedVersion: 1 })).status).toBe(403);
    expect((await hold(legalToken, { hold: true, reason: "Litigation expected", expectedVersion: 1 })).status).toBe(200);
    const refused = await del({ reason: "Duplicate", expectedVersion: 2 });
    expect(refused.status).toBe(409);
    expect(String(refused.body?.title)).toMatch(/legal hold/);

    await expect(
      prisma.$executeRawUnsafe(`UPDATE evidence SET deleted_at = now(), deleted_reason = 'sql' WHERE id = '${item.id}'`),
    ).rejects.toThrow(/evidence_hold_blocks_delete/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM evidence WHERE id = '${item.id}'`)).rejects.toThrow(/never deleted/);
    await expect(prisma.$executeRawUnsafe(`UPDATE evidence SET sha256 = repeat('0', 64) WHERE id = '${item.id}'`)).rejects.toThrow(/never changes/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM evidence_custody WHERE evidence_id = '${item.id}'`)).rejects.toThrow(/insert-only/);
    await expect(prisma.$executeRawUnsafe(`UPDATE evidence_custody SET reason = 'x' WHERE evidence_id = '${item.id}'`)).rejects.toThrow(/insert-only/);

    expect((await hold(legalToken, { hold: false, reason: "Matter settled", expectedVersion: 2 })).status).toBe(200);
    const deleted = await del({ reason: "Duplicate of another item", expectedVersion: 3 });
    expect(deleted.status).toBe(200);
    expect((deleted.body?.evidence as TItem).deletedAt).not.toBeNull();
    expect(await custody(item.id)).toEqual(["registered", "hold_placed", "hold_released", "deleted"]);
    expect((await download(token, id, item.id, "after delete")).status).toBe(409);
    expect(await kinds()).toEqual(["incident.declared", "evidence.registered", "evidence.legal-hold", "evidence.legal-hold", "evidence.deleted"]);
  });

  it("registers external evidence by URI with a declared hash, and refuses a script URI naming the field", async () => {
    const ok = await call(uriRoute, "POST", "/x", {
      token,
      params: { id },
      json: { name: "CloudTrail export", uri: "s3://forensics-bucket/ct/2026-03-01.json.gz", sha256: "A".repeat(64), reason: "Original stays in the forensics account" },
    });
    expect(ok.status).toBe(201);
    expect(ok.body?.evidence).toMatchObject({ kind: "uri", sha256: "a".repeat(64), hashSource: "declared" });
    const bad = await call(uriRoute, "POST", "/x", { token, params: { id }, json: { name: "x", uri: "javascript:alert(1)", reason: "r" } });
    expect(bad.status).toBe(400);
    expect(bad.body?.invalid_params).toEqual([expect.objectContaining({ name: "uri" })]);
    const list = await call(listRoute, "GET", "/x", { token, params: { id } });
    expect((list.body?.evidence as unknown[]).length).toBe(1);
  });

  it("lets other domains register bytes in their own transaction, rolled back with it", async () => {
    const actor = actorOf(commander);
    await expect(
      prisma.$transaction(async (tx) => {
        await registerEvidenceFromBuffer({ incidentId: id, name: "receipt.eml", bytes: new TextEncoder().encode("rolled back"), actor, reason: "Regulator receipt" }, tx);
        throw new Error("the caller's change failed");
      }),
    ).rejects.toThrow(/caller's change failed/);
    expect(await prisma.evidence.count()).toBe(0);
    expect(await kinds()).toEqual(["incident.declared"]);
    const result = await registerEvidenceFromBuffer({
      incidentId: id,
      name: "receipt.eml",
      bytes: new TextEncoder().encode("From: ico@example.org"),
      actor: { kind: "system", name: "Notices" },
      reason: "Regulator receipt",
    });
    expect(result.evidence.sha256).toBe(sha("From: ico@example.org"));
    expect(await kinds()).toEqual(["incident.declared", "evidence.registered"]);
  });
});

describe("evidence on a restricted incident", () => {
  it("answers a non-member with 404 on every evidence route and lets a member work", async () => {
    await resetDatabase();
    const commander = await createUser(["commander"], "Casey");
    const commanderToken = await createToken(["commander"]);
    const id = await declareIncidentVia(commanderToken, commander.id, "Board mailbox");
    const item = (await upload(commanderToken, id, { name: "a.log", bytes: "secret log" })).body?.evidence as TItem;
    await setIncidentRestricted(actorOf(commander), id, { restricted: true, reason: "Insider suspected" });
    const member = await createUser(["legal"], "Mia");
    await setIncidentMember(actorOf(commander), id, { userId: member.id, role: "legal_lead" });

    // A non-admin token is never a member: it must get exactly what a missing incident gets.
    const outsider = await createToken(["legal"]);
    const params = { id, evidenceId: item.id };
    const attempts: [TRouteHandler, string, unknown][] = [
      [listRoute, "GET", undefined],
      [uriRoute, "POST", { name: "x", uri: "https://example.org/x", reason: "probe" }],
      [custodyRoute, "POST", { action: "transfer", to: "x", reason: "probe", expectedVersion: 1 }],
      [holdRoute, "PUT", { hold: true, reason: "probe", expectedVersion: 1 }],
      [deleteRoute, "DELETE", { reason: "probe", expectedVersion: 1 }],
    ];
    for (const [handler, method, json] of attempts) {
      expect((await call(handler, method, "/x", { token: outsider, params, json })).status, method).toBe(404);
    }
    expect((await download(outsider, id, item.id, "probe")).status).toBe(404);
    expect((await upload(outsider, id, { name: "b.log", bytes: "probe" })).status).toBe(404);
    expect(await prisma.evidenceCustody.count()).toBe(1);

    const { listEvidence, downloadEvidence } = await import("@/lib/evidence/read");
    expect((await listEvidence(actorOf(member), id)).map((e) => e.id)).toEqual([item.id]);
    const { body } = await downloadEvidence(actorOf(member), id, item.id, "Member review");
    expect(sha(new Uint8Array(await new Response(body).arrayBuffer()))).toBe(sha("secret log"));
  });
});
