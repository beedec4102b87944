/**
 * "Start from this incident": a plain GET form, so it works before the page's script has loaded and the address
 * can be shared (the incident's obligations page links to the same address). Lists only incidents the viewer may see.
 */
export function StartFromIncident({ incidents, selected }: { incidents: { id: string; label: string }[]; selected: string | null }) {
  return (
    <form method="get" action="/what-if" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex min-w-0 flex-1 basis-72 flex-col gap-1">
        <label htmlFor="what-if-incident" className="text-sm font-semibold text-slate-800">Start from an incident</label>
        <select
          id="what-if-incident"
          name="incident"
          defaultValue={selected ?? ""}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
        >
          <option value="">No incident: the organisation profile only</option>
          {incidents.map((incident) => <option key={incident.id} value={incident.id}>{incident.label}</option>)}
        </select>
      </div>
      <button type="submit" className="inline-flex min-h-10 items-center justify-center rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800">
        Start from this incident
      </button>
    </form>
  );
}
