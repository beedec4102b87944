import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { resolveActor } from "@/lib/auth/actor";
import type { TActor } from "@/lib/auth/policy";

/**
 * The signed-in actor for a server component, or null. Resolved once per request (React `cache`): a layout, its
 * page and their components each ask, and the session lookup is a database read.
 */
export const currentActor = cache(async (): Promise<TActor | null> => {
  return resolveActor(new Headers(await headers())).catch(() => null);
});

/** The signed-in actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<TActor> {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  return actor;
}
