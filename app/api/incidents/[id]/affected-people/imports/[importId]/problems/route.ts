import { withRoute } from "@/lib/http/with-route";
import { getImportProblems } from "@/lib/affected-people/read";
import { ZImportParams } from "@/lib/affected-people/schemas";

export const GET = withRoute({
  permission: "ledger.read",
  summary: "The rows an import of affected people refused",
  schemas: { params: ZImportParams },
  handler: async ({ actor, params }) => getImportProblems(actor, params.id, params.importId),
});
