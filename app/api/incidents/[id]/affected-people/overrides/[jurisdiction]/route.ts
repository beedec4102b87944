import { withRoute } from "@/lib/http/with-route";
import { removeCountOverride, setCountOverride } from "@/lib/affected-people/overrides";
import { ZOverrideParams, ZRemoveOverrideInput, ZSetOverrideInput } from "@/lib/affected-people/schemas";

/**
 * A jurisdiction's count typed by hand in place of the ledger's, with a reason; it wins over the ledger's count until
 * removed. `incident.facts.update`: typing a count is editing the facts, and no person's data is read or written.
 */
export const PUT = withRoute({
  permission: "incident.facts.update",
  summary: "Override the ledger's count for a jurisdiction",
  schemas: { params: ZOverrideParams, body: ZSetOverrideInput },
  handler: async ({ actor, params, body }) => setCountOverride(actor, params.id, params.jurisdiction, body),
});

export const DELETE = withRoute({
  permission: "incident.facts.update",
  summary: "Remove the override of a jurisdiction's count (the ledger's count again)",
  schemas: { params: ZOverrideParams, body: ZRemoveOverrideInput },
  handler: async ({ actor, params, body }) => removeCountOverride(actor, params.id, params.jurisdiction, body),
});
