import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CoverageGaps } from "@/components/clocks/coverage-gaps";
import { ContainmentClockSummary } from "@/components/containment/containment-clock";
import { LoggingGaps } from "@/components/scoping/logging-gaps";
import { LiveUpdates } from "@/components/incidents/live-updates";
import { DeadlineTimelineChart, FindingsOverTimeChart } from "@/components/status/charts";
import { Countdown } from "@/components/status/countdown";
import { ObligationStatusList } from "@/components/status/obligation-status-list";
import { PrintButton } from "@/components/status/print-button";
import { ReportLinks } from "@/components/status/report-links";
import { DecisionsAwaitingList } from "@/components/status/decisions-awaiting-list";
import { Empty, StatusSection } from "@/components/status/section";
import { DataTable } from "@/components/ui/data-table";
import { SeverityBadge, StatusBadge } from "@/components/ui/badges";
import { Instant } from "@/components/ui/instant";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors/app-error";
import { ZIncidentParams } from "@/lib/incidents/schemas";
import { getReportZoneDefault } from "@/lib/reports/service";
import { getIncidentStatus } from "@/lib/status/service";
import { jurisdictionTitle } from "@/lib/clocks/jurisdictions";
import type { TDecision } from "@/lib/status/decisions-awaiting";
import { jurisdictionOf } from "@/lib/status/status";
import { routes } from "@/lib/client/routes";

export const metadata: Metadata = { title: "Status" };

/** Why no deadline is running, from the same decisions the list above shows: never "nothing to do" while any wait. */
function noDeadlineText(awaiting: readonly TDecision[]): string {
  const notStarted = awaiting.filter((d) => d.kind === "awaiting_trigger").reduce((sum, d) => sum + d.obligationIds.length, 0);
  if (notStarted > 0) return `No clock is running yet: ${notStarted} obligation${notStarted === 1 ? " applies but waits" : "s apply but wait"} for a moment to be declared (see Decisions awaiting someone).`;
  if (awaiting.length > 0) return `No deadline is running, but ${awaiting.length} decision${awaiting.length === 1 ? " is" : "s are"} waiting (see Decisions awaiting someone).`;
  return "No open deadline: every obligation that applies is met.";
}

/** The exec status view of one incident: read-only, every role. */
export default async function IncidentStatusPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const parsed = ZIncidentParams.safeParse(await params);
  if (!parsed.success) notFound();
  const view = await getIncidentStatus(actor, parsed.data.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const { incident, next } = view;
  const organisationZone = await getReportZoneDefault(actor);
  const deadlinePoints = view.deadlines.slice(0, 15).map((o) => ({
    label: `${o.ruleId} · ${o.recipient}`.slice(0, 60),
    dueAt: o.dueAt!.toISOString(),
    hours: Math.round((o.dueAt!.getTime() - view.now.getTime()) / 3_600_000),
  }));

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={incident.status} /> <SeverityBadge severity={incident.severity} />
          <span className="text-slate-700">Commander {incident.commander.name}</span>
        </p>
        <div className="flex items-center gap-3 print:hidden">
          <LiveUpdates url={routes.incident(incident.id).events(incident.lastSequence)} eventName="timeline" />
          <PrintButton />
        </div>
      </div>
      <p className="hidden text-sm print:block">Printed status as of <Instant value={view.now} />.</p>

      <CoverageGaps coverage={view.coverage.coverage} catalogVersion={view.coverage.catalogVersion} />
      <LoggingGaps gaps={view.loggingGaps?.gaps ?? []} />
      <StatusSection id="awaiting" title={`Decisions awaiting someone (${view.awaiting.length})`}>
        <DecisionsAwaitingList decisions={view.awaiting} isAdmin={actor.roles.includes("admin")} label="Decisions awaiting someone" />
      </StatusSection>

      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
        <StatusSection id="next-deadline" title="Next deadline">
          {next && next.dueAt ? (
            <div className="flex flex-col gap-1" data-testid="next-deadline">
              <Countdown due={next.dueAt.toISOString()} now={view.now.toISOString()} />
              <p>
                Due <Instant value={next.dueAt} />
              </p>
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold text-slate-700">Jurisdiction</dt>
                <dd>{jurisdictionOf(next)}</dd>
                <dt className="font-semibold text-slate-700">Recipient</dt>
                <dd className="break-words">{next.recipient}</dd>
                <dt className="font-semibold text-slate-700">Owner</dt>
                <dd>{next.owner?.name ?? "Nobody yet — assign an owner on the Obligations tab"}</dd>
                <dt className="font-semibold text-slate-700">Rule</dt>
                <dd className="break-words">{next.ruleId}{next.citation ? ` — ${next.citation}` : ""}</dd>
              </dl>
            </div>
          ) : (
            <Empty>{noDeadlineText(view.awaiting)}</Empty>
          )}
        </StatusSection>
        <StatusSection id="containment-clock" title="Containment clock">
          <ContainmentClockSummary clock={view.containment} />
        </StatusSection>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <StatusSection id="by-status" title="Obligations by status">
          <ObligationStatusList byStatus={view.byStatus} label="Obligations by status" />
        </StatusSection>
        <StatusSection id="affected" title="People affected by jurisdiction">
          {view.affected.rows.length === 0 ? (
            <Empty>No affected people recorded yet. Record them in the incident&apos;s facts.</Empty>
          ) : (
            <DataTable
              caption="People affected by jurisdiction"
              columns={["Jurisdiction", { label: "People", className: "text-right" }]}
              density="compact"
              framed={false}
              foot={<tr><td>Known total</td><td className="text-right tabular-nums">{view.affected.total.toLocaleString("en-GB")}</td></tr>}
            >
              {view.affected.rows.map((row) => (
                <tr key={row.jurisdiction}>
                  <td>{jurisdictionTitle(row.jurisdiction)} <span className="text-slate-600">({row.jurisdiction})</span></td>
                  <td className="text-right tabular-nums">{row.count === null ? "unknown" : row.count.toLocaleString("en-GB")}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </StatusSection>
      </div>

      <StatusSection id="notified" title="Notified">
        {view.notified.length === 0 ? (
          <Empty>Nothing has been notified yet.</Empty>
        ) : (
          <DataTable caption="Notices sent, earliest first" columns={["Recipient", "Rule", "Sent", "On time?"]} density="compact" framed={false}>
            {view.notified.map((o) => (
              <tr key={o.id}>
                <td className="break-words">{o.recipient}</td>
                <td>{o.ruleId}</td>
                <td><Instant value={o.metAt} /></td>
                <td>{o.onTime ? "On time" : <><span aria-hidden="true">⚠ </span>Late</>}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </StatusSection>

      <StatusSection id="recorded" title="Decisions recorded">
        {view.decisions.length === 0 ? (
          <Empty>No decisions recorded yet.</Empty>
        ) : (
          <ul className="flex flex-col gap-1">
            {view.decisions.map((d) => (
              <li key={d.id} className="break-words">
                <span className="font-semibold">{d.text}</span> — owner {d.owner || "unknown"}, recorded by {d.by} (#{d.sequence})
              </li>
            ))}
          </ul>
        )}
      </StatusSection>

      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
        <FindingsOverTimeChart data={view.findingsPerDay} />
        <DeadlineTimelineChart data={deadlinePoints} />
      </div>

      <StatusSection id="reports" title="Reports and exports" className="print:hidden">
        <ReportLinks incidentId={incident.id} organisationZone={organisationZone} />
      </StatusSection>
    </div>
  );
}
