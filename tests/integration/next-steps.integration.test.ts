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
import { setIncidentMember } from "@/lib/membership/service";
import { getNextSteps } from "@/lib/next-steps/service";
import type { TNoticeContent } from "@/lib/notices/content";
import { decideNotice } from "@/lib/notices/decide";
import { createNotice, saveNoticeVersion } from "@/lib/notices/draft";
import { getNotice } from "@/lib/notices/read";
import { recordSubmission } from "@/lib/notices/submit";
import { setObligationOwner } from "@/lib/obligations/service";
import { applyPlaybook } from "@/lib/playbooks/service";
import { smtpSinkForThisFile } from "@/tests/support/smtp-sink-for-file";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser } from "./api-helpers";

smtpSinkForThisFile();

const PASSWORD = "a long test password";
const fixture = (name: string) => JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/aws", name), "utf8")) as Record<string, unknown>;

/** An incident opened from real S3 findings, as triage does: 1,200 Californians and 300 Germans, national ids, not encrypted. */
async function incidentFromFindings(commander: TActor) {
  const engineer = await createToken(["engineer"]);
  const event = fixture("eventbridge-securityhub-findings-imported-afsbp-ec2.7.json");
  const findings = ["securityhub-asff-control-S3.2-public-read.json", "securityhub-asff-control-S3.8-bucket-bpa.json"].map((name) => ({
    ...fixture(name),
    Id: `arn:aws:securityhub:us-east-1:111111111111:test/${randomUUID()}`,
  }));
  const pushed = await call(eventbridgeRoute, "POST", "/api/intake/eventbridge", { token: engineer, json: { ...event, detail: { findings } } });
  expect(pushed.body).toMatchObject({ inserted: findings.length, rejected: 0 });
  const stored = await prisma.finding.findMany({ select: { id: true } });
  const incident = await openIncidentFromFindings(commander, { findingIds: stored.map((f) => f.id), title: "Public exports bucket", severity: "high", commanderId: commander.id });
  return incident.id;
}

async function recordFacts(commander: TActor, incidentId: string) {
  await updateIncidentFacts(commander, incidentId, {
    expectedVersion: 0,
    reason: "Customer table in the bucket",
    incident: { personalData: "yes", dataCategories: ["name", "national_id_number"], compromise: ["acquisition"], encryption: { status: "none", keyCompromised: "unknown" }, riskLevel: "risk" },
    affected: [{ jurisdiction: "US-CA", count: 1200 }, { jurisdiction: "DE", count: 300 }],
  });
}

describe("next steps, read from the stored incident for each viewer", () => {
  let commander: TActor;
  let legal: TActor;
  let comms: TActor;
  let exec: TActor;
  beforeEach(async () => {
    await resetDatabase();
    commander = actorOf(await createUser(["commander"], "Casey"));
    legal = actorOf(await createUser(["legal"], "Lee"));
    comms = actorOf(await createUser(["comms"], "Cam"));
    exec = actorOf(await createUser(["exec"], "Erin"));
  });

  it("leads the commander from findings to the first notice, and each other role to their part of it", async () => {
    const incidentId = await incidentFromFindings(commander);
    const kinds = async (actor: TActor) => (await getNextSteps(actor, incidentId)).steps.map((s) => s.kind);

    // Just opened from findings: the facts come first, and the findings call for a playbook.
    const opened = await getNextSteps(commander, incidentId);
    expect(opened.steps[0]).toMatchObject({ kind: "record_facts", action: { href: `/incidents/${incidentId}/facts#facts-heading` } });
    expect(opened.steps.map((s) => s.kind)).toContain("apply_playbook");
    expect(await kinds(exec)).toEqual([]);
    expect((await getNextSteps(exec, incidentId)).waiting.map((w) => w.what)).toContain("Record what was exposed and whose data it is");

    await recordFacts(commander, incidentId);
    const afterFacts = await getNextSteps(commander, incidentId);
    expect(afterFacts.steps.slice(0, 2).map((s) => s.title)).toEqual(["The European Union clock has not started: declare Aware", "The California clocks have not started: declare Discovered"]);

    await declareMoment(commander, incidentId, { moment: "aware", at: new Date(Date.now() - 3_600_000).toISOString(), reason: "Exfiltration confirmed" });
    const afterAware = await getNextSteps(commander, incidentId);
    expect(afterAware.steps[0]).toMatchObject({ kind: "declare_moment", action: { kind: "same-moment", moment: "discovered", sameAs: "aware" } });
    await declareMoment(commander, incidentId, { moment: "discovered", sameAs: "aware", reason: "Same moment" });

    const running = await getNextSteps(commander, incidentId);
    expect(running.steps.map((s) => s.kind)).not.toContain("declare_moment");
    const owners = running.steps.find((s) => s.kind === "assign_owners")!;
    expect(owners.title).toBe("2 obligations have no owner");
    expect(running.waiting.map((w) => w.what)).toContain("Draft the notice to Supervisory authority (lead SA for cross-border processing) (the European Union)");

    const sa = await prisma.obligation.findFirstOrThrow({ where: { incidentId, ruleId: "EU-GDPR-33-SA" } });
    for (const o of await prisma.obligation.findMany({ where: { incidentId, dueAt: { not: null } } })) await setObligationOwner(commander, incidentId, o.id, { ownerId: legal.id });
    // The playbook's engineering and forensics tasks go to the incident's engineering lead, whose steps then say so.
    const engineer = actorOf(await createUser(["engineer"], "Eli"));
    await setIncidentMember(commander, incidentId, { userId: engineer.id, role: "engineering_lead" });
    await applyPlaybook(commander, incidentId, opened.steps.find((s) => s.kind === "apply_playbook")!.id.replace(/^playbook-/, ""));
    expect(await kinds(commander)).not.toContain("assign_owners");
    expect(await kinds(commander)).not.toContain("apply_playbook");
    expect((await getNextSteps(engineer, incidentId)).steps[0]).toMatchObject({ kind: "your_tasks", title: "4 open tasks are yours" });

    // Comms drafts the soonest notice, chosen for them.
    const draft = (await getNextSteps(comms, incidentId)).steps.find((s) => s.kind === "draft_notice")!;
    expect(draft.action).toMatchObject({ href: `/incidents/${incidentId}/notices?obligation=${sa.id}#new-notice` });
    const { id: noticeId } = await createNotice(comms, incidentId, { templateId: "gdpr-33", obligationId: sa.id });
    const content = (await getNotice(comms, incidentId, noticeId)).latest!.content as TNoticeContent;
    const saved = await saveNoticeVersion(comms, incidentId, noticeId, {
      content: { ...content, sections: content.sections.map((s) => ({ ...s, body: "Written in plain words." })) },
      recipients: [],
      basedOnVersion: 1,
    });

    // Legal may approve it; comms, its drafter, waits for legal.
    const forLegal = await getNextSteps(legal, incidentId);
    expect(forLegal.steps[0]).toMatchObject({ kind: "approve_notice", action: { href: `/incidents/${incidentId}/notices/${noticeId}` } });
    const forComms = await getNextSteps(comms, incidentId);
    expect(forComms.steps.map((s) => s.kind)).not.toContain("approve_notice");
    expect(forComms.waiting).toContainEqual(expect.objectContaining({ what: expect.stringMatching(/needs approval$/), who: "its Legal approver" }));

    await decideNotice(legal, incidentId, noticeId, { versionId: saved.versionId, contentHash: saved.contentHash, decision: "approve", password: PASSWORD });
    expect((await getNextSteps(legal, incidentId)).steps.map((s) => s.kind)).not.toContain("approve_notice");
    const send = (await getNextSteps(commander, incidentId)).steps[0]!;
    expect(send).toMatchObject({ kind: "send_notice", action: { href: `/incidents/${incidentId}/notices/${noticeId}` } });

    await recordSubmission(commander, incidentId, noticeId, { portal: "BfDI portal", reference: "DE-1", submittedAt: new Date().toISOString(), receipt: null });
    expect((await getNextSteps(commander, incidentId)).steps.map((s) => s.id)).not.toContain(send.id);
  });

  it("answers an incident the viewer may not see with the same not-found as a missing one", async () => {
    const incidentId = await incidentFromFindings(commander);
    await prisma.incident.update({ where: { id: incidentId }, data: { restricted: true } });
    const outsider = actorOf(await createUser(["legal"], "Out"));
    await expect(getNextSteps(outsider, incidentId)).rejects.toMatchObject({ code: "not_found" });
    await expect(getNextSteps(outsider, randomUUID())).rejects.toMatchObject({ code: "not_found" });
  });
});
