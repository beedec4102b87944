import { z } from "zod";
import { evaluateFacts } from "@/lib/clocks";
import { AppError } from "@/lib/errors/app-error";
import { withRoute } from "@/lib/http/with-route";

/**
 * POST /api/clocks/evaluate: Facts in, Evaluation out (contract v1), nothing stored. The body is validated by the
 * contract's own JSON Schema in lib/clocks, so the 400's invalid_params name JSON pointers exactly like the CLI.
 */
export const POST = withRoute({
  permission: "clocks.read",
  summary: "Evaluate notification clocks for hypothetical facts",
  schemas: { body: z.unknown() },
  maxBodyBytes: 256 * 1024,
  handler: async ({ body }) => {
    const result = evaluateFacts(body);
    if (!result.ok) throw AppError.badRequest("The facts are not valid.", result.invalidParams);
    return result.evaluation;
  },
});
