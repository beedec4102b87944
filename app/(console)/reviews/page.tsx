import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { incidentReference } from "@/lib/incidents/reference";
import { TextDiff } from "@/components/notices/text-diff";
import { Alert } from "@/components/ui/alert";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { can, whoCan } from "@/lib/auth/policy";
import { APPROVER_ROLE_LABELS } from "@/lib/auth/roles";
import { NOTICE_KIND_LABELS } from "@/lib/notices/kinds";
import { deadlockMessage } from "@/lib/notices/approval-deadlock";
import { listStuckNotices } from "@/lib/notices/notice-checks";
import { reviewQueue } from "@/lib/notices/reviews";
import { USERS_ADMIN_LINK } from "@/lib/status/decisions-awaiting";

export const metadata: Metadata = { title: "Reviews" };


/** Every notice draft awaiting my approval across the incidents I can see, soonest obligation deadline first. */
export default async function ReviewsPage() {
  const actor = await requireActor();
  const stuck = <StuckNotices notices={await listStuckNotices(actor)} isAdmin={actor.roles.includes("admin")} />;
  if (!can(actor, "notice.review.list")) {
    return (
      <>
        <PageHeader title="Reviews" />
        {stuck}
        <Alert tone="info" title="Nothing to review">{whoCan("notice.review.list").replace("do this", "review notices")}</Alert>
      </>
    );
  }
  const queue = await reviewQueue(actor);
  return (
    <>
      <PageHeader title="Reviews" description="Notice drafts awaiting your approval, soonest deadline first." />
      {stuck}
      {queue.length === 0 ? (
        <Alert tone="success" title="Nothing awaits your approval">New drafts that need your role appear here.</Alert>
      ) : (
        <ol aria-label="Drafts awaiting your approval" className="flex flex-col gap-6">
          {queue.map((item) => (
            <li key={item.noticeId} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <IntentLink className="text-blue-800 underline" href={`/incidents/${item.incident.id}/notices/${item.noticeId}`}>{item.title}</IntentLink>
              </h2>
              <p className="text-sm text-slate-700">
                <span className="font-mono">{incidentReference(item.incident.reference)}</span> {item.incident.title}
                {item.incident.exercise ? " (exercise)" : ""} · {NOTICE_KIND_LABELS[item.kind]} · version {item.version.number} by {item.version.authorLabel}
              </p>
              <p className="text-sm">
                {item.dueAt ? <>Due <Instant value={item.dueAt.toISOString()} /> ({item.obligation?.ruleId})</> : "No obligation deadline"} · You can approve as {item.rolesYouCanGive.map((r) => APPROVER_ROLE_LABELS[r] ?? r).join(" or ")} · Still needs {item.missing.map((r) => APPROVER_ROLE_LABELS[r] ?? r).join(", ")}
              </p>
              <h3 className="mt-3 text-sm font-semibold">{item.comparedWith ? `Changes since version ${item.comparedWith}, the last one approved` : "Full text (no earlier version was approved)"}</h3>
              <TextDiff parts={item.diff} label={`Changes to ${item.title}`} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** Drafts no one can approve as things stand: said first, with the fix, so they do not wait forever unseen. */
function StuckNotices({ notices, isAdmin }: { notices: Awaited<ReturnType<typeof listStuckNotices>>; isAdmin: boolean }) {
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="stuck-notices" className="mb-6 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
      <h2 id="stuck-notices" className="text-lg font-semibold"><span aria-hidden="true">✕ </span>Drafts no one can approve</h2>
      <ul className="mt-2 flex flex-col gap-3">
        {notices.map((n) => (
          <li key={n.noticeId}>
            <IntentLink className="font-semibold text-blue-900 underline" href={`/incidents/${n.incident.id}/notices/${n.noticeId}`}>{n.title}</IntentLink>
            <span className="block text-sm"><span className="font-mono">{incidentReference(n.incident.reference)}</span> {n.incident.title}</span>
            <ul className="list-disc pl-5 text-sm">
              {n.deadlocks.map((d) => <li key={d.role}>{deadlockMessage(d)}</li>)}
            </ul>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">{isAdmin ? <IntentLink className="font-semibold text-blue-900 underline" href={USERS_ADMIN_LINK.href}>{USERS_ADMIN_LINK.label}</IntentLink> : "Ask an administrator to give the role to another person."}</p>
    </section>
  );
}
