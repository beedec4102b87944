import { withRoute } from "@/lib/http/with-route";
import { ZTaskParams, ZUpdateTaskInput } from "@/lib/tasks/schemas";
import { updateTask } from "@/lib/tasks/service";

export const PATCH = withRoute({
  permission: "task.manage",
  summary: "Update a task",
  schemas: { params: ZTaskParams, body: ZUpdateTaskInput },
  handler: async ({ actor, params, body }) => updateTask(actor, params.id, params.taskId, body),
});
