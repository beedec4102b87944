import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { EvidenceDownloadForm } from "@/components/evidence/download-form";
import { DecisionPanel } from "@/components/notices/decision-panel";
import { NoticeEditor } from "@/components/notices/notice-editor";
import { NoticeStatus } from "@/components/notices/notice-status";
import { SendPanel, SendProgress } from "@/components/notices/send-panel";
import { LedgerExportForm } from "@/components/notices/ledger-export-form";
import { Alert } from "@/components/ui/alert";
import { Instant } from "@/components/ui/instant";
import { requireActor } from "@/lib/auth/current-actor";
import { can, whoCan } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { renderNoticeText, type TNoticeContent, type TNoticeRecipient } from "@/lib/notices/content";
import { APPROVER_ROLE_LABELS } from "@/lib/auth/roles";
import { NOTICE_KIND_LABELS } from "@/lib/notices/kinds";
import { deadlockMessage } from "@/lib/notices/approval-deadlock";
import { isConsumerKind } from "@/lib/notices/audience";
import { getNoticeChecks } from "@/lib/notices/notice-checks";
import { ZNoticeParams } from "@/lib/notices/schemas";
import { getNotice } from "@/lib/notices/read";
import { USERS_ADMIN_LINK } from "@/lib/status/decisions-awaiting";
import { routes } from "@/lib/client/routes";

export const metadata: Metadata = { title: "Notice" };


export default async function NoticePage({ params }: { params: Promise<{ id: string; noticeId: string }> }) {
  const actor = await requireActor();
  const parsed = ZNoticeParams.safeParse(await params);
  if (!parsed.success) notFound();
  const notice = await getNotice(actor, parsed.data.id, parsed.data.noticeId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const latest = notice.latest;
  if (!latest) notFound();
  const content = latest.content as TNoticeContent;
  const recipients = latest.recipients as TNoticeRecipient[];
  const preview = renderNoticeText(content, recipients[0]);
  const sent = Boolean(notice.sentVersionId);
  const approvalsOfLatest = notice.approvals.filter((a) => a.versionId === latest.id);
  const checks = await getNoticeChecks(actor, notice);
  const isAdmin = actor.roles.includes("admin");
  const incidentId = notice.incidentId;
  const guidance = Object.fromEntries((notice.template?.elements ?? []).map((e) => [e.key, { guidance: e.guidance, required: e.required }]));

  return (
    <>
      <p className="mb-2 text-sm"><IntentLink className="text-blue-800 underline" href={`/incidents/${incidentId}/notices`}>← All notices</IntentLink></p>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h2 className="text-xl font-bold">{notice.title}</h2>
        <NoticeStatus status={notice.status === "approved" || notice.status === "incomplete" ? (checks.readiness.blocked ? "incomplete" : "approved") : notice.status} />
      </div>
      {notice.template?.caution ? (
        <div className="mb-4">
          <Alert tone="info" title="What the law says about this notice">{notice.template.caution}</Alert>
        </div>
      ) : null}
      <dl className="mb-6 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-4">
        <div><dt className="font-semibold text-slate-700">Kind</dt><dd>{NOTICE_KIND_LABELS[notice.kind]}</dd></div>
        <div><dt className="font-semibold text-slate-700">Template</dt><dd>{notice.template?.label ?? notice.templateId} <span className="text-slate-600">({notice.template?.citation})</span></dd></div>
        {notice.ledgerSelection ? (
          <div>
            <dt className="font-semibold text-slate-700">Recipients</dt>
            <dd>
              From the affected-people ledger: the {notice.ledgerSelection.people} people of {notice.ledgerSelection.jurisdiction} ({notice.ledgerSelection.peopleWithEmail} with an e-mail address, the others by postal mail), as of <Instant value={notice.ledgerSelection.createdAt.toISOString()} />. Listed by pseudonym; addresses stay encrypted until delivery. If the ledger changes, the send is refused: draft again from the ledger.
            </dd>
          </div>
        ) : null}
        <div><dt className="font-semibold text-slate-700">Obligation</dt><dd>{notice.obligation ? `${notice.obligation.ruleId} — ${notice.obligation.recipient}` : "None"}</dd></div>
        <div>
          <dt className="font-semibold text-slate-700">Obligation status</dt>
          <dd>{notice.obligation ? <>{notice.obligation.status.replace("_", " ")}{notice.obligation.dueAt ? <> · due <Instant value={notice.obligation.dueAt.toISOString()} /></> : null}</> : "—"}</dd>
        </div>
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex flex-col gap-6">
          <section aria-labelledby="approvals" className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 id="approvals" className="text-lg font-semibold">Approvals of version {latest.number}</h3>
            <ul className="mt-2 flex flex-col gap-1 text-sm">
              {notice.state.required.map((role) => {
                const done = notice.state.satisfied.includes(role);
                const by = approvalsOfLatest.find((a) => a.role === role && a.decision === "approve" && !a.voidedAt);
                return (
                  <li key={role}>
                    <span aria-hidden="true">{done ? "✓" : "◷"} </span>
                    {APPROVER_ROLE_LABELS[role] ?? role}: {done && by ? <>approved by {by.approverLabel}</> : checks.deadlocks.some((d) => d.role === role) ? <strong>waiting, and no one can give it</strong> : "waiting"}
                  </li>
                );
              })}
            </ul>
            {checks.deadlocks.length ? (
              <div className="mt-3">
                <Alert tone="error" title="No one can give an approval this notice needs">
                  <ul className="list-disc pl-5">
                    {checks.deadlocks.map((d) => (
                      <li key={d.role}>{deadlockMessage(d)}</li>
                    ))}
                  </ul>
                  <p className="mt-1">
                    {isAdmin ? <IntentLink className="font-semibold underline" href={USERS_ADMIN_LINK.href}>{USERS_ADMIN_LINK.label}</IntentLink> : "Ask an administrator to fix this."}
                  </p>
                </Alert>
              </div>
            ) : null}
            {checks.missing.length ? (
              <div className="mt-3">
                <Alert tone="info" title="Still missing before it can be sent">
                  <ul className="list-disc pl-5">
                    {checks.missing.map((m) => (
                      <li key={m.key}>{m.heading}: {m.key === "recipients" ? "none yet — needed to send by e-mail; a portal submission needs none" : m.reason}</li>
                    ))}
                  </ul>
                </Alert>
              </div>
            ) : (
              <p className="mt-3 text-sm"><span aria-hidden="true">✓ </span>Every required element is filled in.</p>
            )}
            <h4 className="mt-4 font-semibold">History</h4>
            {notice.approvals.length === 0 ? (
              <p className="text-sm text-slate-700">No decision yet.</p>
            ) : (
              <ol className="mt-1 flex flex-col gap-2 text-sm">
                {notice.approvals.map((a) => {
                  const v = notice.versions.find((x) => x.id === a.versionId);
                  return (
                    <li key={a.id} className={a.voidedAt ? "text-slate-600" : ""}>
                      <span className="font-semibold">{a.decision === "approve" ? "Approved" : "Rejected"}</span> version {v?.number} as {APPROVER_ROLE_LABELS[a.role] ?? a.role} by {a.approverLabel}, <Instant value={a.createdAt.toISOString()} />
                      {a.comment ? <>: “{a.comment}”</> : null}
                      {a.voidedAt ? <span className="ml-1 font-semibold text-amber-900">— Void: {a.voidedReason}</span> : null}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>

          {!sent && notice.viewer.approvableRoles.length > 0 ? (
            <DecisionPanel incidentId={incidentId} noticeId={notice.id} versionId={latest.id} version={latest.number} contentHash={latest.contentHash} roles={notice.viewer.approvableRoles} reauthFresh={notice.viewer.reauthFresh} />
          ) : !sent && notice.viewer.isDrafterOfLatest ? (
            <p className="text-sm text-slate-700">You saved version {latest.number}, so someone else must approve it.</p>
          ) : !sent && notice.viewer.ownerlessTokenDraft ? (
            <p className="text-sm text-slate-700">Version {latest.number} came through an API token with no recorded owner, so someone who is not an administrator must approve it.</p>
          ) : null}

          {sent && notice.send ? (
            <section aria-labelledby="sent" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <h3 id="sent" className="text-lg font-semibold">Sent</h3>
              <p>
                {notice.send.channel === "submission" ? `Submitted via ${notice.send.portal}, reference ${notice.send.portalReference}` : `By ${notice.send.channel.replace("_", " ")}`}
                {notice.send.sandbox ? " (exercise: sandbox mailbox only)" : ""}{notice.send.followUp ? " (a confirmed follow-up: the obligation was already met)" : ""} — version {notice.versions.find((v) => v.id === notice.send!.versionId)?.number}, by {notice.send.sentByLabel}, <Instant value={(notice.send.firstDeliveredAt ?? notice.send.createdAt).toISOString()} />.
              </p>
              {notice.send.receiptSha256 ? (
                <div className="mt-1">
                  <p>
                    Receipt: {notice.send.receiptName} (SHA-256 <code className="break-all">{notice.send.receiptSha256}</code>), kept in the evidence register.
                  </p>
                  {can(actor, "evidence.download") ? (
                    <div className="mt-2 max-w-md">
                      <EvidenceDownloadForm action={routes.incident(incidentId).notice(notice.id).receipt()} fileName={notice.send.receiptName ?? "receipt"} />
                    </div>
                  ) : null}
                </div>
              ) : null}
              {notice.send.channel !== "submission" ? <div className="mt-3"><SendProgress incidentId={incidentId} noticeId={notice.id} /></div> : null}
              {notice.ledgerSelection && can(actor, "ledger.read") ? (
                <div className="mt-3 max-w-md">
                  <LedgerExportForm action={routes.incident(incidentId).notice(notice.id).ledgerExport()} />
                </div>
              ) : null}
            </section>
          ) : notice.viewer.canSend ? (
            <SendPanel
              incidentId={incidentId}
              noticeId={notice.id}
              title={notice.title}
              versionId={latest.id}
              version={latest.number}
              recipients={recipients.length}
              consumer={isConsumerKind(notice.kind)}
              emailBlockedReason={checks.readiness.email}
              submissionBlockedReason={checks.readiness.submission}
              exercise={notice.incident.exercise}
            />
          ) : (
            <p className="text-sm text-slate-700">{whoCan("notice.send").replace("do this", "send notices")}</p>
          )}
        </div>

        <section aria-labelledby="preview" className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 id="preview" className="text-lg font-semibold">Version {latest.number} as it reads{notice.ledgerSelection ? " for each person of the ledger" : recipients[0] ? ` for ${recipients[0].address}` : ""}</h3>
          <p className="text-sm text-slate-700">
            By {latest.authorLabel}, <Instant value={latest.createdAt.toISOString()} /> · {recipients.length} recipient(s) · SHA-256 <code className="break-all">{latest.contentHash}</code>
          </p>
          <p className="mt-3 font-semibold">Subject: {preview.subject}</p>
          <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm text-slate-900">{preview.text}</pre>
        </section>
      </div>

      {notice.viewer.canDraft ? (
        <div className="mt-6">
          <NoticeEditor
            key={latest.id}
            incidentId={incidentId}
            noticeId={notice.id}
            version={latest.number}
            subject={content.subject}
            sections={content.sections}
            recipients={recipients}
            guidance={guidance}
            hasApprovals={approvalsOfLatest.some((a) => !a.voidedAt)}
          />
        </div>
      ) : null}

      <section aria-labelledby="versions" className="mt-6">
        <h3 id="versions" className="text-lg font-semibold">Versions</h3>
        <ol className="mt-2 flex flex-col gap-1 text-sm">
          {notice.versions.map((v) => (
            <li key={v.id}>
              Version {v.number} by {v.authorLabel}, <Instant value={v.createdAt.toISOString()} /> — <code>{v.contentHash.slice(0, 16)}…</code>
              {v.id === notice.sentVersionId ? <strong> (sent, locked)</strong> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
