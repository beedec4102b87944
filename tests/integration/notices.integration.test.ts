import { beforeEach, describe, expect, it } from "vitest";
import { POST as decisionsRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/decisions/route";
import { POST as statusRoute } from "@/app/api/incidents/[id]/status/route";
import { POST as sendRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/send/route";
import { POST as createRoute } from "@/app/api/incidents/[id]/notices/route";
import { POST as recipientsRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/recipients/route";
import { POST as receiptRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/receipt/route";
import { GET as progressRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/progress/route";
import { GET as sandboxMailRoute } from "@/app/api/incidents/[id]/sandbox-mail/route";
import { PUT as policyRoute } from "@/app/api/notices/approval-policy/route";
import { prisma } from "@/lib/db";
import type { AppError } from "@/lib/errors/app-error";
import type { TNoticeContent } from "@/lib/notices/content";
import { reviewQueue } from "@/lib/notices/reviews";
import { setIncidentRestricted } from "@/lib/membership/service";
import { sendNotice } from "@/lib/notices/send";
import { decideNotice } from "@/lib/notices/decide";
import { createNotice, saveNoticeVersion } from "@/lib/notices/draft";
import { getNotice, getNoticesTab } from "@/lib/notices/read";
import { recordSubmission } from "@/lib/notices/submit";
import { insertApiToken } from "@/lib/tokens/service";
import { smtpSinkForThisFile } from "@/tests/support/smtp-sink-for-file";
import { insertObligation } from "@/tests/support/obligations";
import { resetDatabase } from "./reset-db";
import { call, createToken, declareIncidentVia } from "./api-helpers";
import { approve, draftComplete, filled, PASSWORD, people, rejection, type TPeople } from "@/tests/support/notices";

const sink = smtpSinkForThisFile();

describe("notices and approval gates", () => {
  let p: TPeople;
  let incidentId: string;
  let commanderToken: string;

  beforeEach(async () => {
    await resetDatabase();
    sink.messages.length = 0;
    p = await people();
    commanderToken = await createToken(["commander"]);
    incidentId = await declareIncidentVia(commanderToken, p.commander.id, "Public S3 bucket with customer records");
  });

  it("drafts from an obligation's template, pre-filled, with the missing elements listed; each save is a new version", async () => {
    const obligation = await insertObligation(incidentId, "US-CA-1798.82-IND", new Date(Date.now() + 86_400_000));
    const token = await createToken(["comms"]);
    const created = await call(createRoute, "POST", `/api/incidents/${incidentId}/notices`, { token, params: { id: incidentId }, json: { templateId: "california-1798-82", obligationId: obligation.id } });
    expect(created.status).toBe(201);
    const noticeId = (created.body?.notice as { id: string }).id;
    const detail = await getNotice(p.legal, incidentId, noticeId);
    expect(detail.latest?.number).toBe(1);
    // A letter to individuals never carries the incident's internal title: what happened is left for a person to write.
    expect((detail.latest?.content as TNoticeContent).sections[0]?.body).not.toContain("Public S3 bucket with customer records");
    expect(detail.missing.map((m) => m.key)).toEqual(expect.arrayContaining(["what-happened", "what-we-are-doing", "recipients"]));

    // Legal edits too: version 2, by a different author.
    const saved = await saveNoticeVersion(p.legal, incidentId, noticeId, { content: filled(detail.latest!.content as TNoticeContent), recipients: [{ address: "a@example.org" }], basedOnVersion: 1 });
    expect(saved.version).toBe(2);
    const after = await getNotice(p.comms, incidentId, noticeId);
    expect(after.missing).toEqual([]);
    expect(after.versions.map((v) => v.authorLabel)).toEqual(["Lee Legal", expect.stringContaining("API token")]);
    // A stale editor is told, not silently overwritten.
    expect((await rejection(saveNoticeVersion(p.comms, incidentId, noticeId, { content: filled(detail.latest!.content as TNoticeContent, "x"), recipients: [], basedOnVersion: 1 }))).status).toBe(409);
    // An obligation of another incident cannot be attached.
    const other = await declareIncidentVia(commanderToken, p.commander.id, "Other");
    const foreign = await insertObligation(other, "EU-GDPR-33-SA", null);
    const bad = await call(createRoute, "POST", `/api/incidents/${incidentId}/notices`, { token, params: { id: incidentId }, json: { templateId: "gdpr-33", obligationId: foreign.id } });
    expect(bad.status).toBe(400);
    expect(bad.body?.invalid_params).toEqual([{ name: "obligationId", reason: "must be an obligation of this incident" }]);
  });

  it("refuses an engineer's approval (403) and accepts legal's", async () => {
    const v = await draftComplete(p, incidentId, { templateId: "gdpr-33" });
    const engineerToken = await createToken(["engineer"]);
    const refused = await call(decisionsRoute, "POST", "/x", { token: engineerToken, params: { id: incidentId, noticeId: v.noticeId }, json: { versionId: v.versionId, contentHash: v.contentHash, decision: "approve" } });
    expect(refused.status).toBe(403);
    expect((await rejection(approve(p.engineer, incidentId, v.noticeId, v))).status).toBe(403);
    await expect(approve(p.legal, incidentId, v.noticeId, v)).resolves.toMatchObject({ role: "legal", state: { fullyApproved: true } });
  });

  it("refuses the drafter's own approval and accepts another reviewer's", async () => {
    const { id } = await createNotice(p.legal, incidentId, { templateId: "gdpr-33" });
    const detail = await getNotice(p.legal, incidentId, id);
    const saved = await saveNoticeVersion(p.legal, incidentId, id, { content: filled(detail.latest!.content as TNoticeContent), recipients: [{ address: "dpa@example.eu" }], basedOnVersion: 1 });
    const own = await rejection(approve(p.legal, incidentId, id, saved));
    expect(own.status).toBe(403);
    expect(own.message).toContain("You drafted this version");
    await expect(approve(p.legal2, incidentId, id, saved)).resolves.toMatchObject({ state: { fullyApproved: true } });
  });

  it("asks for the password again (or a fresh sign-in), and refuses API tokens", async () => {
    const v = await draftComplete(p, incidentId, { templateId: "gdpr-33" });
    const stale = { ...p.legal, signedInAt: Date.now() - 10 * 60_000 };
    expect((await rejection(approve(stale, incidentId, v.noticeId, v, { password: undefined }))).invalidParams).toEqual([{ name: "password", reason: "is required to confirm it is you" }]);
    expect((await rejection(approve(p.legal, incidentId, v.noticeId, v, { password: "wrong password!" }))).status).toBe(403);
    const legalToken = await createToken(["legal"]);
    const viaToken = await call(decisionsRoute, "POST", "/x", { token: legalToken, params: { id: incidentId, noticeId: v.noticeId }, json: { versionId: v.versionId, contentHash: v.contentHash, decision: "approve", password: PASSWORD } });
    expect(viaToken.status).toBe(403);
    const fresh = { ...p.legal, signedInAt: Date.now() - 60_000 };
    await expect(approve(fresh, incidentId, v.noticeId, v, { password: undefined })).resolves.toMatchObject({ role: "legal" });
  });

  it("needs a comment to reject, and a rejected version cannot be sent", async () => {
    const v = await draftComplete(p, incidentId, { templateId: "gdpr-33" });
    const noComment = await call(decisionsRoute, "POST", "/x", { token: await createToken(["legal"]), params: { id: incidentId, noticeId: v.noticeId }, json: { versionId: v.versionId, contentHash: v.contentHash, decision: "reject" } });
    expect(noComment.status).toBe(400);
    expect(noComment.body?.invalid_params).toEqual([{ name: "comment", reason: "is required to reject a notice" }]);
    await decideNotice(p.legal, incidentId, v.noticeId, { versionId: v.versionId, contentHash: v.contentHash, decision: "reject", comment: "Name the DPO.", password: PASSWORD });
    expect((await rejection(approve(p.legal2, incidentId, v.noticeId, v))).status).toBe(409);
    expect((await rejection(sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" }))).message).toContain("rejected");
  });

  it("answers 409 to a send without approvals through the API, and sends once fully approved", async () => {
    const v = await draftComplete(p, incidentId); // individuals: legal + comms
    const attempt = () => call(sendRoute, "POST", "/x", { token: commanderToken, params: { id: incidentId, noticeId: v.noticeId }, json: { channel: "email", versionId: v.versionId } });
    expect((await attempt()).status).toBe(409);
    await approve(p.legal, incidentId, v.noticeId, v);
    const half = await attempt();
    expect(half.status).toBe(409);
    expect(half.body?.missingApprovals).toEqual(["comms"]);
    // The drafter (comms) cannot be the comms approver; another comms person can.
    expect((await rejection(approve(p.comms, incidentId, v.noticeId, v))).status).toBe(403);
    await approve(p.comms2, incidentId, v.noticeId, v);
    expect(sink.messages).toHaveLength(0);
    const sent = await attempt();
    expect(sent.status).toBe(201);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]?.subject).toBe("Notice of Data Breach");
    expect(sink.messages[0]?.messageId).toBe((sent.body?.send as { messageId: string }).messageId);
    expect(sink.messages[0]?.raw).toContain("What Happened?");
  });

  it("blocks sending after an edit until the new version is approved again; the old approvals are void", async () => {
    const v1 = await draftComplete(p, incidentId, { templateId: "gdpr-33" });
    await approve(p.legal, incidentId, v1.noticeId, v1);
    const detail = await getNotice(p.comms, incidentId, v1.noticeId);
    const v2 = await saveNoticeVersion(p.comms, incidentId, v1.noticeId, { content: filled(detail.latest!.content as TNoticeContent, " Edited."), recipients: [{ address: "dpa@example.eu" }], basedOnVersion: 2 });
    expect(v2.voidedApprovals).toBe(1);
    const after = await getNotice(p.commander, incidentId, v1.noticeId);
    expect(after.approvals[0]).toMatchObject({ decision: "approve", voidedReason: expect.stringContaining("Version 3 was saved") });
    expect(after.state.fullyApproved).toBe(false);
    expect((await rejection(sendNotice(p.commander, incidentId, v1.noticeId, { channel: "email" }))).status).toBe(409);
    // An approval of the old hash is refused too.
    expect((await rejection(approve(p.legal2, incidentId, v1.noticeId, v1))).status).toBe(409);
    await approve(p.legal2, incidentId, v1.noticeId, v2);
    await expect(sendNotice(p.commander, incidentId, v1.noticeId, { channel: "email" })).resolves.toMatchObject({ channel: "email" });
  });

  it("refuses an approval of another incident's notice as not found", async () => {
    const v = await draftComplete(p, incidentId, { templateId: "gdpr-33" });
    const other = await declareIncidentVia(commanderToken, p.commander.id, "Another incident");
    expect((await rejection(approve(p.legal, other, v.noticeId, v))).status).toBe(404);
    await expect(approve(p.legal, incidentId, v.noticeId, v)).resolves.toBeTruthy();
    // A need-to-know incident's notice is invisible to a legal reviewer who is not a member.
    await prisma.incident.update({ where: { id: incidentId }, data: { restricted: true } });
    expect((await rejection(getNotice(p.legal2, incidentId, v.noticeId))).status).toBe(404);
    expect(await reviewQueue(p.legal2)).toEqual([]);
  });

  it("refuses exec's send (403) and accepts the commander's; exec's approval of an SEC filing counts", async () => {
    const v = await draftComplete(p, incidentId, { templateId: "sec-8k-1-05", recipients: [{ address: "filings@example.org" }] });
    await approve(p.legal, incidentId, v.noticeId, v);
    await approve(p.exec, incidentId, v.noticeId, v);
    const execToken = await createToken(["exec"]);
    expect((await call(sendRoute, "POST", "/x", { token: execToken, params: { id: incidentId, noticeId: v.noticeId }, json: { channel: "email" } })).status).toBe(403);
    expect((await rejection(sendNotice(p.exec, incidentId, v.noticeId, { channel: "email" }))).status).toBe(403);
    expect((await call(sendRoute, "POST", "/x", { token: commanderToken, params: { id: incidentId, noticeId: v.noticeId }, json: { channel: "email" } })).status).toBe(201);
  });

  it("sends once of two concurrent sends: one e-mail at the SMTP server, the other 409; the obligation turns met; the version is locked", async () => {
    const obligation = await insertObligation(incidentId, "EU-GDPR-33-SA", new Date(Date.now() + 3_600_000));
    const v = await draftComplete(p, incidentId, { templateId: "gdpr-33", recipients: [{ address: "dpa@example.eu" }], obligationId: obligation.id });
    await approve(p.legal, incidentId, v.noticeId, v);
    const results = await Promise.allSettled([
      sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" }),
      sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as AppError).status).toBe(409);
    expect(sink.messages).toHaveLength(1);
    expect(await prisma.noticeSend.count()).toBe(1);
    const met = await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } });
    expect(met.status).toBe("met");
    expect(met.metAt).not.toBeNull();
    const detail = await getNotice(p.commander, incidentId, v.noticeId);
    expect(detail.sentVersionId).toBe(v.versionId);
    expect((await rejection(saveNoticeVersion(p.comms, incidentId, v.noticeId, { content: filled(detail.latest!.content as TNoticeContent, "!"), recipients: [], basedOnVersion: 2 }))).status).toBe(409);
    const kinds = (await prisma.timelineEvent.findMany({ where: { incidentId }, orderBy: { sequence: "asc" } })).map((e) => e.kind);
    // The send is recorded (outbox committed) before anything is delivered; the first delivery meets the obligation.
    expect(kinds).toEqual(["incident.declared", "notice.drafted", "notice.version-saved", "notice.approved", "notice.sent", "obligation.met", "notice.delivery-completed"]);
  });

  it("never carries an approval over to a version saved at the same time", async () => {
    for (let round = 0; round < 4; round++) {
      const v = await draftComplete(p, incidentId, { templateId: "gdpr-33", recipients: [{ address: `dpa${round}@example.eu` }] });
      const detail = await getNotice(p.comms, incidentId, v.noticeId);
      const [approval, edit] = await Promise.allSettled([
        approve(p.legal, incidentId, v.noticeId, v),
        saveNoticeVersion(p.comms2, incidentId, v.noticeId, { content: filled(detail.latest!.content as TNoticeContent, ` round ${round}`), recipients: [{ address: `dpa${round}@example.eu` }], basedOnVersion: 2 }),
      ]);
      expect(edit.status).toBe("fulfilled");
      const after = await getNotice(p.commander, incidentId, v.noticeId);
      expect(after.latestVersion).toBe(3);
      // Whichever won the lock: the approval is either void (approved v2 first) or refused (v3 already saved).
      if (approval.status === "fulfilled") expect(after.approvals.every((a) => a.voidedAt !== null)).toBe(true);
      else expect((approval.reason as AppError).status).toBe(409);
      expect(after.state.satisfied).toEqual([]);
      expect((await rejection(sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" }))).status).toBe(409);
    }
  });

  it("records a submission made elsewhere with its receipt, meeting the obligation late after its deadline", async () => {
    const obligation = await insertObligation(incidentId, "US-CA-1798.82-AG", new Date(Date.now() - 3_600_000));
    const v = await draftComplete(p, incidentId, { templateId: "generic-regulator", recipients: [{ address: "ag@example.gov" }], obligationId: obligation.id });
    await approve(p.legal, incidentId, v.noticeId, v);
    const receipt = Buffer.from("%PDF-1.4 receipt 123");
    const submitted = await recordSubmission(p.commander, incidentId, v.noticeId, {
      portal: "oag.ca.gov", reference: "CA-2026-0042", submittedAt: new Date().toISOString(), receipt: { name: "receipt.pdf", type: "application/pdf", base64: receipt.toString("base64") },
    });
    expect(submitted.receiptSha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = await prisma.noticeSend.findFirstOrThrow({ where: { noticeId: v.noticeId } });
    expect(Buffer.from(stored.receiptBytes!).equals(receipt)).toBe(true);
    const evidence = await prisma.evidence.findFirstOrThrow({ where: { incidentId, name: "receipt.pdf" }, include: { custody: true } });
    expect(evidence.sha256).toBe(submitted.receiptSha256);
    expect(evidence.hashSource).toBe("computed");
    expect(evidence.custody.map((c) => c.action)).toEqual(["registered"]);
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).status).toBe("met_late");
    expect((await rejection(sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" }))).status).toBe(409);
  });

  it("hands the receipt back only as a download: its bytes, a safe file name, never rendered", async () => {
    const v = await draftComplete(p, incidentId, { templateId: "generic-regulator", recipients: [{ address: "ag@example.gov" }] });
    await approve(p.legal, incidentId, v.noticeId, v);
    const receipt = Buffer.from("Submission CA-1 received 2026-11-23");
    await recordSubmission(p.commander, incidentId, v.noticeId, {
      portal: "oag.ca.gov", reference: "CA-1", submittedAt: new Date().toISOString(), receipt: { name: 'reçu "final".txt', type: "text/plain", base64: receipt.toString("base64") },
    });
    const token = await createToken(["legal"]);
    const request = new Request(`http://localhost/api/incidents/${incidentId}/notices/${v.noticeId}/receipt`, {
      method: "POST", headers: { host: "localhost", authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ reason: "File with the regulator correspondence" }),
    });
    const response = await receiptRoute(request, { params: Promise.resolve({ id: incidentId, noticeId: v.noticeId }) });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(receipt)).toBe(true);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="re_u _final_.txt"; filename*=UTF-8''re%C3%A7u%20%22final%22.txt`);
  });

  it("keeps the incident open while a notice awaits approval or sending, naming it; closes once it is sent", async () => {
    const v = await draftComplete(p, incidentId, { templateId: "gdpr-33" });
    const title = (await getNotice(p.legal, incidentId, v.noticeId)).title;
    const close = () => call(statusRoute, "POST", `/api/incidents/${incidentId}/status`, { token: commanderToken, params: { id: incidentId }, json: { to: "closed", expectedVersion: 1, reason: "done" } });
    const awaiting = await close();
    expect(awaiting.status).toBe(409);
    expect(awaiting.body?.blockers).toEqual([`1 approval is still pending: “${title}”.`]);
    await approve(p.legal, incidentId, v.noticeId, v);
    expect((await close()).body?.blockers).toEqual([`1 approval is still pending: “${title}”.`]);
    await sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" });
    expect((await close()).status).toBe(200);
  });

  it("lets an administrator change the approval policy, never to an empty list", async () => {
    const adminToken = await createToken(["admin"]);
    const empty = await call(policyRoute, "PUT", "/x", { token: adminToken, json: { regulator: [], individuals: ["legal"], public_media: ["legal"], sec_filing: ["legal", "exec"], other: ["legal"] } });
    expect(empty.status).toBe(400);
    expect(empty.body?.invalid_params).toEqual([{ name: "regulator", reason: "needs at least one approving role" }]);
    expect((await call(policyRoute, "PUT", "/x", { token: commanderToken, json: {} })).status).toBe(403);
    const ok = await call(policyRoute, "PUT", "/x", { token: adminToken, json: { regulator: ["legal", "comms"], individuals: ["legal"], public_media: ["legal"], sec_filing: ["legal", "exec"], other: ["legal"] } });
    expect(ok.status).toBe(200);
    const v = await draftComplete(p, incidentId, { templateId: "gdpr-33" });
    await approve(p.legal, incidentId, v.noticeId, v);
    expect((await getNotice(p.commander, incidentId, v.noticeId)).state.missing).toEqual(["comms"]);
  });

  it("queues drafts for the reviewers who can still approve them, soonest deadline first, with the diff to the last approved version", async () => {
    const late = await insertObligation(incidentId, "US-CA-1798.82-IND", new Date(Date.now() + 10 * 86_400_000));
    const soon = await insertObligation(incidentId, "EU-GDPR-33-SA", new Date(Date.now() + 3_600_000));
    const a = await draftComplete(p, incidentId, { obligationId: late.id });
    const b = await draftComplete(p, incidentId, { templateId: "gdpr-33", obligationId: soon.id });
    const queue = await reviewQueue(p.legal);
    expect(queue.map((q) => q.noticeId)).toEqual([b.noticeId, a.noticeId]);
    expect(await reviewQueue(p.engineer).catch((e: AppError) => e.status)).toBe(403);
    expect((await reviewQueue(p.comms)).map((q) => q.noticeId)).toEqual([]); // comms drafted both
    expect((await reviewQueue(p.comms2)).map((q) => q.noticeId)).toEqual([a.noticeId]); // GDPR art. 33 needs legal only
    await approve(p.legal, incidentId, a.noticeId, a);
    const detail = await getNotice(p.comms, incidentId, a.noticeId);
    await saveNoticeVersion(p.comms, incidentId, a.noticeId, { content: filled(detail.latest!.content as TNoticeContent, " <b>changed</b>"), recipients: [{ address: "resident@example.org", name: "Ana Resident" }], basedOnVersion: 2 });
    const entry = (await reviewQueue(p.legal)).find((q) => q.noticeId === a.noticeId)!;
    expect(entry.comparedWith).toBe(2);
    expect(entry.diff.filter((d) => d.kind === "added").map((d) => d.text).join("")).toContain("<b>changed</b>");
    expect(entry.diff.some((d) => d.kind === "removed")).toBe(true);
  });

  it("takes recipients from a CSV, reporting bad rows, which are left out", async () => {
    const v = await draftComplete(p, incidentId);
    const token = await createToken(["comms"]);
    const response = await call(recipientsRoute, "POST", "/x", { token, params: { id: incidentId, noticeId: v.noticeId }, json: { csv: "email,name\na@example.org,A\nbroken,B\nb@example.org,B\n", basedOnVersion: 2 } });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ accepted: 2, badRows: [{ line: 3 }] });
    const detail = await getNotice(p.comms, incidentId, v.noticeId);
    expect(detail.latest?.recipients).toEqual([{ address: "a@example.org", name: "A", fields: {} }, { address: "b@example.org", name: "B", fields: {} }]);
    // The text is that of the version the upload was based on; only the recipients changed.
    const basedOn = await prisma.noticeVersion.findFirstOrThrow({ where: { noticeId: v.noticeId, number: 2 }, select: { content: true } });
    expect(detail.latest).toMatchObject({ number: 3, content: basedOn.content });
  });

  it("answers a CSV upload for a stale version with 409, and for another incident's notice with 404", async () => {
    const v = await draftComplete(p, incidentId);
    const token = await createToken(["comms"]);
    const upload = (id: string, basedOnVersion: number) =>
      call(recipientsRoute, "POST", "/x", { token, params: { id, noticeId: v.noticeId }, json: { csv: "email\na@example.org\n", basedOnVersion } });
    expect((await upload(incidentId, 1)).status).toBe(409);
    const other = await declareIncidentVia(commanderToken, p.commander.id, "Another incident");
    expect((await upload(other, 2)).status).toBe(404);
    expect(await prisma.noticeVersion.count({ where: { noticeId: v.noticeId } })).toBe(2);
  });

  it("sends an exercise incident's notice to the sandbox mailbox only, never SMTP", async () => {
    await prisma.incident.update({ where: { id: incidentId }, data: { exercise: true } });
    const v = await draftComplete(p, incidentId, { templateId: "gdpr-33", recipients: [{ address: "dpa@example.eu" }] });
    await approve(p.legal, incidentId, v.noticeId, v);
    const sent = await sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" });
    expect(sent.sandbox).toBe(true);
    expect(sink.messages).toHaveLength(0);
    const mails = await prisma.sandboxMail.findMany({ where: { incidentId } });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toMatch(/^\[EXERCISE\]/);
  });

  // ─── Reading sends, receipts and the sandbox mailbox ───

  /** A token whose roles were all taken away: signed in, allowed nothing (every role may read notices). */
  async function rolelessToken() {
    const { token, secret } = await insertApiToken({ name: "no roles left", roles: ["engineer"] }, null);
    await prisma.apiToken.update({ where: { id: token.id }, data: { roles: [] } });
    return secret;
  }

  async function restrictFromOutsiders() {
    await setIncidentRestricted(p.commander, incidentId, { restricted: true, reason: "Insider suspected" });
    return createToken(["legal"]);
  }

  const get = (handler: Parameters<typeof call>[0], token: string, params: Record<string, string>) => call(handler, "GET", "/x", { token, params });

  it("GET …/progress: counts each recipient of the send, 404 before any send or for an incident the caller cannot see, 403 without a role", async () => {
    const v = await draftComplete(p, incidentId, { templateId: "gdpr-33", recipients: [{ address: "dpa@example.eu" }, { address: "ico@example.org" }] });
    const params = { id: incidentId, noticeId: v.noticeId };
    const reader = await createToken(["exec"]);
    expect((await get(progressRoute, reader, params)).status).toBe(404);

    await approve(p.legal, incidentId, v.noticeId, v);
    await sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" });
    const response = await get(progressRoute, reader, params);
    expect(response.status).toBe(200);
    expect(response.body?.progress).toMatchObject({ channel: "email", total: 2, sent: 2, failed: 0, pending: 0, completedAt: expect.any(String) });

    expect((await get(progressRoute, await rolelessToken(), params)).status).toBe(403);
    expect((await get(progressRoute, reader, { id: incidentId, noticeId: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    expect((await get(progressRoute, await restrictFromOutsiders(), params)).status).toBe(404);
  });

  it("POST …/receipt: 404 when the send has no receipt or the incident is hidden from the caller, 403 without a role", async () => {
    const v = await draftComplete(p, incidentId, { templateId: "generic-regulator", recipients: [{ address: "ag@example.gov" }] });
    await approve(p.legal, incidentId, v.noticeId, v);
    const params = { id: incidentId, noticeId: v.noticeId };
    const reader = await createToken(["engineer"]);
    await recordSubmission(p.commander, incidentId, v.noticeId, { portal: "oag.ca.gov", reference: "CA-2", submittedAt: new Date().toISOString() });
    const post = (token: string) => call(receiptRoute, "POST", "/x", { token, params, json: { reason: "Audit" } });
    expect((await post(reader)).status).toBe(404);

    expect((await post(await rolelessToken())).status).toBe(403);
    expect((await post(await restrictFromOutsiders())).status).toBe(404);
  });

  it("GET /api/incidents/{id}/sandbox-mail: an exercise's delivered messages; 404 for an incident hidden from the caller, 403 without a role", async () => {
    await prisma.incident.update({ where: { id: incidentId }, data: { exercise: true } });
    const v = await draftComplete(p, incidentId, { templateId: "gdpr-33", recipients: [{ address: "dpa@example.eu", name: "DPA" }] });
    await approve(p.legal, incidentId, v.noticeId, v);
    await sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" });
    const params = { id: incidentId };

    const response = await get(sandboxMailRoute, await createToken(["exec"]), params);
    expect(response.status).toBe(200);
    const mails = response.body?.mails as { to: string; subject: string; text: string }[];
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "dpa@example.eu", subject: expect.stringMatching(/^\[EXERCISE\]/) });
    expect(mails[0]!.text).toContain("filled in.");

    expect((await get(sandboxMailRoute, await rolelessToken(), params)).status).toBe(403);
    expect((await get(sandboxMailRoute, await restrictFromOutsiders(), params)).status).toBe(404);
  });

  it("reads the Notices tab behind one visibility check: drafters get the draftable obligations, an exercise its mailbox", async () => {
    const obligation = await insertObligation(incidentId, "EU-GDPR-33-SA", new Date("2030-01-01T00:00:00Z"));
    const v = await draftComplete(p, incidentId, { templateId: "gdpr-33", recipients: [{ address: "dpa@example.eu" }] });

    const forDrafter = await getNoticesTab(p.comms, incidentId);
    expect(forDrafter).toMatchObject({ exercise: false, sandboxMails: [] });
    expect(forDrafter.notices.map((n) => n.id)).toEqual([v.noticeId]);
    expect(forDrafter.draftableObligations?.map((o) => o.id)).toEqual([obligation.id]);
    expect((await getNoticesTab(p.exec, incidentId)).draftableObligations).toBeNull();

    await prisma.incident.update({ where: { id: incidentId }, data: { exercise: true } });
    await approve(p.legal, incidentId, v.noticeId, v);
    await sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" });
    const exercise = await getNoticesTab(p.exec, incidentId);
    expect(exercise.exercise).toBe(true);
    expect(exercise.sandboxMails.map((m) => m.to)).toEqual(["dpa@example.eu"]);

    await setIncidentRestricted(p.commander, incidentId, { restricted: true, reason: "Insider suspected" });
    expect((await rejection(getNoticesTab(p.legal2, incidentId))).code).toBe("not_found");
  });
});
