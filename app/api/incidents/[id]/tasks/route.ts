import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { ZCreateTaskInput, ZTaskListQuery } from "@/lib/tasks/schemas";
import { createTask, listTasks } from "@/lib/tasks/service";

export const GET = withRoute({
  permission: "task.read",
  summary: "List tasks",
  schemas: { params: ZIncidentParams, query: ZTaskListQuery },
  handler: async ({ actor, params, query }) => ({ tasks: await listTasks(actor, params.id, query) }),
});

export const POST = withRoute({
  permission: "task.manage",
  summary: "Create a task",
  docs: { responses: { 201: "The new task." } },
  schemas: { params: ZIncidentParams, body: ZCreateTaskInput },
  handler: async ({ actor, params, body }) => jsonResponse({ task: await createTask(actor, params.id, body) }, 201),
});
