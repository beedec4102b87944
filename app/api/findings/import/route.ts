import { AppError } from "@/lib/http/app-error";
import { withRoute } from "@/lib/http/with-route";
import { importUpload } from "@/lib/findings/intake";

const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** File upload: the file is the request body (any content type), streamed line by line. */
export const POST = withRoute({
  permission: "finding.import",
  summary: "Import a findings file",
  docs: { requestBody: { mediaType: "application/octet-stream", description: "The file (Security Hub or GuardDuty JSON, or one finding per line), streamed." } },
  handler: async ({ actor, request }) => {
    if (Number(request.headers.get("content-length") ?? "0") > MAX_UPLOAD_BYTES) {
      throw new AppError("payload_too_large", `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB.`);
    }
    if (!request.body) throw AppError.badRequest("The file is empty.", [{ name: "file", reason: "is empty" }]);
    const { rejections, problems, ...counts } = await importUpload(actor, request.body);
    return { ...counts, rejections: rejections.slice(0, 200), problems: problems.slice(0, 200) };
  },
});
