import { IntentLink } from "@/components/ui/intent-link";
import { SameMomentStep } from "@/components/next-steps/same-moment-step";
import { Instant } from "@/components/ui/instant";
import { LinkButton } from "@/components/ui/link-button";
import type { TActor } from "@/lib/auth/policy";
import { getNextSteps } from "@/lib/next-steps/service";
import type { TNextStep } from "@/lib/next-steps/next-steps";

/**
 * "Next steps for you" on an incident: the few things the viewer can do now, most urgent first, each a link or a
 * button to where it is done; then what others are waiting on. On the overview in full; on the other tabs
 * `compact` (no explanations, the waiting list folded), so the list still leads after each form.
 */
export async function NextStepsPanel({ actor, incidentId, compact = false }: { actor: TActor; incidentId: string; compact?: boolean }) {
  const { steps, more, waiting, closed } = await getNextSteps(actor, incidentId);
  if (closed) return null;
  const summary =
    steps.length === 0
      ? "Nothing waits for you."
      : `${steps.length + more} step${steps.length + more === 1 ? " waits" : "s wait"} for you${more > 0 ? `; the ${steps.length} most urgent:` : ", most urgent first:"}`;
  return (
    <section aria-labelledby="next-steps-heading" data-testid="next-steps" className="mb-6 rounded-lg border-2 border-blue-700 bg-white p-4 print:hidden">
      <h2 id="next-steps-heading" className="text-lg font-bold text-slate-900">Next steps for you</h2>
      <p className="mt-1 text-sm text-slate-800" aria-live="polite">{summary}</p>
      {steps.length > 0 ? (
        <ol className="mt-3 flex flex-col gap-3">
          {steps.map((step, index) => (
            <li key={step.id} className="flex flex-col gap-2 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold break-words text-slate-900">
                  <span className="mr-1 text-slate-600">{index + 1}.</span>
                  {step.title}
                </p>
                {step.dueAt ? (
                  <p className="text-sm text-slate-800">Due <Instant value={step.dueAt} /></p>
                ) : null}
                {compact ? null : <p className="text-sm break-words text-slate-700">{step.detail}</p>}
              </div>
              <div className="shrink-0">
                <StepAction incidentId={incidentId} step={step} />
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      {more > 0 ? (
        <p className="mt-3 text-sm">
          {more} more: <IntentLink className="font-semibold text-blue-800 underline" href={`/incidents/${incidentId}/status#awaiting`}>every decision awaiting someone</IntentLink>
        </p>
      ) : null}
      {waiting.length > 0 ? (
        <details className="mt-3 text-sm" open={!compact && steps.length === 0}>
          <summary className="cursor-pointer font-semibold text-slate-800">Waiting on others ({waiting.length})</summary>
          <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-slate-800">
            {waiting.map((item) => (
              <li key={item.id} className="break-words">
                {item.what} <span className="text-slate-700">— waits for {item.who}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function StepAction({ incidentId, step }: { incidentId: string; step: TNextStep }) {
  const action = step.action;
  if (action.kind === "same-moment") {
    return <SameMomentStep incidentId={incidentId} moment={action.moment} sameAs={action.sameAs} label={action.label} href={action.href} hrefLabel={action.hrefLabel} />;
  }
  return (
    <LinkButton href={action.href}>
      {action.label}
      <span className="sr-only">: {step.title}</span>
    </LinkButton>
  );
}
