import { beforeEach, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/incidents/[id]/notices/route";
import { POST as recipientsRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/recipients/route";
import { POST as submissionRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/submission/route";
import { POST as versionsRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/versions/route";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/policy";
import { renderNoticeText, type TNoticeContent } from "@/lib/notices/content";
import { reviewQueue } from "@/lib/notices/reviews";
import { sendNotice } from "@/lib/notices/send";
import { createNotice, saveNoticeVersion } from "@/lib/notices/draft";
import { getNotice } from "@/lib/notices/read";
import { createApiToken, insertApiToken } from "@/lib/tokens/service";
import { decodeTextMessage } from "@/tests/support/mime-decode";
import { smtpSinkForThisFile } from "@/tests/support/smtp-sink-for-file";
import { approve, draftComplete, filled, people, rejection, type TPeople } from "@/tests/support/notices";
import { insertFinding } from "@/tests/support/incident-records";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

const sink = smtpSinkForThisFile();

describe("approval edges: token drafters, approved bytes, duplicate recipients, submission instants", () => {
  let p: TPeople;
  let incidentId: string;

  beforeEach(async () => {
    await resetDatabase();
    sink.messages.length = 0;
    p = await people();
    incidentId = await declareIncidentVia(await createToken(["commander"]), p.commander.id, "Leaked support tickets");
  });

  /** Drafts a complete California notice (legal + comms approve it) entirely through the API with this token. */
  async function draftThroughToken(token: string) {
    const created = await call(createRoute, "POST", "/x", { token, params: { id: incidentId }, json: { templateId: "california-1798-82" } });
    const noticeId = (created.body?.notice as { id: string }).id;
    const draft = (await getNotice(p.legal, incidentId, noticeId)).latest!.content as TNoticeContent;
    const saved = await call(versionsRoute, "POST", "/x", { token, params: { id: incidentId, noticeId }, json: { content: filled(draft), recipients: [{ address: "ana@example.org" }], basedOnVersion: 1 } });
    expect(saved.status).toBe(201);
    const version = saved.body?.version as { versionId: string; contentHash: string };
    return { noticeId, versionId: version.versionId, contentHash: version.contentHash };
  }

  describe("a version drafted through an API token", () => {
    it("records the token's owner as its author, who then cannot approve it; another approver can", async () => {
      const owner = actorOf(await createUser(["admin", "legal"], "Ada Admin-Legal")) as TActor & { kind: "user" };
      const { secret } = await createApiToken(owner, { name: "drafting robot", roles: ["comms"] });
      const v = await draftThroughToken(secret);
      const version = await prisma.noticeVersion.findUniqueOrThrow({ where: { id: v.versionId } });
      expect(version.authorId).toBe(owner.id);
      expect(version.authorLabel).toContain("drafting robot");
      const refused = await rejection(approve(owner, incidentId, v.noticeId, v));
      expect(refused.status).toBe(403);
      expect(refused.message).toMatch(/drafted/);
      expect((await getNotice(owner, incidentId, v.noticeId)).viewer.approvableRoles).toEqual([]);
      expect(await reviewQueue(owner)).toEqual([]);
      await expect(approve(p.legal, incidentId, v.noticeId, v)).resolves.toMatchObject({ role: "legal" });
    });

    it("refuses an administrator's approval when the token has no recorded owner; an approver who is not an administrator can approve", async () => {
      const adminLegal = actorOf(await createUser(["admin", "legal"], "Ada Admin-Legal")) as TActor & { kind: "user" };
      const { secret } = await insertApiToken({ name: "ownerless robot", roles: ["comms"] }, null);
      const v = await draftThroughToken(secret);
      const refused = await rejection(approve(adminLegal, incidentId, v.noticeId, v));
      expect(refused.status).toBe(403);
      expect(refused.message).toMatch(/API token/);
      expect(await reviewQueue(adminLegal)).toEqual([]);
      await expect(approve(p.legal, incidentId, v.noticeId, v)).resolves.toMatchObject({ role: "legal" });
      await expect(approve(p.comms2, incidentId, v.noticeId, v)).resolves.toMatchObject({ role: "comms" });
    });
  });

  describe("the subject and text that are sent are exactly the approved ones", () => {
    it("answers 400 naming the subject when it is longer than 200 characters or holds a line break", async () => {
      const { id: noticeId } = await createNotice(p.comms, incidentId, { templateId: "gdpr-33" });
      const draft = (await getNotice(p.comms, incidentId, noticeId)).latest!.content as TNoticeContent;
      const token = await createToken(["comms"]);
      const save = (subject: string) =>
        call(versionsRoute, "POST", "/x", { token, params: { id: incidentId, noticeId }, json: { content: { ...filled(draft), subject }, recipients: [{ address: "dpa@example.eu" }], basedOnVersion: 1 } });
      const long = await save("S".repeat(201));
      expect(long.status).toBe(400);
      expect(long.body?.invalid_params).toEqual([{ name: "content.subject", reason: "must be at most 200 characters" }]);
      const twoLines = await save("Breach notice\r\nBcc: everyone@example.org");
      expect(twoLines.status).toBe(400);
      expect(twoLines.body?.invalid_params).toEqual([{ name: "content.subject", reason: expect.stringContaining("line") }]);
      expect((await save("S".repeat(200))).status).toBe(201);
    });

    it("mails the approved subject (200 characters, not ASCII) and every approved section byte for byte", async () => {
      const { id: noticeId } = await createNotice(p.comms, incidentId, { templateId: "gdpr-33" });
      const draft = (await getNotice(p.comms, incidentId, noticeId)).latest!.content as TNoticeContent;
      const subject = `Überprüfung der Datenpanne — 数据泄露通知 ${"é".repeat(200)}`.slice(0, 200);
      const content: TNoticeContent = {
        subject,
        sections: draft.sections.map((s, n) => ({ ...s, body: `  Indented first line of ${s.heading}.\n\n\tTabbed line with trailing spaces   \n${"Long line ".repeat(20)}(${n})` })),
      };
      const saved = await saveNoticeVersion(p.comms, incidentId, noticeId, { content, recipients: [{ address: "dpa@example.eu" }], basedOnVersion: 1 });
      await approve(p.legal, incidentId, noticeId, saved);
      const approved = (await getNotice(p.legal, incidentId, noticeId)).latest!.content as TNoticeContent;
      expect(approved).toEqual(content);
      await sendNotice(p.commander, incidentId, noticeId, { channel: "email" });
      expect(sink.messages).toHaveLength(1);
      const received = decodeTextMessage(sink.messages[0]!.raw);
      expect(received.subject).toBe(approved.subject);
      for (const section of approved.sections) expect(received.text).toContain(`${section.heading}\n\n${section.body}`);
      expect(received.text).toBe(renderNoticeText(approved, { address: "dpa@example.eu" }).text);
    });
  });

  describe("the send gate holds a letter to the public to the same check as the notice page", () => {
    it("refuses to send an approved residents' letter that quotes a finding's title, and sends it once the quote is gone", async () => {
      await insertFinding(incidentId, { title: "Bucket customer-exports-prod allows public reads", firstObservedAt: new Date("2026-11-20T10:00:00Z") });
      const quoting = await draftComplete(p, incidentId);
      const draft = (await getNotice(p.comms, incidentId, quoting.noticeId)).latest!.content as TNoticeContent;
      const withQuote: TNoticeContent = { ...draft, sections: draft.sections.map((s, n) => (n === 0 ? { ...s, body: `${s.body} Bucket customer-exports-prod allows public reads.` } : s)) };
      const v3 = await saveNoticeVersion(p.comms, incidentId, quoting.noticeId, { content: withQuote, recipients: [{ address: "resident@example.org", name: "Ana Resident" }], basedOnVersion: 2 });
      await approve(p.legal, incidentId, quoting.noticeId, v3);
      await approve(p.comms2, incidentId, quoting.noticeId, v3);
      const refused = await rejection(sendNotice(p.commander, incidentId, quoting.noticeId, { channel: "email" }));
      expect(refused.status).toBe(409);
      expect(refused.message).toMatch(/internal material/);
      expect(sink.messages).toHaveLength(0);

      const v4 = await saveNoticeVersion(p.comms, incidentId, quoting.noticeId, { content: draft, recipients: [{ address: "resident@example.org", name: "Ana Resident" }], basedOnVersion: 3 });
      await approve(p.legal, incidentId, quoting.noticeId, v4);
      await approve(p.comms2, incidentId, quoting.noticeId, v4);
      await sendNotice(p.commander, incidentId, quoting.noticeId, { channel: "email" });
      await expect.poll(() => sink.messages.length, { timeout: 10_000 }).toBe(1);
    });
  });

  describe("duplicate recipient addresses", () => {
    it("answers 400 naming the row of a duplicate in a JSON recipient list (case-insensitive), saving nothing", async () => {
      const v = await draftComplete(p, incidentId, { templateId: "gdpr-33" });
      const draft = (await getNotice(p.comms, incidentId, v.noticeId)).latest!.content as TNoticeContent;
      const token = await createToken(["comms"]);
      const response = await call(versionsRoute, "POST", "/x", {
        token,
        params: { id: incidentId, noticeId: v.noticeId },
        json: { content: draft, recipients: [{ address: "dpa@example.eu" }, { address: "ico@example.org" }, { address: "DPA@Example.EU" }], basedOnVersion: 2 },
      });
      expect(response.status).toBe(400);
      expect(response.body?.invalid_params).toEqual([{ name: "recipients.2.address", reason: "repeats the address of recipients.0 (dpa@example.eu); each address may appear once" }]);
      expect(await prisma.noticeVersion.count({ where: { noticeId: v.noticeId } })).toBe(2);
    });

    it("answers 400 naming the line of a duplicate in a recipients CSV (case-insensitive), saving nothing", async () => {
      const v = await draftComplete(p, incidentId, { templateId: "gdpr-33" });
      const token = await createToken(["comms"]);
      const csv = "email,name\ndpa@example.eu,DPA\nico@example.org,ICO\nDpa@Example.eu,DPA again\n";
      const response = await call(recipientsRoute, "POST", "/x", { token, params: { id: incidentId, noticeId: v.noticeId }, json: { csv, basedOnVersion: 2 } });
      expect(response.status).toBe(400);
      expect(response.body?.invalid_params).toEqual([{ name: "csv", reason: "line 4: repeats the address of line 2 (dpa@example.eu); each address may appear once" }]);
      expect(await prisma.noticeVersion.count({ where: { noticeId: v.noticeId } })).toBe(2);
    });
  });

  describe("a submission's instant", () => {
    it("answers 400 naming submittedAt for an instant before the version's approval or in the future; accepts one in between", async () => {
      const v = await draftComplete(p, incidentId, { templateId: "gdpr-33", recipients: [{ address: "dpa@example.eu" }] });
      await approve(p.legal, incidentId, v.noticeId, v);
      const approvedAt = (await prisma.noticeApproval.findFirstOrThrow({ where: { versionId: v.versionId } })).createdAt;
      const token = await createToken(["commander"]);
      const submit = (submittedAt: Date, reference: string) =>
        call(submissionRoute, "POST", "/x", { token, params: { id: incidentId, noticeId: v.noticeId }, json: { portal: "DPA portal", reference, submittedAt: submittedAt.toISOString() } });
      const backdated = await submit(new Date(approvedAt.getTime() - 60_000), "R-early");
      expect(backdated.status).toBe(400);
      expect(backdated.body?.invalid_params).toEqual([{ name: "submittedAt", reason: expect.stringContaining("approved") }]);
      const future = await submit(new Date(Date.now() + 60 * 60_000), "R-future");
      expect(future.status).toBe(400);
      expect(future.body?.invalid_params).toEqual([{ name: "submittedAt", reason: expect.stringContaining("future") }]);
      expect(await prisma.noticeSend.count()).toBe(0);
      expect((await submit(new Date(), "R-ok")).status).toBe(201);
    });
  });
});
