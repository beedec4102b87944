import { beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/incidents/[id]/tasks/route";
import { PATCH as patchRoute } from "@/app/api/incidents/[id]/tasks/[taskId]/route";
import { GET as playbooksRoute, POST as applyRoute } from "@/app/api/incidents/[id]/playbooks/route";
import { POST as statusRoute } from "@/app/api/incidents/[id]/status/route";
import { prisma } from "@/lib/db";
import { PLAYBOOKS } from "@/lib/playbooks/catalog";
import { setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
import { resetDatabase } from "./reset-db";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";

async function kinds(incidentId: string) {
  const events = await prisma.timelineEvent.findMany({ where: { incidentId }, orderBy: { sequence: "asc" } });
  return events.map((e) => e.kind);
}

describe("tasks API", () => {
  let commander: Awaited<ReturnType<typeof createUser>>;
  let token: string;
  let id: string;

  beforeEach(async () => {
    await resetDatabase();
    commander = await createUser(["commander"], "Casey");
    token = await createToken(["commander"]);
    id = await declareIncidentVia(token, commander.id);
  });

  const create = (json: unknown, t = token) => call(createRoute, "POST", `/api/incidents/${id}/tasks`, { token: t, params: { id }, json });
  const patch = (taskId: string, json: unknown, t = token) =>
    call(patchRoute, "PATCH", `/api/incidents/${id}/tasks/${taskId}`, { token: t, params: { id, taskId }, json });

  it("creates a task and writes its event in the same transaction", async () => {
    const response = await create({ title: "Block public access", role: "engineering", ownerId: commander.id, dueAt: "2030-01-01T10:00:00+02:00" });
    expect(response.status).toBe(201);
    const task = response.body?.task as { id: string; version: number; status: string; dueAt: string };
    expect(task).toMatchObject({ version: 1, status: "open", dueAt: "2030-01-01T08:00:00.000Z" });
    const events = await prisma.timelineEvent.findMany({ where: { incidentId: id, kind: "task.created" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ task: { id: task.id }, owner: { id: commander.id, name: "Casey" }, role: "engineering" });
  });

  it("names the bad field with 400 and writes nothing (no task, no event)", async () => {
    const response = await create({ title: "", role: "janitor" });
    expect(response.status).toBe(400);
    const names = (response.body?.invalid_params as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["title", "role"]));
    const unknownOwner = await create({ title: "x", role: "legal", ownerId: "00000000-0000-4000-8000-000000000000" });
    expect(unknownOwner.status).toBe(400);
    expect(await prisma.task.count()).toBe(0);
    expect(await kinds(id)).toEqual(["incident.declared"]);
  });

  it("records old → new on change and answers a stale version with 409 and the current task", async () => {
    const taskId = ((await create({ title: "Rotate key", role: "engineering" })).body?.task as { id: string }).id;
    const changed = await patch(taskId, { expectedVersion: 1, status: "in_progress", ownerId: commander.id });
    expect(changed.status).toBe(200);
    const event = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId: id, kind: "task.updated" } });
    expect(event.payload).toMatchObject({
      changes: [
        { field: "status", from: "open", to: "in_progress" },
        { field: "owner", from: null, to: "Casey" },
      ],
      version: 2,
    });
    const stale = await patch(taskId, { expectedVersion: 1, status: "done" });
    expect(stale.status).toBe(409);
    expect(stale.body?.current).toMatchObject({ status: "in_progress", version: 2 });
    expect(await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ status: "in_progress", version: 2 });
  });

  it("lets exactly one of two simultaneous edits win; the loser gets 409 and one event is written", async () => {
    const taskId = ((await create({ title: "Rotate key", role: "engineering" })).body?.task as { id: string }).id;
    const [a, b] = await Promise.all([
      patch(taskId, { expectedVersion: 1, status: "done" }),
      patch(taskId, { expectedVersion: 1, title: "Rotate both keys" }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await prisma.timelineEvent.count({ where: { incidentId: id, kind: "task.updated" } })).toBe(1);
    expect((await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).version).toBe(2);
  });

  it("filters mine, open and overdue", async () => {
    const past = new Date(Date.now() - 3_600_000).toISOString();
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await create({ title: "Late and mine", role: "legal", ownerId: commander.id, dueAt: past });
    await create({ title: "Later", role: "legal", dueAt: future });
    const doneId = ((await create({ title: "Done late", role: "legal", dueAt: past })).body?.task as { id: string }).id;
    await patch(doneId, { expectedVersion: 1, status: "done" });
    const GET = listRoute;
    const titles = async (query: string, t = token) =>
      ((await call(GET, "GET", `/api/incidents/${id}/tasks`, { token: t, params: { id }, query })).body?.tasks as { title: string }[]).map((x) => x.title);
    expect(await titles("?filter=overdue")).toEqual(["Late and mine"]);
    expect((await titles("?filter=open")).sort()).toEqual(["Late and mine", "Later"]);
    expect(await titles("?filter=mine")).toEqual([]); // the token owns nothing
    const bad = await call(GET, "GET", `/api/incidents/${id}/tasks`, { token, params: { id }, query: "?filter=urgent" });
    expect(bad.status).toBe(400);
  });

  it("refuses to close the incident while tasks are open, naming them; closes once they are done", async () => {
    const taskId = ((await create({ title: "Notify the DPO", role: "legal" })).body?.task as { id: string }).id;
    const refused = await call(statusRoute, "POST", `/api/incidents/${id}/status`, {
      token,
      params: { id },
      json: { to: "closed", expectedVersion: 1, reason: "done" },
    });
    expect(refused.status).toBe(409);
    expect(refused.body?.blockers).toEqual(["1 task is still open: “Notify the DPO”."]);
    await patch(taskId, { expectedVersion: 1, status: "cancelled" });
    const closed = await call(statusRoute, "POST", `/api/incidents/${id}/status`, {
      token,
      params: { id },
      json: { to: "closed", expectedVersion: 1, reason: "done" },
    });
    expect(closed.status).toBe(200);
  });

  it("keeps executives to reading: 403 on create", async () => {
    const execToken = await createToken(["exec"]);
    expect((await create({ title: "x", role: "legal" }, execToken)).status).toBe(403);
    expect((await call(listRoute, "GET", `/api/incidents/${id}/tasks`, { token: execToken, params: { id } })).status).toBe(200);
  });
});

describe("playbooks", () => {
  let token: string;
  let id: string;
  let commander: Awaited<ReturnType<typeof createUser>>;

  beforeEach(async () => {
    await resetDatabase();
    commander = await createUser(["commander"], "Casey");
    token = await createToken(["commander"]);
    id = await declareIncidentVia(token, commander.id);
    await prisma.finding.create({
      data: {
        productArn: "arn:aws:guardduty:us-east-1::product/aws/guardduty",
        awsId: "arn:aws:guardduty:us-east-1:123456789012:detector/d/finding/f1",
        format: "guardduty",
        title: "Block Public Access was disabled for S3 bucket example-bucket.",
        description: "",
        severityLabel: "LOW",
        severityRank: 1,
        types: ["Policy:S3/BucketBlockPublicAccessDisabled"],
        productName: "GuardDuty",
        awsAccountId: "123456789012",
        region: "us-east-1",
        resources: [{ type: "AwsS3Bucket", id: "arn:aws:s3:::example-bucket" }],
        resourceIds: ["arn:aws:s3:::example-bucket"],
        sourceCreatedAt: new Date(),
        sourceUpdatedAt: new Date(),
        recordState: "ACTIVE",
        workflowStatus: "NEW",
        currentHash: "x",
        triage: "linked",
        incidentId: id,
      },
    });
  });

  const apply = (playbookId: string) => call(applyRoute, "POST", `/api/incidents/${id}/playbooks`, { token, params: { id }, json: { playbookId } });

  it("suggests the playbook matching the linked finding's type first", async () => {
    const response = await call(playbooksRoute, "GET", `/api/incidents/${id}/playbooks`, { token, params: { id } });
    const playbooks = response.body?.playbooks as { playbook: { id: string }; matchedFindings: number }[];
    expect(playbooks[0]).toMatchObject({ playbook: { id: "s3-public-bucket" }, matchedFindings: 1 });
    expect(playbooks.filter((p) => p.matchedFindings > 0)).toHaveLength(1);
  });

  it("adds a playbook's tasks once with one event; re-applying adds nothing and writes no event", async () => {
    const s3 = PLAYBOOKS.find((p) => p.id === "s3-public-bucket")!;
    const first = await apply("s3-public-bucket");
    expect(first.status).toBe(201);
    expect((first.body?.added as unknown[]).length).toBe(s3.tasks.length);
    const second = await apply("s3-public-bucket");
    expect(second.status).toBe(200);
    expect(second.body?.added).toEqual([]);
    expect(await prisma.task.count({ where: { incidentId: id } })).toBe(s3.tasks.length);
    expect(await kinds(id)).toEqual(["incident.declared", "playbook.applied"]);
  });

  it("gives each playbook task to the incident's holder of its role, and leaves unstaffed roles unowned", async () => {
    const engineer = await createUser(["engineer"], "Eli Engineer");
    await setIncidentMember(actorOf(commander), id, { userId: engineer.id, role: "engineering_lead" });
    expect((await apply("s3-public-bucket")).status).toBe(201);
    const tasks = await prisma.task.findMany({ where: { incidentId: id }, select: { role: true, ownerId: true } });
    const s3 = PLAYBOOKS.find((p) => p.id === "s3-public-bucket")!;
    expect(tasks).toHaveLength(s3.tasks.length);
    for (const task of tasks) {
      const expected = task.role === "engineering" || task.role === "forensics" ? engineer.id : task.role === "commander" ? commander.id : null;
      expect({ role: task.role, ownerId: task.ownerId }).toEqual({ role: task.role, ownerId: expected });
    }
    expect(tasks.some((task) => task.ownerId === engineer.id)).toBe(true);
    expect(tasks.some((task) => task.role === "privacy" && task.ownerId === null)).toBe(true);
  });

  it("adds nothing twice when applied twice at the same moment", async () => {
    const [a, b] = await Promise.all([apply("iam-access-key-leaked"), apply("iam-access-key-leaked")]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(await prisma.task.count({ where: { incidentId: id } })).toBe(PLAYBOOKS.find((p) => p.id === "iam-access-key-leaked")!.tasks.length);
  });

  it("answers an unknown playbook with 400 naming the field", async () => {
    const response = await apply("nope");
    expect(response.status).toBe(400);
    expect(response.body?.invalid_params).toEqual([expect.objectContaining({ name: "playbookId" })]);
  });
});

describe("tasks on a restricted incident", () => {
  it("answers a non-member with 404 on every task and playbook route, and lets a member work", async () => {
    await resetDatabase();
    const commander = await createUser(["commander"], "Casey");
    const outsider = await createUser(["engineer"], "Olly");
    const member = await createUser(["engineer"], "Mia");
    const commanderToken = await createToken(["commander"]);
    const id = await declareIncidentVia(commanderToken, commander.id);
    await setIncidentMember(actorOf(commander), id, { userId: member.id, role: "engineering_lead" });
    await setIncidentRestricted(actorOf(commander), id, { restricted: true, reason: "board-level" });
    const { listTasks, createTask } = await import("@/lib/tasks/service");
    const { applyPlaybook, listPlaybooksForIncident } = await import("@/lib/playbooks/service");
    const attempts = [
      () => listTasks(actorOf(outsider), id),
      () => createTask(actorOf(outsider), id, { title: "x", role: "legal" }),
      () => listPlaybooksForIncident(actorOf(outsider), id),
      () => applyPlaybook(actorOf(outsider), id, "s3-public-bucket"),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "not_found" });
    // Through the HTTP route with a non-admin token (tokens never see restricted incidents): 404.
    const engineerToken = await createToken(["engineer"]);
    expect((await call(listRoute, "GET", `/api/incidents/${id}/tasks`, { token: engineerToken, params: { id } })).status).toBe(404);
    expect(await prisma.task.count()).toBe(0);

    const task = await createTask(actorOf(member), id, { title: "Member's task", role: "engineering" });
    expect((await listTasks(actorOf(member), id)).map((t) => t.id)).toEqual([task.id]);
  });
});
