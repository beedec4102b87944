import { z } from "zod";

/** The range of PostgreSQL's `integer` (int4): sequence numbers, versions, cursors. */
export const INT4_MAX = 2_147_483_647;

type TInt4Options = { min?: number; max?: number; error: string };

function bounded(number: z.ZodNumber, options: TInt4Options) {
  return number
    .int({ error: options.error })
    .min(options.min ?? 0, { error: options.error })
    .max(Math.min(options.max ?? INT4_MAX, INT4_MAX), { error: options.error });
}

/**
 * A whole number from a JSON body that lands in an int4 column (a version, a sequence number). Bounded here, so
 * 2^31 is a 400 naming the field instead of a database error.
 */
export function zInt4(options: TInt4Options) {
  return bounded(z.number({ error: options.error }), options);
}

/** The same for a query-string or path value (text turned into a number). */
export function zInt4Param(options: TInt4Options) {
  return bounded(z.coerce.number({ error: options.error }), options);
}
