import { beforeEach, describe, expect, it } from "vitest";
import { POST as custodyRoute } from "@/app/api/incidents/[id]/evidence/[evidenceId]/custody/route";
import { DELETE as removeMemberRoute } from "@/app/api/incidents/[id]/members/[userId]/route";
import { POST as notesRoute } from "@/app/api/incidents/[id]/notes/route";
import { PUT as obligationOwnerRoute } from "@/app/api/incidents/[id]/obligations/[obligationId]/owner/route";
import { PATCH as taskRoute } from "@/app/api/incidents/[id]/tasks/[taskId]/route";
import { POST as tasksRoute } from "@/app/api/incidents/[id]/tasks/route";
import { prisma } from "@/lib/db";
import { listCustodianCandidates } from "@/lib/evidence/read";
import { registerEvidenceFromBuffer } from "@/lib/evidence/register";
import { CANNOT_SEE_INCIDENT } from "@/lib/incidents/assignees";
import { listDecisionOwners } from "@/lib/incidents/service";
import { setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
import { UNASSIGNED_CUSTODIAN } from "@/lib/need-to-know/hand-over";
import { listObligationOwners } from "@/lib/obligations/service";
import { createTask, listTaskOwners } from "@/lib/tasks/service";
import { updateUser } from "@/lib/user-admin/update-user";
import { insertObligation } from "@/tests/support/obligations";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

type TUser = Awaited<ReturnType<typeof createUser>>;

let commander: TUser;
let member: TUser;
let outsider: TUser;
let admin: TUser;
let token: string;
let incidentId: string;

beforeEach(async () => {
  await resetDatabase();
  commander = await createUser(["commander"], "Casey Commander");
  member = await createUser(["legal", "engineer"], "Mia Member");
  outsider = await createUser(["legal", "engineer"], "Olive Outsider");
  admin = await createUser(["admin"], "Ada Admin");
  token = await createToken(["admin"]);
  incidentId = await declareIncidentVia(token, commander.id, "Board member's mailbox exfiltrated");
  await setIncidentMember(actorOf(commander), incidentId, { userId: member.id, role: "legal_lead" });
  await setIncidentRestricted(actorOf(commander), incidentId, { restricted: true, reason: "Insider suspected" });
});

const refusal = (field: string) => [{ name: field, reason: CANNOT_SEE_INCIDENT }];
const paramsOf = (response: Awaited<ReturnType<typeof call>>) => response.body?.invalid_params;
const eventCount = () => prisma.timelineEvent.count({ where: { incidentId } });

async function evidenceItem() {
  const { evidence } = await registerEvidenceFromBuffer({ incidentId, name: "mailbox.pst", bytes: new TextEncoder().encode(`pst ${Math.random()}`), actor: actorOf(commander), reason: "Collected" });
  return evidence;
}

describe("on a need-to-know incident, work is handed only to people who can see it (400 naming the field)", () => {
  it("task owners: a new task and a reassigned one refuse an outsider and take a member", async () => {
    const before = await eventCount();
    const created = await call(tasksRoute, "POST", "/x", { token, params: { id: incidentId }, json: { title: "Image the laptop", role: "forensics", ownerId: outsider.id } });
    expect(created.status).toBe(400);
    expect(paramsOf(created)).toEqual(refusal("ownerId"));
    expect(await prisma.task.count()).toBe(0);

    const task = await createTask(actorOf(commander), incidentId, { title: "Image the laptop", role: "forensics", ownerId: member.id });
    const moved = await call(taskRoute, "PATCH", "/x", { token, params: { id: incidentId, taskId: task.id }, json: { expectedVersion: task.version, ownerId: outsider.id } });
    expect(moved.status).toBe(400);
    expect(paramsOf(moved)).toEqual(refusal("ownerId"));
    expect((await prisma.task.findUniqueOrThrow({ where: { id: task.id } })).ownerId).toBe(member.id);
    expect(await eventCount()).toBe(before + 1); // the task.created of the rightful owner only

    const toAdmin = await call(taskRoute, "PATCH", "/x", { token, params: { id: incidentId, taskId: task.id }, json: { expectedVersion: task.version, ownerId: admin.id } });
    expect(toAdmin.status).toBe(200);
  });

  it("decision owners: refuses an outsider, takes a member", async () => {
    const before = await eventCount();
    const decision = (ownerId: string) => call(notesRoute, "POST", "/x", { token, params: { id: incidentId }, json: { text: "Notify the board", decision: { ownerId, rationale: "Counsel's advice" } } });
    const refused = await decision(outsider.id);
    expect(refused.status).toBe(400);
    expect(paramsOf(refused)).toEqual(refusal("decision.ownerId"));
    expect(await eventCount()).toBe(before);
    expect((await decision(member.id)).status).toBe(201);
  });

  it("decision owners: the role rule of the picker holds in the API too (an executive is not offered, so not accepted)", async () => {
    const exec = await createUser(["exec"], "Eve Exec");
    await setIncidentMember(actorOf(commander), incidentId, { userId: exec.id, role: "participant" });
    const refused = await call(notesRoute, "POST", "/x", { token, params: { id: incidentId }, json: { text: "Pay", decision: { ownerId: exec.id, rationale: "r" } } });
    expect(paramsOf(refused)).toEqual([{ name: "decision.ownerId", reason: "must hold the admin, commander, legal, engineer or comms role" }]);
  });

  it("evidence custodians: a hand-over to an outsider is refused, to a member recorded", async () => {
    const item = await evidenceItem();
    const handOver = (toUserId: string) =>
      call(custodyRoute, "POST", "/x", { token, params: { id: incidentId, evidenceId: item.id }, json: { action: "hand_over", toUserId, reason: "Shift change", expectedVersion: 1 } });
    const refused = await handOver(outsider.id);
    expect(refused.status).toBe(400);
    expect(paramsOf(refused)).toEqual(refusal("toUserId"));
    expect((await prisma.evidence.findUniqueOrThrow({ where: { id: item.id } })).custodianId).toBe(commander.id);
    expect((await handOver(member.id)).status).toBe(200);
  });

  it("obligation owners: the same rule and the same words", async () => {
    const obligation = await insertObligation(incidentId, "EU-GDPR-33-SA", new Date(Date.now() + 3_600_000));
    const refused = await call(obligationOwnerRoute, "PUT", "/x", { token, params: { id: incidentId, obligationId: obligation.id }, json: { ownerId: outsider.id } });
    expect(refused.status).toBe(400);
    expect(paramsOf(refused)).toEqual(refusal("ownerId"));
  });

  it("every picker offers exactly the people who can see the incident (and everyone eligible once it is open)", async () => {
    const viewer = actorOf(commander);
    const pickers = async () => ({
      tasks: (await listTaskOwners(viewer, incidentId)).map((u) => u.name),
      decisions: (await listDecisionOwners(viewer, incidentId)).map((u) => u.name),
      custody: (await listCustodianCandidates(viewer, incidentId)).map((u) => u.name),
      obligations: (await listObligationOwners(viewer, incidentId)).map((u) => u.name),
    });
    const seers = ["Ada Admin", "Casey Commander", "Mia Member"];
    expect(await pickers()).toEqual({ tasks: seers, decisions: seers, custody: seers, obligations: seers });
    await setIncidentRestricted(viewer, incidentId, { restricted: false, reason: "Cleared" });
    const everyone = ["Ada Admin", "Casey Commander", "Mia Member", "Olive Outsider"];
    expect(await pickers()).toEqual({ tasks: everyone, decisions: everyone, custody: everyone, obligations: everyone });
  });
});

describe("a member removed from a need-to-know incident: what they held goes to its commander, on the timeline", () => {
  it("open tasks, open obligations and held evidence go to the commander in the removal's transaction; finished work keeps its owner", async () => {
    const open = await createTask(actorOf(commander), incidentId, { title: "Image the laptop", role: "forensics", ownerId: member.id });
    const done = await createTask(actorOf(commander), incidentId, { title: "Revoke the session", role: "engineering", ownerId: member.id });
    await prisma.task.update({ where: { id: done.id }, data: { status: "done" } });
    const obligation = await insertObligation(incidentId, "EU-GDPR-33-SA", new Date(Date.now() + 3_600_000));
    expect((await call(obligationOwnerRoute, "PUT", "/x", { token, params: { id: incidentId, obligationId: obligation.id }, json: { ownerId: member.id } })).status).toBe(200);
    const item = await evidenceItem();
    expect((await call(custodyRoute, "POST", "/x", { token, params: { id: incidentId, evidenceId: item.id }, json: { action: "hand_over", toUserId: member.id, reason: "Analysis", expectedVersion: 1 } })).status).toBe(200);

    const removed = await call(removeMemberRoute, "DELETE", "/x", { token, params: { id: incidentId, userId: member.id } });
    expect(removed.status).toBe(200);

    expect((await prisma.task.findUniqueOrThrow({ where: { id: open.id } })).ownerId).toBe(commander.id);
    expect((await prisma.task.findUniqueOrThrow({ where: { id: done.id } })).ownerId).toBe(member.id);
    expect((await prisma.obligation.findUniqueOrThrow({ where: { id: obligation.id } })).ownerId).toBe(commander.id);
    const held = await prisma.evidence.findUniqueOrThrow({ where: { id: item.id } });
    expect([held.custodianId, held.custodianLabel]).toEqual([commander.id, "Casey Commander"]);
    const custody = await prisma.evidenceCustody.findFirstOrThrow({ where: { evidenceId: item.id }, orderBy: { at: "desc" } });
    expect(custody).toMatchObject({ action: "handed_over", reason: "Mia Member can no longer see this need-to-know incident; it goes to its commander" });

    // Each hand-over is on the timeline, written by the same transaction as the removal.
    const events = await prisma.$queryRaw<{ kind: string; xmin: string; payload: Record<string, unknown> }[]>`
      SELECT kind, xmin::text, payload FROM timeline_events WHERE incident_id = ${incidentId}::uuid ORDER BY sequence DESC LIMIT 4`;
    expect(events.map((e) => e.kind).sort()).toEqual(["evidence.custody", "member.removed", "obligation.owner-changed", "task.updated"]);
    expect(new Set(events.map((e) => e.xmin)).size).toBe(1);
    expect(events.find((e) => e.kind === "task.updated")!.payload).toMatchObject({ changes: [{ field: "owner", from: "Mia Member", to: "Casey Commander" }] });
    expect(events.find((e) => e.kind === "obligation.owner-changed")!.payload).toMatchObject({ from: { id: member.id }, to: { id: commander.id } });
  });

  it("the same when the incident becomes need-to-know with work held by a non-member, and when an administrator loses the role", async () => {
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: false, reason: "Cleared" });
    const outsiders = await createTask(actorOf(commander), incidentId, { title: "Check the logs", role: "engineering", ownerId: outsider.id });
    const admins = await createTask(actorOf(commander), incidentId, { title: "Rotate the keys", role: "engineering", ownerId: admin.id });
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: true, reason: "Insider again" });
    expect((await prisma.task.findUniqueOrThrow({ where: { id: outsiders.id } })).ownerId).toBe(commander.id);
    expect((await prisma.task.findUniqueOrThrow({ where: { id: admins.id } })).ownerId).toBe(admin.id);

    await updateUser(actorOf(await createUser(["admin"], "Zed Admin")), admin.id, { roles: ["engineer"] });
    expect((await prisma.task.findUniqueOrThrow({ where: { id: admins.id } })).ownerId).toBe(commander.id);
  });

  it("a deactivated commander takes nothing: the work is left unowned, the evidence unassigned", async () => {
    const task = await createTask(actorOf(commander), incidentId, { title: "Image the laptop", role: "forensics", ownerId: member.id });
    const item = await evidenceItem();
    await call(custodyRoute, "POST", "/x", { token, params: { id: incidentId, evidenceId: item.id }, json: { action: "hand_over", toUserId: member.id, reason: "Analysis", expectedVersion: 1 } });
    await prisma.user.update({ where: { id: commander.id }, data: { active: false } });
    expect((await call(removeMemberRoute, "DELETE", "/x", { token, params: { id: incidentId, userId: member.id } })).status).toBe(200);
    expect((await prisma.task.findUniqueOrThrow({ where: { id: task.id } })).ownerId).toBeNull();
    expect(await prisma.evidence.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ custodianId: null, custodianLabel: UNASSIGNED_CUSTODIAN });
  });
});
