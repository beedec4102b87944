import { z } from "zod";
import { jsonResponse, withRoute } from "@/lib/http/with-route";
import { ingestEventBridge } from "@/lib/findings/intake";

/**
 * EventBridge API destination target. Authenticated by an API token with the finding.import permission, sent as
 * `Authorization: Bearer bd_…` (the connection's API-key header); tokens are stored as SHA-256 hashes and found by
 * hash, so the secret itself is never compared byte by byte. 202 when every finding was accepted; 400 listing each
 * rejected finding (the valid ones of the batch are kept); 413 past 1 MiB.
 */
export const POST = withRoute({
  permission: "finding.import",
  summary: "Receive findings from EventBridge",
  docs: { responses: { 202: "Every finding was accepted (the counts)." } },
  schemas: { body: z.unknown() },
  maxBodyBytes: 1024 * 1024,
  // Findings are stored verbatim or rejected one by one (lib/findings), never the whole push for one bad string.
  verbatimBody: true,
  handler: async ({ actor, body, bodyText }) => {
    const result = await ingestEventBridge(actor, body, bodyText);
    const { rejections, problems, ...counts } = result;
    if (rejections.length > 0 || problems.length > 0 || counts.received === 0) {
      return new Response(
        JSON.stringify({
          type: "about:blank",
          title: counts.received === 0 ? "The request carries no findings." : "Some findings were rejected; the others were stored.",
          status: 400,
          ...counts,
          invalid_params: [
            ...rejections.flatMap((r) =>
              r.reasons.map((reason) => ({ name: `findings[${r.index}]${reason.name === "finding" ? "" : `.${reason.name}`}`, reason: reason.reason, finding: r.key ?? null })),
            ),
            ...problems.map((reason) => ({ name: "body", reason })),
          ],
        }),
        { status: 400, headers: { "content-type": "application/problem+json" } },
      );
    }
    return jsonResponse(counts, 202);
  },
});
