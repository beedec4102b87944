import { z } from "zod";
import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZTaskParams } from "@/lib/tasks/schemas";
import { sendTaskToTicket } from "@/lib/task-tickets/service";

/** Queues the task's one Jira or ServiceNow ticket (202); a task already sent answers 200 with the task as it is. */
export const POST = withRoute({
  permission: "task.manage",
  summary: "Send a task to Jira or ServiceNow",
  schemas: { params: ZTaskParams, body: z.object({ connectionId: z.uuid() }) },
  handler: async ({ actor, params, body }) => {
    const result = await sendTaskToTicket(actor, params.id, params.taskId, body);
    return jsonResponse(result, result.queued ? 202 : 200);
  },
});
