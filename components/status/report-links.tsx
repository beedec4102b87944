"use client";

import { useState, useSyncExternalStore } from "react";
import { Field, Select } from "@/components/ui/field";
import { routes } from "@/lib/client/routes";

/**
 * Downloads of the incident record. Each download is recorded on the incident's timeline as "Report exported" with
 * the SHA-256 of what was sent, so each is a POST: one plain form whose buttons post to their own file (the browser
 * saves the attachment and stays on the page), refused by the server when another site sends it. The form carries
 * the zone the report writes its times in: the viewer's own unless they choose another.
 */
const DOWNLOADS = [
  { path: "report.pdf", label: "Incident report (PDF)" },
  { path: "export/timeline.csv", label: "Timeline (CSV)" },
  { path: "export/findings.csv", label: "Findings (CSV)" },
  { path: "export/obligations.csv", label: "Obligations (CSV)" },
  { path: "export.zip", label: "Complete export bundle (ZIP)" },
] as const;

const subscribe = () => () => {};
const NO_ZONES: readonly string[] = [];
let allZones: readonly string[] | null = null;
/** The browser's list (its ICU may differ from the server's, so it is read in the browser only, once). */
const browserZones = () => (allZones ??= Intl.supportedValuesOf("timeZone"));

export function ReportLinks({ incidentId, organisationZone }: { incidentId: string; organisationZone: string | null }) {
  const viewerZone = useSyncExternalStore(subscribe, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => null);
  const zones = useSyncExternalStore(subscribe, browserZones, () => NO_ZONES);
  const [chosen, setChosen] = useState<string | null>(null);
  const suggested = [...new Set([viewerZone, organisationZone, "UTC"].filter((zone): zone is string => Boolean(zone)))];
  const describe = (zone: string) =>
    [zone === viewerZone ? "your zone" : "", zone === organisationZone ? "the organisation's" : ""].filter(Boolean).join(", ");

  return (
    <form method="post" action={routes.incident(incidentId).download("report.pdf")} className="flex min-w-0 flex-col gap-3">
      <div className="min-w-0 max-w-md">
        <Field label="Times in the report" hint="Every time in the PDF is written in this zone, with its offset from UTC.">
          {(ids) => (
            <Select ids={ids} name="timeZone" value={chosen ?? viewerZone ?? ""} onChange={(event) => setChosen(event.target.value)}>
              {viewerZone ? null : <option value="">{organisationZone ? `The organisation's zone (${organisationZone})` : "UTC"}</option>}
              <optgroup label="Suggested">
                {suggested.map((zone) => (
                  <option key={zone} value={zone}>
                    {describe(zone) ? `${zone} (${describe(zone)})` : zone}
                  </option>
                ))}
              </optgroup>
              {zones.length ? (
                <optgroup label="All time zones">
                  {zones.filter((zone) => !suggested.includes(zone)).map((zone) => (
                    <option key={zone} value={zone}>
                      {zone}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </Select>
          )}
        </Field>
      </div>
      <ul className="flex flex-wrap gap-2" aria-label="Downloads">
        {DOWNLOADS.map((d) => (
          <li key={d.path}>
            <button
              type="submit"
              formAction={routes.incident(incidentId).download(d.path)}
              className="inline-flex min-h-10 items-center rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-blue-800 underline hover:bg-slate-100"
            >
              {d.label}
            </button>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700">Every download is recorded on the incident&apos;s timeline with a SHA-256 of the file.</p>
    </form>
  );
}
