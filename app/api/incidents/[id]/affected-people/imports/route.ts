import { Readable } from "node:stream";
import { AppError } from "@/lib/errors/app-error";
import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { importAffectedPeople } from "@/lib/affected-people/import";
import { ZImportQuery } from "@/lib/affected-people/schemas";

/**
 * Imports a list of affected people: the file is the request body (CSV with a header row, or NDJSON), streamed;
 * `format` and `fileName` in the query, and optionally the column `mapping` as JSON. Rows refused are counted and
 * listed with their line; a file that cannot be read is refused whole, and nothing of it is applied.
 */
export const POST = withRoute({
  permission: "ledger.import",
  summary: "Import affected people",
  docs: { requestBody: { mediaType: "text/csv", description: "The extract: CSV with a header row, or NDJSON (format=ndjson), streamed." }, responses: { 201: "The import applied: counts, refused rows, the ledger and the facts change." } },
  schemas: { params: ZIncidentParams, query: ZImportQuery },
  handler: async ({ actor, params, query, request }) => {
    if (!request.body) throw AppError.badRequest("The file is empty.", [{ name: "file", reason: "is empty" }]);
    const result = await importAffectedPeople(actor, params.id, {
      body: Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>),
      format: query.format,
      fileName: query.fileName,
      mapping: query.mapping,
    });
    return jsonResponse(result, 201);
  },
});
