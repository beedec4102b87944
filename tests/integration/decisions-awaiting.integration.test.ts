import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as eventbridgeRoute } from "@/app/api/intake/eventbridge/route";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/policy";
import { openIncidentFromFindings } from "@/lib/findings/service";
import { declareMoment } from "@/lib/fact-changes/declare-moment";
import { updateIncidentFacts } from "@/lib/fact-changes/update-facts";
import { renderNoticeText, type TNoticeContent } from "@/lib/notices/content";
import { internalTokens } from "@/lib/notices/internal-material";
import { getNoticeChecks, listStuckNotices } from "@/lib/notices/notice-checks";
import { decideNotice } from "@/lib/notices/decide";
import { createNotice, saveNoticeVersion } from "@/lib/notices/draft";
import { getNotice } from "@/lib/notices/read";
import { recordSubmission } from "@/lib/notices/submit";
import { getDecisionsAwaiting, getIncidentStatus, getPortfolioStatus } from "@/lib/status/service";
import { updateUser } from "@/lib/user-admin/update-user";
import { smtpSinkForThisFile } from "@/tests/support/smtp-sink-for-file";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser } from "./api-helpers";

smtpSinkForThisFile();

/** Real Security Hub findings (tests/fixtures/aws; origins and licences in its README). */
const FIXTURES = [
  "securityhub-asff-control-S3.1-account-bpa.json",
  "securityhub-asff-control-S3.2-public-read.json",
  "securityhub-asff-control-S3.8-bucket-bpa.json",
  "securityhub-asff-control-IAM.8-unused-credentials.json",
  "securityhub-asff-control-IAM.3-access-key-rotation.json",
  "securityhub-asff-control-EC2.8-imdsv2.json",
];
const fixture = (name: string) => JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws", name), "utf8")) as Record<string, unknown>;
/** A finding whose attacker-controlled title tries the notice's merge and placeholder syntax. */
const HOSTILE_TITLE = "Bucket {{name}} readable by [[anyone]] via arn:aws:s3:::exports-prod";

const PASSWORD = "a long test password";

async function incidentFromRealFindings(commander: TActor) {
  const engineer = await createToken(["engineer"]);
  const event = fixture("eventbridge-securityhub-findings-imported-afsbp-ec2.7.json");
  const hostile = { ...fixture("securityhub-asff-control-S3.8-bucket-bpa.json"), Id: `arn:aws:securityhub:us-east-1:111111111111:test/${randomUUID()}`, Title: HOSTILE_TITLE };
  const findings = [...FIXTURES.map(fixture), hostile];
  const pushed = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token: engineer, json: { ...event, detail: { findings } } });
  expect(pushed.body).toMatchObject({ inserted: findings.length, rejected: 0 });
  const stored = await prisma.finding.findMany({ select: { id: true, title: true, resourceIds: true } });
  const incident = await openIncidentFromFindings(commander, { findingIds: stored.map((f) => f.id), title: "Public exports bucket", severity: "high", commanderId: commander.id });
  await updateIncidentFacts(commander, incident.id, {
    expectedVersion: 0,
    reason: "Customer table in the bucket",
    incident: { personalData: "yes", dataCategories: ["name", "contact_details", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" } },
    affected: [{ jurisdiction: "US-CA", count: 1200 }, { jurisdiction: "DE", count: 300 }],
  });
  return { incidentId: incident.id, findings: stored };
}

describe("a letter to Californians pre-filled from an incident with real findings", () => {
  beforeEach(resetDatabase);

  it("contains no finding title, ARN, control id, vocabulary token or other jurisdiction, and the hostile title cannot merge", async () => {
    const commander = actorOf(await createUser(["commander"], "Casey"));
    const comms = actorOf(await createUser(["comms"], "Cam"));
    const { incidentId, findings } = await incidentFromRealFindings(commander);
    const obligation = await prisma.obligation.findFirstOrThrow({ where: { incidentId, ruleId: "US-CA-1798.82-IND" } });
    const { id } = await createNotice(comms, incidentId, { templateId: "california-1798-82", obligationId: obligation.id });
    const notice = await getNotice(comms, incidentId, id);
    const content = notice.latest!.content as TNoticeContent;
    const text = [content.subject, ...content.sections.map((s) => s.body)].join("\n");

    for (const finding of findings) expect(text).not.toContain(finding.title);
    for (const finding of findings) for (const resource of finding.resourceIds) expect(text).not.toContain(resource);
    expect(text).not.toMatch(/arn:aws/i);
    expect(text).not.toMatch(/\b(?:S3\.[128]|IAM\.[38]|EC2\.8)\b/);
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(text).not.toContain("Opened from");
    expect(text).not.toContain("Germany");
    expect(text).not.toContain("300");
    expect(text).toContain("About 1,200 people in California.");
    expect(text).toContain("contact details such as e-mail addresses");
    expect(internalTokens(text).filter((t) => t.kind !== "placeholder")).toEqual([]);

    // What is left is placeholders; the completeness check lists them, and would list any finding text pasted in.
    const checks = await getNoticeChecks(comms, notice);
    expect(checks.missing.map((m) => m.key)).toContain("what-happened");
    const pasted = await saveNoticeVersion(comms, incidentId, id, {
      content: { ...content, sections: content.sections.map((s) => ({ ...s, body: s.key === "what-happened" ? `Dear {{name}}, we found: ${findings[0]!.title}` : "Written in plain words." })) },
      recipients: [{ address: "ana@example.org", name: "Ana" }],
      basedOnVersion: 1,
    });
    expect(pasted.version).toBe(2);
    const again = await getNoticeChecks(comms, await getNotice(comms, incidentId, id));
    expect(again.missing).toEqual([expect.objectContaining({ key: "what-happened:internal" })]);
    expect(again.missing[0]!.reason).toMatch(/text copied from a finding|security control id/);
  });

  it("keeps the regulator's technical details, with the hostile title inert: it renders as typed, never as a merge", async () => {
    const commander = actorOf(await createUser(["commander"], "Casey"));
    const legal = actorOf(await createUser(["legal"], "Lee"));
    const { incidentId } = await incidentFromRealFindings(commander);
    const { id } = await createNotice(legal, incidentId, { templateId: "gdpr-33", obligationId: null });
    const content = (await getNotice(legal, incidentId, id)).latest!.content as TNoticeContent;
    const { text } = renderNoticeText(content, { address: "dpa@example.eu", name: "Data Protection Authority" });
    expect(text).toContain("Bucket { {name} } readable by [ [anyone] ]");
    expect(text).not.toContain("Bucket Data Protection Authority");
    expect(text).toContain("About 300 people in Germany.");
    expect(text).not.toContain("California");
  });
});

describe("decisions awaiting someone, from the stored register", () => {
  let commander: TActor;
  let comms: TActor;
  let legal: TActor;
  beforeEach(async () => {
    await resetDatabase();
    commander = actorOf(await createUser(["commander"], "Casey"));
    comms = actorOf(await createUser(["comms"], "Cam Comms"));
    legal = actorOf(await createUser(["legal"], "Lee Legal"));
  });

  it("before Discovered: the California clocks wait for it, and the status view says so instead of 'nothing is waiting'", async () => {
    const { incidentId } = await incidentFromRealFindings(commander);
    const exec = actorOf(await createUser(["exec"], "Erin"));
    const view = await getIncidentStatus(exec, incidentId);
    expect(view.next).toBeNull();
    const trigger = view.awaiting.find((d) => d.kind === "awaiting_trigger")!;
    expect(trigger.what).toBe("The California clocks have not started: declare Discovered");
    expect(trigger.action?.href).toBe(`/incidents/${incidentId}/facts?declare=discovered#moments-heading`);

    await declareMoment(commander, incidentId, { moment: "discovered", at: new Date(Date.now() - 3_600_000).toISOString(), reason: "Access logs reviewed" });
    const after = await getIncidentStatus(exec, incidentId);
    expect(after.awaiting.filter((d) => d.kind === "awaiting_trigger").map((d) => d.what)).toEqual([
      "The California clock has not started: send the notice to Affected California residents first",
      "The European Union clocks have not started: declare Aware",
    ]);
    expect(after.awaiting.map((d) => d.what)).toContain("Draft the notice to Affected California residents (California)");
    // The portfolio and the dashboard read the same rule.
    const portfolio = await getPortfolioStatus(exec);
    expect(portfolio.rows[0]!.awaiting).toEqual(after.awaiting);
    expect((await getDecisionsAwaiting(exec, [incidentId])).get(incidentId)).toEqual(after.awaiting);
  });

  it("with one comms user who drafted the notice: the deadlock is said on the notice, the queue and the status; an administrator's fix clears it", async () => {
    const { incidentId } = await incidentFromRealFindings(commander);
    const obligation = await prisma.obligation.findFirstOrThrow({ where: { incidentId, ruleId: "US-CA-1798.82-IND" } });
    const { id } = await createNotice(comms, incidentId, { templateId: "california-1798-82", obligationId: obligation.id });
    const notice = await getNotice(comms, incidentId, id);
    expect((await getNoticeChecks(comms, notice)).deadlocks).toEqual([{ role: "comms", reason: "only_drafter" }]);
    const stuck = await listStuckNotices(legal);
    expect(stuck.map((n) => n.noticeId)).toEqual([id]);
    const status = await getIncidentStatus(commander, incidentId);
    const deadlock = status.awaiting.find((d) => d.kind === "approval_deadlock")!;
    expect(deadlock.why).toBe("No one but the drafter can give the Communications approval: an administrator must give the Communications role to another person.");
    expect(deadlock.adminFix?.href).toBe("/admin/users");

    // Giving comms to Lee, the only legal reviewer, is not enough: one person gives one approval per version.
    const admin = actorOf(await createUser(["admin"], "Ada"));
    await updateUser(admin, legal.id, { roles: ["legal", "comms"] });
    const checks = async () => (await getNoticeChecks(comms, await getNotice(comms, incidentId, id))).deadlocks;
    expect(await checks()).toEqual([{ role: "comms", reason: "too_few_people" }]);
    expect((await getIncidentStatus(commander, incidentId)).awaiting.find((d) => d.kind === "approval_deadlock")?.why).toMatch(/must come from different people/);

    const engineer = await createUser(["engineer"], "Eli");
    await updateUser(admin, engineer.id, { roles: ["engineer", "comms"] });
    expect(await checks()).toEqual([]);
    expect(await listStuckNotices(legal)).toEqual([]);
    expect((await getIncidentStatus(commander, incidentId)).awaiting.find((d) => d.noticeId === id)?.kind).toBe("notice_blocked");
  });

  it("records a portal submission for a notice without any e-mail recipient", async () => {
    const { incidentId } = await incidentFromRealFindings(commander);
    const { id } = await createNotice(legal, incidentId, { templateId: "generic-regulator", obligationId: null });
    const draft = (await getNotice(legal, incidentId, id)).latest!.content as TNoticeContent;
    const saved = await saveNoticeVersion(comms, incidentId, id, {
      content: { ...draft, sections: draft.sections.map((s) => ({ ...s, body: "Written." })) },
      recipients: [],
      basedOnVersion: 1,
    });
    await decideNotice(legal, incidentId, id, { versionId: saved.versionId, contentHash: saved.contentHash, decision: "approve", password: PASSWORD });
    const checks = await getNoticeChecks(commander, await getNotice(commander, incidentId, id));
    expect(checks.readiness.submission).toBeNull();
    expect(checks.readiness.email).toMatch(/^Add at least one e-mail recipient/);
    await recordSubmission(commander, incidentId, id, { portal: "oag.ca.gov", reference: "CA-7", submittedAt: new Date().toISOString(), receipt: null });
    expect((await prisma.notice.findUniqueOrThrow({ where: { id } })).sentVersionId).toBe(saved.versionId);
  });
});
