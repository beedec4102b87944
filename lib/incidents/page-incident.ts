import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/http/app-error";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { getIncident } from "@/lib/incidents/service";

/**
 * For an incident's section pages: the signed-in actor and the incident, or Next's not-found page for a bad id,
 * a missing incident or one the actor may not see (the same answer for all three).
 */
export async function loadIncidentForPage(params: Promise<{ id: string }>) {
  const actor = await requireActor();
  const parsed = ZIncidentParams.safeParse(await params);
  if (!parsed.success) notFound();
  const incident = await getIncident(actor, parsed.data.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { actor, incident };
}
