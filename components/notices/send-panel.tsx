"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TNotReached = { address: string | null; status: string; reason: string; bouncedAt: string | null };
type TProgress = {
  total: number; sent: number; failed: number; bounced: number; postalMailNeeded: number; pending: number; completedAt: string | null; notReached: TNotReached[];
};

export const noticeKeys = {
  all: ["notices"] as const,
  progress: (noticeId: string) => ["notices", noticeId, "progress"] as const,
};

/**
 * A bulk send's progress, polled each second until it completes. Its first delivery meets the obligation and its end
 * completes the send on the server: when the send finishes while the page is open, the page reloads its data so the
 * obligation's status and the rest never show the state from before.
 */
export function SendProgress({ incidentId, noticeId }: { incidentId: string; noticeId: string }) {
  const router = useRouter();
  const query = useQuery({
    queryKey: noticeKeys.progress(noticeId),
    queryFn: () => apiFetch<{ progress: TProgress }>(routes.incident(incidentId).notice(noticeId).progress()).then((r) => r.progress),
    // After the send, a bounce report can still arrive: a slower look keeps the counts from looking calm.
    refetchInterval: (q) => (q.state.data?.completedAt ? 30_000 : 1000),
  });
  const sawInProgress = useRef(false);
  const completedAt = query.data?.completedAt ?? null;
  useEffect(() => {
    if (query.data && !completedAt) sawInProgress.current = true;
    else if (completedAt && sawInProgress.current) {
      sawInProgress.current = false;
      router.refresh();
    }
  }, [query.data, completedAt, router]);
  if (query.isPending) return <p className="text-sm">Loading delivery progress…</p>;
  if (query.isError) return <Alert tone="error" title="Progress unavailable">{query.error.message} It refreshes by itself; reload the page if it persists.</Alert>;
  const p = query.data;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="send-progress" className="text-sm font-semibold">Delivery</label>
      <progress id="send-progress" max={p.total - p.postalMailNeeded} value={p.sent + p.failed + p.bounced} className="h-3 w-full" />
      <p aria-live="polite" className="text-sm">
        {p.sent + p.bounced} of {p.total - p.postalMailNeeded} sent{p.failed ? `, ${p.failed} failed` : ""}{p.bounced ? `, ${p.bounced} bounced` : ""}{p.postalMailNeeded ? `; ${p.postalMailNeeded} without an e-mail address need postal mail` : ""}{p.completedAt ? " — finished." : " — in progress (the worker sends at a limited rate; it resumes after a restart)."}
      </p>
      {p.completedAt && p.failed + p.bounced > 0 ? <NotReached count={p.failed + p.bounced} listed={p.notReached} /> : null}
    </div>
  );
}

/** Who a finished send did not reach and why: the notice is still owed to them, by another way. */
function NotReached({ count, listed }: { count: number; listed: TNotReached[] }) {
  return (
    <Alert tone="error" title={`${count} ${count === 1 ? "recipient was" : "recipients were"} not reached`}>
      <p>
        The mail server refused {count === 1 ? "the message" : "these messages"}, or the provider reported {count === 1 ? "it" : "them"} bounced after
        accepting {count === 1 ? "it" : "them"}. The notice is still owed: reach {count === 1 ? "this recipient" : "them"} another way (postal mail, a
        substitute notice) and record it. A notice from the affected-people ledger lists each person, with the reason, in its regulator export.
      </p>
      <ul aria-label="Recipients not reached" className="mt-2 list-disc pl-5">
        {listed.map((r, index) => (
          <li key={`${r.address ?? "person"}-${index}`} className="break-words">
            <span className="font-semibold">{r.address ?? "A person of the affected-people ledger"}</span>
            {" — "}
            {r.reason || (r.status === "bounced" ? "bounced after the mail server accepted it" : "refused by the mail server")}
          </li>
        ))}
      </ul>
      {count > listed.length ? <p className="mt-1">and {count - listed.length} more.</p> : null}
    </Alert>
  );
}

function readBase64(file: File): Promise<string> {
  return file.arrayBuffer().then((buffer) => {
    let binary = "";
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
}

/** "1,200 people" / "1 recipient": how many a send reaches, counted the way the reader of the letter is. */
function reach(count: number, consumer: boolean): string {
  const noun = consumer ? (count === 1 ? "person" : "people") : count === 1 ? "recipient" : "recipients";
  return `${count.toLocaleString("en-US")} ${noun}`;
}

/**
 * Send the fully approved latest version by e-mail (or in bulk) after a confirmation naming how many people it
 * reaches, or record a submission made in a regulator's portal (which needs no e-mail recipient). Each control is
 * disabled with its reason shown before anyone clicks.
 */
export function SendPanel(props: {
  incidentId: string;
  noticeId: string;
  title: string;
  versionId: string;
  version: number;
  recipients: number;
  consumer: boolean;
  emailBlockedReason: string | null;
  submissionBlockedReason: string | null;
  exercise: boolean;
}) {
  const notice = routes.incident(props.incidentId).notice(props.noticeId);
  const bulk = props.recipients > 50;
  const [confirming, setConfirming] = useState(false);
  // Set only after the server answered that the obligation is already met (409 naming followUp) and the sender agreed.
  const [followUp, setFollowUp] = useState(false);
  const send = useApiMutation({
    mutationFn: () => apiFetch(notice.send(), { method: "POST", body: { channel: bulk ? "bulk_email" : "email", versionId: props.versionId, followUp } }),
    onSuccess: () => setConfirming(false),
    onError: () => setConfirming(false),
  });
  const to = reach(props.recipients, props.consumer);
  const [portal, setPortal] = useState("");
  const [reference, setReference] = useState("");
  const [submittedLocal, setSubmittedLocal] = useState("");
  const [receipt, setReceipt] = useState<File | null>(null);
  const submission = useApiMutation({
    mutationFn: async () =>
      apiFetch(notice.submission(), {
        method: "POST",
        body: {
          versionId: props.versionId,
          portal,
          reference,
          submittedAt: submittedLocal ? new Date(submittedLocal).toISOString() : "",
          receipt: receipt ? { name: receipt.name, type: receipt.type || "application/octet-stream", base64: await readBase64(receipt) } : null,
          followUp,
        },
      }),
  });
  const errors = submission.fieldErrors;
  const askFollowUp = Boolean(send.fieldErrors.followUp || errors.followUp);

  return (
    <section aria-labelledby="send" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="send" className="text-lg font-semibold">Send</h3>
      {props.emailBlockedReason ? (
        <p id="send-blocked" className="text-sm font-medium text-slate-800">
          <span aria-hidden="true">✕ </span>
          {props.emailBlockedReason}
        </p>
      ) : null}
      {askFollowUp || followUp ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" checked={followUp} onChange={(e) => setFollowUp(e.target.checked)} />
          <span>This notice is a follow-up: its obligation is already met (or being met) by another notice. Send or record it anyway, recorded as a follow-up.</span>
        </label>
      ) : null}
      <div>
        <Button onClick={() => setConfirming(true)} disabled={Boolean(props.emailBlockedReason) || send.isPending} aria-describedby={props.emailBlockedReason ? "send-blocked" : undefined}>
          {send.isPending ? "Sending…" : `${props.exercise ? "Send to the sandbox" : "Send by e-mail"} to ${to}…`}
        </Button>
        {send.error ? <div className="mt-2"><Alert tone="error" title="Not sent">{send.error.message}</Alert></div> : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title={props.exercise ? `Send to ${to} in the sandbox?` : `Send to ${to} — this cannot be undone`}
        confirmLabel={props.exercise ? `Send to the sandbox (${to})` : `Send to ${to}`}
        pending={send.isPending}
        pendingLabel="Sending…"
        onConfirm={() => send.mutate()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          “{props.title}”, version {props.version}, goes by e-mail to {to}
          {props.exercise ? ": this is an exercise, so it lands in the sandbox mailbox only." : ". Once sent it cannot be recalled, and this version's text is locked."}
        </p>
        {bulk ? <p className="mt-2">The messages go out at a limited rate; progress shows on this page.</p> : null}
      </ConfirmDialog>
      <form onSubmit={submission.submit} noValidate aria-labelledby="record-submission" className="grid grid-cols-1 gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2">
        <h4 id="record-submission" className="font-semibold sm:col-span-2">Or record a submission made elsewhere (a regulator&apos;s portal)</h4>
        <Field label="Portal" error={errors.portal}>{(ids) => <TextInput ids={ids} value={portal} onChange={(e) => setPortal(e.target.value)} />}</Field>
        <Field label="Reference" error={errors.reference}>{(ids) => <TextInput ids={ids} value={reference} onChange={(e) => setReference(e.target.value)} />}</Field>
        <Field label="Submitted at" hint="Your local time." error={errors.submittedAt}>
          {(ids) => <DateTimeInput ids={ids} label="Submitted at" type="datetime-local" step={1} value={submittedLocal} onValue={setSubmittedLocal} />}
        </Field>
        <Field label="Receipt file" hint="Kept with its SHA-256 (up to 5 MB)." error={errors["receipt.base64"] ?? errors.receipt}>
          {(ids) => <input id={ids.id} aria-describedby={ids.describedBy} type="file" className="max-w-full text-sm" onChange={(e: ChangeEvent<HTMLInputElement>) => setReceipt(e.target.files?.[0] ?? null)} />}
        </Field>
        <div className="sm:col-span-2">
          <Button type="submit" variant="secondary" disabled={Boolean(props.submissionBlockedReason) || submission.isPending} aria-describedby={props.submissionBlockedReason ? "submission-blocked" : undefined}>Record submission</Button>
          {props.submissionBlockedReason ? (
            <p id="submission-blocked" className="mt-2 text-sm font-medium text-slate-800"><span aria-hidden="true">✕ </span>{props.submissionBlockedReason}</p>
          ) : null}
        </div>
        {submission.error ? <div className="sm:col-span-2"><Alert tone="error" title="Not recorded">{submission.error.message}</Alert></div> : null}
      </form>
    </section>
  );
}
