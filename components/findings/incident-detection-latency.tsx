import { Instant } from "@/components/ui/instant";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { formatDuration } from "@/lib/findings/latency";
import { getIncidentDetection } from "@/lib/findings/service";

/**
 * Self-contained line for the incident overview: how long it took from the first linked finding being observed by
 * AWS to this incident being declared.
 */
export async function IncidentDetectionLatency({ incidentId }: { incidentId: string }) {
  const actor = await requireActor();
  if (!can(actor, "finding.read")) return null;
  const detection = await getIncidentDetection(actor, incidentId);
  return (
    <section aria-labelledby="detection-latency" className="mb-8 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="detection-latency" className="font-semibold text-slate-700">Detection latency</h2>
      {detection.findings === 0 ? (
        <p className="mt-1 text-slate-700">No findings are linked to this incident. Link findings from the Findings page to see how fast it was detected.</p>
      ) : detection.firstObservedAt === null ? (
        <p className="mt-1 text-slate-700">The {detection.findings} linked finding(s) do not say when AWS first observed the activity.</p>
      ) : (
        <p className="mt-1 text-slate-900" data-testid="detection-latency">
          <strong>{formatDuration(detection.observedToDeclaredMs)}</strong> from the first finding observed (
          <Instant value={detection.firstObservedAt} />) to this incident being declared, over {detection.findings} linked finding(s).
        </p>
      )}
    </section>
  );
}
