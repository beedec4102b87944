import { z } from "zod";

export const ZObligationParams = z.object({
  id: z.uuid({ error: "must be an incident id" }),
  obligationId: z.uuid({ error: "must be an obligation id" }),
});

export const ZSetOwnerInput = z
  .object({ ownerId: z.uuid({ error: "must be the id of a user" }).nullable() })
  .strict();
export type TSetOwnerInput = z.input<typeof ZSetOwnerInput>;
