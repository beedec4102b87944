import { beforeEach, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/incidents/[id]/notices/route";
import { POST as recipientsRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/recipients/route";
import { POST as sendRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/send/route";
import { POST as versionsRoute } from "@/app/api/incidents/[id]/notices/[noticeId]/versions/route";
import { prisma } from "@/lib/db";
import type { TNoticeContent } from "@/lib/notices/content";
import { sendNotice } from "@/lib/notices/send";
import { getNotice } from "@/lib/notices/read";
import { smtpSinkForThisFile } from "@/tests/support/smtp-sink-for-file";
import { insertObligation } from "@/tests/support/obligations";
import { approve, draftComplete, filled, people, rejection, type TPeople } from "@/tests/support/notices";
import { resetDatabase } from "./reset-db";
import { call, createToken, declareIncidentVia } from "./api-helpers";

const sink = smtpSinkForThisFile();

describe("a notice's kind, and so its approvals, follow from its template", () => {
  let p: TPeople;
  let incidentId: string;
  let commsToken: string;
  const create = (json: Record<string, unknown>) => call(createRoute, "POST", "/x", { token: commsToken, params: { id: incidentId }, json });

  beforeEach(async () => {
    await resetDatabase();
    sink.messages.length = 0;
    p = await people();
    commsToken = await createToken(["comms"]);
    incidentId = await declareIncidentVia(await createToken(["commander"]), p.commander.id, "Ransomware on the billing cluster");
  });

  it("answers 400 naming kind to an SEC 8-K template drafted as kind \"other\", and drafts nothing", async () => {
    const response = await create({ templateId: "sec-8k-1-05", kind: "other" });
    expect(response.status).toBe(400);
    expect(response.body?.invalid_params).toEqual([{ name: "kind", reason: expect.stringContaining("sec_filing") }]);
    expect(await prisma.notice.count()).toBe(0);
  });

  it("answers 400 naming kind to an individuals template drafted as a regulator notice; the template's own kind, or none, is accepted", async () => {
    const wrong = await create({ templateId: "gdpr-34", kind: "regulator" });
    expect(wrong.status).toBe(400);
    expect(wrong.body?.invalid_params).toEqual([{ name: "kind", reason: expect.stringContaining("individuals") }]);
    const stated = await create({ templateId: "gdpr-34", kind: "individuals" });
    const implied = await create({ templateId: "gdpr-34" });
    expect([stated.status, implied.status]).toEqual([201, 201]);
    expect((await prisma.notice.findMany({ select: { kind: true } })).map((n) => n.kind)).toEqual(["individuals", "individuals"]);
  });

  it("adds the approvals the obligation's kind requires: an SEC filing or an individuals notice drafted on the generic regulator template", async () => {
    for (const [ruleId, secondApprover] of [["US-SEC-8K-105", p.exec], ["US-TX-521.053-IND", p.comms2]] as const) {
      const obligation = await insertObligation(incidentId, ruleId, new Date(Date.now() + 4 * 86_400_000));
      const v = await draftComplete(p, incidentId, { templateId: "generic-regulator", recipients: [{ address: `${ruleId.toLowerCase()}@example.org` }], obligationId: obligation.id });
      await approve(p.legal, incidentId, v.noticeId, v);
      const refused = await rejection(sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" }));
      expect(refused.status).toBe(409);
      expect(refused.extensions.missingApprovals).toEqual([secondApprover.roles[0]]);
      await approve(secondApprover, incidentId, v.noticeId, v);
      await expect(sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" })).resolves.toMatchObject({ progress: { sent: 1 } });
    }
    expect(sink.messages).toHaveLength(2);
  });

  it("requires the approvals of the template's kind at send, whatever kind the notice row holds", async () => {
    const v = await draftComplete(p, incidentId, { templateId: "sec-8k-1-05", recipients: [{ address: "filings@example.org" }] });
    // A row whose stored kind disagrees with its template (drafted before kinds were derived, or by any future path).
    await prisma.notice.update({ where: { id: v.noticeId }, data: { kind: "other" } });
    await approve(p.legal, incidentId, v.noticeId, v);
    const detail = await getNotice(p.commander, incidentId, v.noticeId);
    expect(detail.state.missing).toEqual(["exec"]);
    expect(detail.status).toBe("awaiting_approval");
    const refused = await rejection(sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" }));
    expect(refused.status).toBe(409);
    expect(refused.message).toContain("exec");
    expect(sink.messages).toHaveLength(0);
    await approve(p.exec, incidentId, v.noticeId, v);
    await sendNotice(p.commander, incidentId, v.noticeId, { channel: "email" });
    expect(sink.messages.map((m) => m.to)).toEqual([["filings@example.org"]]);
  });

  it("keeps the template's approvals through every path: drafted by an API token, edited, recipients from a CSV, sent through the API", async () => {
    const created = await create({ templateId: "california-1798-82" });
    const noticeId = (created.body?.notice as { id: string }).id;
    const params = { id: incidentId, noticeId };
    const draft = (await getNotice(p.legal, incidentId, noticeId)).latest!.content as TNoticeContent;
    expect((await call(versionsRoute, "POST", "/x", { token: commsToken, params, json: { content: filled(draft), recipients: [], basedOnVersion: 1 } })).status).toBe(201);
    expect((await call(recipientsRoute, "POST", "/x", { token: commsToken, params, json: { csv: "email,name\nana@example.org,Ana\n", basedOnVersion: 2 } })).status).toBe(201);
    const latest = (await getNotice(p.legal, incidentId, noticeId)).latest!;
    const v = { versionId: latest.id, contentHash: latest.contentHash };
    await approve(p.legal, incidentId, noticeId, v);
    const commanderToken = await createToken(["commander"]);
    const early = await call(sendRoute, "POST", "/x", { token: commanderToken, params, json: { channel: "email" } });
    expect(early.status).toBe(409);
    expect(early.body?.missingApprovals).toEqual(["comms"]);
    await approve(p.comms2, incidentId, noticeId, v);
    expect((await call(sendRoute, "POST", "/x", { token: commanderToken, params, json: { channel: "email" } })).status).toBe(201);
    expect(sink.messages).toHaveLength(1);
  });
});
