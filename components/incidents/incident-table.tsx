import Link from "next/link";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
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
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Incidents, most recently declared first</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">Incident</th>
            <th scope="col" className="px-4 py-3 font-semibold">Severity</th>
            <th scope="col" className="px-4 py-3 font-semibold">Phase</th>
            <th scope="col" className="px-4 py-3 font-semibold">Commander</th>
            <th scope="col" className="px-4 py-3 font-semibold">Declared</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {incidents.map((incident) => (
            <tr key={incident.id}>
              <td className="max-w-md px-4 py-3">
                <Link href={`/incidents/${incident.id}`} className="font-semibold break-words text-blue-800 underline-offset-2 hover:underline">
                  <span className="mr-2 font-mono text-slate-600">{incidentReference(incident.reference)}</span>
                  {incident.title}
                </Link>
              </td>
              <td className="px-4 py-3"><SeverityBadge severity={incident.severity} /></td>
              <td className="px-4 py-3"><StatusBadge status={incident.status} /></td>
              <td className="px-4 py-3">{incident.commander.name}</td>
              <td className="px-4 py-3 whitespace-nowrap"><Instant value={incident.declaredAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
