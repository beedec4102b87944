import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { NewNoticeForm } from "@/components/notices/new-notice-form";
import { NextStepsPanel } from "@/components/next-steps/next-steps-panel";
import { NoticeStatus } from "@/components/notices/notice-status";
import { SandboxMailbox } from "@/components/notices/sandbox-mailbox";
import { DataTable } from "@/components/ui/data-table";
import { Alert } from "@/components/ui/alert";
import { Instant } from "@/components/ui/instant";
import { whoCan } from "@/lib/auth/policy";
import { loadIncidentForPage, orNotFound } from "@/lib/incidents/page-incident";
import { NOTICE_KIND_LABELS } from "@/lib/notices/kinds";
import { getNoticesTab } from "@/lib/notices/read";
import { ledgerDraftChoices } from "@/lib/notices/ledger-draft";
import { NOTICE_TEMPLATES, templateForRule } from "@/lib/notices/templates";

export const metadata: Metadata = { title: "Notices" };

export default async function NoticesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ obligation?: string | string[] }> }) {
  const { actor, incident } = await loadIncidentForPage(params);
  // A next step's "Draft it" opens the form on its obligation.
  const { obligation } = await searchParams;
  const incidentId = incident.id;
  const { notices, draftableObligations: obligations, exercise, sandboxMails: mails } = await orNotFound(getNoticesTab(actor, incidentId));
  const ledger = obligations ? await ledgerDraftChoices(actor, incidentId) : [];

  return (
    <>
      <NextStepsPanel actor={actor} incidentId={incidentId} compact />
      <h2 className="mb-4 text-xl font-bold">Notices</h2>
      {obligations ? (
        <NewNoticeForm
          incidentId={incidentId}
          templates={NOTICE_TEMPLATES.map((t) => ({ id: t.id, label: t.label }))}
          ledger={ledger}
          initialObligationId={typeof obligation === "string" ? obligation : undefined}
          obligations={obligations.map((o) => ({
            id: o.id,
            label: `${o.ruleId} — ${o.recipient}${o.dueAt ? ` (due ${o.dueAt.toISOString().slice(0, 16).replace("T", " ")} UTC)` : ""}`,
            templateId: templateForRule(o.ruleId).id,
          }))}
        />
      ) : (
        <p className="mb-4 text-sm text-slate-700">{whoCan("notice.draft").replace("do this", "draft notices")}</p>
      )}
      {notices.length === 0 ? (
        <Alert tone="info" title="No notices yet">
          {obligations ? "Draft one above from a template; it is pre-filled from this incident." : "Legal or communications staff draft notices here."}
        </Alert>
      ) : (
        <DataTable caption="Notices of this incident" columns={["Notice", "Kind", "Status", "Version", "Obligation due"]}>
          {notices.map((notice) => (
            <tr key={notice.id}>
              <td>
                <IntentLink className="font-semibold text-blue-800 underline" href={`/incidents/${incidentId}/notices/${notice.id}`}>
                  {notice.title}
                </IntentLink>
              </td>
              <td>{NOTICE_KIND_LABELS[notice.kind]}</td>
              <td><NoticeStatus status={notice.status} /></td>
              <td>{notice.latestVersion}</td>
              <td>{notice.obligation?.dueAt ? <Instant value={notice.obligation.dueAt.toISOString()} /> : "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {exercise ? <SandboxMailbox mails={mails.map((m) => ({ id: m.id, to: m.to, subject: m.subject, text: m.text, createdAt: m.createdAt.toISOString() }))} /> : null}
    </>
  );
}
