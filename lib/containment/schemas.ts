import { z } from "zod";

export const ZContainmentParams = z.object({ id: z.uuid({ error: "must be an incident id" }) });
export const ZContainmentRequestParams = ZContainmentParams.extend({ requestId: z.uuid({ error: "must be a containment request id" }) });

// Values are checked against each action's own patterns in lib/containment/parameters.ts (400 naming parameters.<Name>);
// here only their shape and size.
const ZParameterValues = z.record(
  z.string().max(100, { error: "names at most 100 characters" }),
  z.string({ error: "must be text" }).max(2_000, { error: "must be at most 2,000 characters" }),
  { error: "must be an object of parameter names to text values" },
);

export const ZCreateContainmentInput = z.object({
  actionId: z.string({ error: "must be the id of a catalog action" }).min(1, { error: "must be the id of a catalog action" }).max(100),
  accountId: z.string().regex(/^\d{12}$/, { error: "must be a 12-digit AWS account id" }),
  region: z.string().regex(/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]{3,12}-\d{1,2}$/, { error: "must be an AWS region such as us-east-1" }),
  parameters: ZParameterValues.default({}),
  /** The linked finding that calls for it, if any (it must be linked to this incident). */
  findingId: z.uuid({ error: "must be a finding id" }).optional(),
});
export type TCreateContainmentInput = z.input<typeof ZCreateContainmentInput>;

export const ZChangeContainmentInput = z.object({
  parameters: ZParameterValues,
  /** The request version the change was made on: a request changed meanwhile answers 409. */
  basedOnVersion: z.number({ error: "must be the request's version number" }).int().min(1),
});
export type TChangeContainmentInput = z.input<typeof ZChangeContainmentInput>;

export const ZApproveContainmentInput = z.object({
  /** The hash of the request the approver read: the approval is bound to it. */
  requestHash: z.string().regex(/^[0-9a-f]{64}$/, { error: "must be the request's SHA-256" }),
  /** Approving always re-confirms the password. */
  password: z.string({ error: "is required to confirm it is you" }).min(1, { error: "is required to confirm it is you" }).max(1_000),
});
export type TApproveContainmentInput = z.input<typeof ZApproveContainmentInput>;

export const ZRetryContainmentInput = z.object({
  /** The attempt the person saw fail: a request retried meanwhile (a double click) answers 409 rather than run twice. */
  basedOnAttempt: z.number({ error: "must be the attempt number that failed" }).int().min(1).max(1_000),
});
export type TRetryContainmentInput = z.input<typeof ZRetryContainmentInput>;
