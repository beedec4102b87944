import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZIncidentNoticesParams } from "@/lib/notices/schemas";
import { createLedgerNotice, ZLedgerNoticeInput } from "@/lib/notices/ledger-draft";

export const POST = withRoute({
  permission: "notice.draft",
  summary: "Draft a notice to individuals whose recipients are the ledger's people of one jurisdiction",
  docs: { responses: { 201: "The new notice and the ledger selection it was drafted from." } },
  schemas: { params: ZIncidentNoticesParams, body: ZLedgerNoticeInput },
  handler: async ({ actor, params, body }) => jsonResponse({ notice: await createLedgerNotice(actor, params.id, body) }, 201),
});
