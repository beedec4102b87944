import type { Metadata } from "next";
import type { ReactNode } from "react";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { Change, Citation, ReviewStatus, Verification, WordList } from "@/components/rules/rule-parts";
import { ReviewForm } from "@/components/rules/review-form";
import { Alert } from "@/components/ui/alert";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { can, whoCan } from "@/lib/auth/policy";
import { orNotFound } from "@/lib/incidents/page-incident";
import { getRule } from "@/lib/rules/service";
import { VERIFICATION_LEVELS } from "@/lib/rules/verification";

export const metadata: Metadata = { title: "Rule" };

/** Next hands the segment over decoded or not depending on the characters; a rule id never contains "%". */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export default async function RulePage({ params }: { params: Promise<{ ruleId: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "clocks.read")) notFound();
  const { ruleId } = await params;
  const { rule, reviews, catalogVersion, previousVersion } = await orNotFound(getRule(actor, decoded(ruleId)));
  const rows: { term: string; value: ReactNode }[] = [
    { term: "Recipient", value: rule.recipient },
    { term: "Trigger", value: rule.trigger },
    { term: "Deadline", value: <>{rule.deadline}<span className="block text-sm text-slate-700">{rule.zone}</span></> },
    { term: "Thresholds", value: <WordList items={rule.thresholds} empty="No count threshold" /> },
    { term: "Conditions", value: <WordList items={rule.gates} empty="None" /> },
    { term: "Also", value: <WordList items={rule.also} empty="Nothing more" /> },
    { term: "Citation", value: <Citation rule={rule} /> },
    { term: "Verification", value: <><Verification level={rule.verification} /><span className="block text-sm text-slate-700">{VERIFICATION_LEVELS[rule.verification].meaning}</span></> },
    { term: "Since the last version", value: <Change change={rule.change} previousVersion={previousVersion} /> },
  ];
  return (
    <>
      <p className="mb-2 text-sm"><IntentLink href={`/rules?jurisdiction=${encodeURIComponent(rule.jurisdiction)}`} className="text-blue-800 underline">← Rules of {rule.jurisdictionName}</IntentLink></p>
      <PageHeader
        title={`${rule.jurisdictionName}: ${rule.recipient}`}
        description={<><span className="font-mono">{rule.id}</span>, version {rule.version}, catalog {catalogVersion}</>}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="rule-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="rule-heading" className="text-lg font-semibold">The rule in words</h2>
          <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
            {rows.map(({ term, value }) => (
              <div key={term} className="contents">
                <dt className="font-semibold text-slate-700">{term}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <div className="flex flex-col gap-4">
          <section aria-labelledby="status-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <h2 id="status-heading" className="text-lg font-semibold">Counsel review of version {rule.version}</h2>
            <div className="mt-2"><ReviewStatus rule={rule} withLink={false} /></div>
          </section>
          {can(actor, "rule.review") ? (
            <ReviewForm ruleId={rule.id} ruleVersion={rule.version} defaultReviewer={actor.name} today={new Date().toISOString().slice(0, 10)} />
          ) : (
            <Alert tone="info" title="Recording a review">{whoCan("rule.review")}</Alert>
          )}
        </div>
      </div>
      <section aria-labelledby="history-heading" className="mt-6">
        <h2 id="history-heading" className="mb-2 text-lg font-semibold">Review history</h2>
        {reviews.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">No counsel review of this rule has been recorded, at any version.</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {reviews.map((review) => (
              <li key={review.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <p>
                  <bdi className="font-semibold">{review.reviewerName}</bdi> reviewed version <span className="font-mono">{review.ruleVersion}</span> on {review.reviewedOn}
                  {review.ruleVersion !== rule.version ? <span className="font-semibold text-amber-900"> (an earlier version: does not count for version {rule.version})</span> : null}
                </p>
                {review.note ? <p className="mt-1 whitespace-pre-wrap break-words" dir="auto">{review.note}</p> : null}
                <p className="mt-1 text-xs text-slate-700">Recorded by <bdi>{review.recordedByLabel}</bdi>, <Instant value={review.recordedAt} /></p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
