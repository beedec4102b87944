import type { TActor } from "@/lib/auth/policy";

/** An approver who signed in this recently need not type their password again. */
export const REAUTH_WINDOW_MS = 5 * 60 * 1000;

/** Whether the actor is a person who signed in within the re-authentication window. */
export function signedInRecently(actor: TActor, now: Date): boolean {
  return actor.kind === "user" && typeof actor.signedInAt === "number" && now.getTime() - actor.signedInAt < REAUTH_WINDOW_MS;
}
