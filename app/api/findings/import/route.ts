import { AppError } from "@/lib/errors/app-error";
import { withRoute } from "@/lib/http/with-route";
import { importUpload, MAX_UPLOAD_BYTES } from "@/lib/findings/intake";

/**
 * File upload: the file is the request body (any content type), streamed line by line. 413 past 200 MiB read (a
 * declared Content-Length only lets it be refused sooner), or past 32 MiB in one line or one JSON document.
 */
export const POST = withRoute({
  permission: "finding.import",
  summary: "Import a findings file",
  docs: { requestBody: { mediaType: "application/octet-stream", description: "The file (Security Hub or GuardDuty JSON, or one finding per line), streamed." } },
  handler: async ({ actor, request }) => {
    if (Number(request.headers.get("content-length") ?? "0") > MAX_UPLOAD_BYTES) {
      throw new AppError("payload_too_large", `The file is larger than ${MAX_UPLOAD_BYTES} bytes.`, [
        { name: "file", reason: `must be at most ${MAX_UPLOAD_BYTES} bytes` },
      ]);
    }
    if (!request.body) throw AppError.badRequest("The file is empty.", [{ name: "file", reason: "is empty" }]);
    const { rejections, problems, ...counts } = await importUpload(actor, request.body);
    return { ...counts, rejections: rejections.slice(0, 200), problems: problems.slice(0, 200) };
  },
});
