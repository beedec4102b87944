import { IntentLink } from "@/components/ui/intent-link";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
import { DataTable } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/instant";
import type { TIncidentStatus, TSeverity } from "@/lib/incidents/schemas";
import { incidentReference } from "@/lib/incidents/reference";

export type TIncidentRow = {
  id: string;
  reference: number;
  title: string;
  severity: TSeverity;
  status: TIncidentStatus;
  declaredAt: Date;
  commander: { name: string };
};

export function IncidentTable({ incidents }: { incidents: TIncidentRow[] }) {
  return (
    <DataTable caption="Incidents, most recently declared first" columns={["Incident", "Severity", "Phase", "Commander", "Declared"]} density="roomy">
      {incidents.map((incident) => (
        <tr key={incident.id}>
          <td className="max-w-md">
            <IntentLink href={`/incidents/${incident.id}`} className="font-semibold break-words text-blue-800 underline-offset-2 hover:underline">
              <span className="mr-2 font-mono text-slate-600">{incidentReference(incident.reference)}</span>
              {incident.title}
            </IntentLink>
          </td>
          <td><SeverityBadge severity={incident.severity} /></td>
          <td><StatusBadge status={incident.status} /></td>
          <td>{incident.commander.name}</td>
          <td className="whitespace-nowrap"><Instant value={incident.declaredAt} /></td>
        </tr>
      ))}
    </DataTable>
  );
}
