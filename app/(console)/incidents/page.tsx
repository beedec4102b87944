import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { IncidentFilters } from "@/components/incidents/incident-filters";
import { IncidentTable } from "@/components/incidents/incident-table";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { ZIncidentListQuery } from "@/lib/incidents/schemas";
import { listIncidents } from "@/lib/incidents/service";

export const metadata: Metadata = { title: "Incidents" };

type TSearch = Promise<Record<string, string | string[] | undefined>>;

export default async function IncidentsPage({ searchParams }: { searchParams: TSearch }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const parsed = ZIncidentListQuery.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  const query = parsed.success ? parsed.data : ZIncidentListQuery.parse({});
  const { items, nextCursor } = await listIncidents(actor, query);
  const filtered = Boolean(query.status?.length || query.severity?.length || query.q);

  return (
    <>
      <PageHeader
        title="Incidents"
        description="Every declared incident, most recent first."
        actions={can(actor, "incident.declare") ? <LinkButton href="/incidents/new">Declare incident</LinkButton> : null}
      />
      {!parsed.success ? (
        <Alert tone="error" title="Some filters were not understood">The list below is unfiltered. Choose the filters again.</Alert>
      ) : null}
      <IncidentFilters status={query.status ?? []} severity={query.severity ?? []} q={query.q ?? ""} />
      {items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">{filtered ? query.q ? `No incident matches “${query.q}”` : "No incident matches these filters" : "No incidents yet"}</h2>
          <p className="mt-1 text-slate-700">
            {filtered
              ? "Try other words, or clear the search and filters to see more."
              : can(actor, "incident.declare")
                ? "When something needs a response, declare an incident to start its record and timeline."
                : "Declared incidents will appear here."}
          </p>
        </div>
      ) : (
        <IncidentTable incidents={items} />
      )}
      {nextCursor ? (
        <p className="mt-4">
          <IntentLink
            className="font-semibold text-blue-800 underline"
            href={{ pathname: "/incidents", query: { ...raw, cursor: nextCursor } }}
          >
            Older incidents
          </IntentLink>
        </p>
      ) : null}
    </>
  );
}
