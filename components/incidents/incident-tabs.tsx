"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { usePathname } from "next/navigation";

/**
 * The sections of an incident. Each domain owns one page under /incidents/[id]/…; the overview holds the
 * record and the timeline.
 */
const TABS = [
  { segment: "", label: "Overview" },
  // Clock facts and the obligation register
  { segment: "facts", label: "Facts" },
  { segment: "people", label: "People" },
  // Access reconstruction from CloudTrail, logging gaps
  { segment: "scoping", label: "Scoping" },
  { segment: "obligations", label: "Obligations" },
  // Tasks and evidence
  { segment: "tasks", label: "Tasks" },
  { segment: "evidence", label: "Evidence" },
  // Containment actions
  { segment: "containment", label: "Containment" },
  // Notices and approvals
  { segment: "notices", label: "Notices" },
  // Exec status and reports
  { segment: "status", label: "Status" },
] as const;

export function IncidentTabs({ incidentId }: { incidentId: string }) {
  const pathname = usePathname();
  const base = `/incidents/${incidentId}`;
  return (
    <nav aria-label="Incident sections" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {TABS.map((tab) => {
          const href = tab.segment ? `${base}/${tab.segment}` : base;
          const current = tab.segment ? pathname.startsWith(href) : pathname === base;
          return (
            <li key={tab.segment || "overview"}>
              <IntentLink
                href={href}
                aria-current={current ? "page" : undefined}
                className={
                  "inline-block border-b-2 px-3 py-2 text-sm font-semibold " +
                  (current
                    ? "border-slate-900 text-slate-900"
                    : "border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900")
                }
              >
                {tab.label}
              </IntentLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
