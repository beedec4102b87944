import { withRoute } from "@/lib/http/with-route";
import { ZWhatIfEvaluateInput } from "@/lib/what-if/schemas";
import { evaluateWhatIf } from "@/lib/what-if/service";

/** POST /api/what-if/evaluate: hypothetical facts in, the obligations they trigger said in words out; nothing stored. */
export const POST = withRoute({
  permission: "clocks.read",
  summary: "Say in words which obligations hypothetical facts trigger",
  schemas: { body: ZWhatIfEvaluateInput },
  maxBodyBytes: 256 * 1024,
  handler: async ({ actor, body }) => evaluateWhatIf(actor, body),
});
