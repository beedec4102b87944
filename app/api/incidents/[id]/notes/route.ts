import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZAddNoteInput, ZIncidentParams } from "@/lib/incidents/schemas";
import { addNote } from "@/lib/incidents/service";

export const POST = withRoute({
  permission: "incident.note.create",
  summary: "Add a note or decision",
  docs: { responses: { 201: "The timeline event." } },
  schemas: { params: ZIncidentParams, body: ZAddNoteInput },
  handler: async ({ actor, params, body }) => jsonResponse({ event: await addNote(actor, params.id, body) }, 201),
});
