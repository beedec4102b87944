/**
 * Downloads of the incident record. Each download is recorded on the incident's timeline as "Report exported" with
 * the SHA-256 of what was sent, so each is a POST: a plain form per file (no script needed; the browser saves the
 * attachment and stays on the page), refused by the server when another site sends it.
 */
const DOWNLOADS = [
  { path: "report.pdf", label: "Incident report (PDF)" },
  { path: "export/timeline.csv", label: "Timeline (CSV)" },
  { path: "export/findings.csv", label: "Findings (CSV)" },
  { path: "export/obligations.csv", label: "Obligations (CSV)" },
  { path: "export.zip", label: "Complete export bundle (ZIP)" },
] as const;

export function ReportLinks({ incidentId }: { incidentId: string }) {
  return (
    <>
      <ul className="flex flex-wrap gap-2" aria-label="Downloads">
        {DOWNLOADS.map((d) => (
          <li key={d.path}>
            <form method="post" action={`/api/incidents/${incidentId}/${d.path}`}>
              <button
                type="submit"
                className="inline-flex min-h-10 items-center rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-blue-800 underline hover:bg-slate-100"
              >
                {d.label}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-700">Every download is recorded on the incident&apos;s timeline with a SHA-256 of the file.</p>
    </>
  );
}
