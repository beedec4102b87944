import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { applyPlaybook, listPlaybooksForIncident } from "@/lib/playbooks/service";
import { ZApplyPlaybookInput } from "@/lib/tasks/schemas";

export const GET = withRoute({
  permission: "task.read",
  summary: "List playbooks, suggestions first",
  schemas: { params: ZIncidentParams },
  handler: async ({ actor, params }) => ({ playbooks: await listPlaybooksForIncident(actor, params.id) }),
});

/** Applies a playbook: its checklist becomes tasks (once). 201 when tasks were added, 200 when all were there. */
export const POST = withRoute({
  permission: "playbook.apply",
  summary: "Apply a playbook",
  docs: { responses: { 201: "Tasks were added.", 200: "Every task was already there." } },
  schemas: { params: ZIncidentParams, body: ZApplyPlaybookInput },
  handler: async ({ actor, params, body }) => {
    const result = await applyPlaybook(actor, params.id, body.playbookId);
    return jsonResponse(result, result.added.length > 0 ? 201 : 200);
  },
});
