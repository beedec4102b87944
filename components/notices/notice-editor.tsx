"use client";

import { useState, type ChangeEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TSection = { key: string; heading: string; body: string };
type TRecipient = { address: string; name?: string; fields?: Record<string, string> };
type TGuidance = Record<string, { guidance: string; required: boolean }>;

function recipientsToText(recipients: TRecipient[]): string {
  return recipients.map((r) => (r.name ? `${r.name} <${r.address}>` : r.address)).join("\n");
}

function textToRecipients(text: string, previous: TRecipient[]): TRecipient[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.*?)\s*<([^>]+)>$/.exec(line);
      const address = (match ? match[2]! : line).trim().toLowerCase();
      const name = match ? match[1]!.trim() : undefined;
      const kept = previous.find((p) => p.address === address);
      return { address, ...(name ? { name } : kept?.name ? { name: kept.name } : {}), ...(kept?.fields ? { fields: kept.fields } : {}) };
    });
}

/**
 * Edits the latest version; saving creates a new version (and voids its approvals). Large recipient lists come from a
 * CSV upload, reported row by row.
 */
export function NoticeEditor(props: {
  incidentId: string;
  noticeId: string;
  version: number;
  subject: string;
  sections: TSection[];
  recipients: TRecipient[];
  guidance: TGuidance;
  hasApprovals: boolean;
}) {
  const [subject, setSubject] = useState(props.subject);
  const [sections, setSections] = useState(props.sections);
  const bulk = props.recipients.length > 50;
  const [recipientsText, setRecipientsText] = useState(bulk ? "" : recipientsToText(props.recipients));
  const [csvReport, setCsvReport] = useState<{ accepted: number; badRows: { line: number; reason: string }[] } | null>(null);
  const notice = routes.incident(props.incidentId).notice(props.noticeId);

  const save = useApiMutation({
    mutationFn: () =>
      apiFetch<{ version: { version: number; unchanged: boolean } }>(notice.versions(), {
        method: "POST",
        body: { content: { subject, sections }, recipients: bulk ? props.recipients : textToRecipients(recipientsText, props.recipients), basedOnVersion: props.version },
      }),
  });
  const upload = useApiMutation({
    mutationFn: async (file: File) =>
      apiFetch<{ accepted: number; badRows: { line: number; reason: string }[] }>(notice.recipients(), { method: "POST", body: { csv: await file.text(), basedOnVersion: props.version } }),
    onSuccess: setCsvReport,
  });
  const errors = save.fieldErrors;
  // A duplicate address is named by its row ("recipients.2.address"): shown on the recipients field, counted from 1.
  const recipientRowError = Object.entries(errors).find(([name]) => /^recipients\.\d+\./.test(name));
  const recipientsError = errors.recipients ?? (recipientRowError ? `Recipient ${Number(recipientRowError[0].split(".")[1]) + 1} ${recipientRowError[1]}` : undefined);
  const csvError = upload.fieldErrors.csv;

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) upload.mutate(file);
  }

  return (
    <form onSubmit={save.submit} noValidate aria-labelledby="edit-notice" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="edit-notice" className="text-lg font-semibold">Edit (saves version {props.version + 1})</h3>
      {props.hasApprovals ? (
        <Alert tone="info" title="Saving voids the approvals of this version">
          Approvals apply to the exact text and recipients approved; an edit needs approving again.
        </Alert>
      ) : null}
      <Field label="Subject" error={errors["content.subject"]}>
        {(ids) => <TextInput ids={ids} value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      {sections.map((section, index) => (
        <Field key={section.key} label={section.heading} hint={props.guidance[section.key] ? `${props.guidance[section.key]!.required ? "Required. " : "Optional. "}${props.guidance[section.key]!.guidance}` : undefined} error={errors[`content.sections.${index}.body`]}>
          {(ids) => (
            <TextArea
              ids={ids}
              rows={4}
              value={section.body}
              onChange={(e) => setSections(sections.map((s, i) => (i === index ? { ...s, body: e.target.value } : s)))}
            />
          )}
        </Field>
      ))}
      {bulk ? (
        <p className="text-sm text-slate-800">{props.recipients.length} recipients from the uploaded CSV. Upload a new CSV to replace them.</p>
      ) : (
        <Field label="Recipients" hint="One per line: an e-mail address, or Name <address>. Use {{name}} in the text to address each person." error={recipientsError}>
          {(ids) => <TextArea ids={ids} rows={3} value={recipientsText} onChange={(e) => setRecipientsText(e.target.value)} />}
        </Field>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save new version"}
        </Button>
        <label className="min-w-0 max-w-full text-sm font-semibold text-slate-800">
          Upload a CSV of recipients (columns: email, name, any merge fields)
          <input type="file" accept=".csv,text/csv" onChange={onFile} className="mt-1 block max-w-full text-sm" />
        </label>
      </div>
      <div aria-live="polite">
        {save.isSuccess ? <Alert tone="success" title={save.data.version.unchanged ? "Nothing changed" : `Saved as version ${save.data.version.version}`} /> : null}
        {csvReport ? (
          <Alert tone={csvReport.badRows.length ? "info" : "success"} title={`${csvReport.accepted} recipients taken from the CSV`}>
            {csvReport.badRows.length ? (
              <>
                <p>{csvReport.badRows.length} row(s) left out, not sent:</p>
                <ul className="list-disc pl-5">
                  {csvReport.badRows.slice(0, 50).map((row) => (
                    <li key={row.line}>Line {row.line}: {row.reason}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </Alert>
        ) : null}
      </div>
      {save.error ? <Alert tone="error" title="Not saved">{save.error.message}</Alert> : null}
      {upload.error ? <Alert tone="error" title="The CSV was not used">{upload.error.message}{csvError ? ` ${csvError}` : ""}</Alert> : null}
    </form>
  );
}
