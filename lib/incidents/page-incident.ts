import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors/app-error";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { getIncident } from "@/lib/incidents/service";

/**
 * One read of the incident per request: the incident layout and the section page below it both ask for it, and
 * React's `cache` hands the second caller the first one's promise (keyed by the id; the actor is the request's own).
 */
const readIncidentOfRequest = cache(async (incidentId: string) => getIncident(await requireActor(), incidentId));

/**
 * For the incident layout and its section pages: the signed-in actor and the incident, or Next's not-found page for
 * a bad id, a missing incident or one the actor may not see (the same answer for all three).
 */
export async function loadIncidentForPage(params: Promise<{ id: string }>) {
  const actor = await requireActor();
  const parsed = ZIncidentParams.safeParse(await params);
  if (!parsed.success) notFound();
  const incident = await orNotFound(readIncidentOfRequest(parsed.data.id));
  return { actor, incident };
}

/** A page's read, with a not-found answer from the service shown as Next's not-found page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  return read.catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
}
