"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { EvidenceDownloadForm } from "@/components/evidence/download-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch, type TFieldErrors } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TPerson = { id: string; name: string };
export type TEvidenceActionsItem = { id: string; name: string; kind: string; version: number; legalHold: boolean; deleted: boolean };
export type TEvidenceAbilities = { download: boolean; custody: boolean; hold: boolean; delete: boolean };

/** A small form that sends one JSON request and refreshes the page; the field errors land on its fields. */
function ActionForm({
  title,
  submitLabel,
  variant = "secondary",
  send,
  children,
}: {
  title: string;
  submitLabel: string;
  variant?: "secondary" | "danger";
  send: () => Promise<unknown>;
  children: (errors: TFieldErrors) => ReactNode;
}) {
  const [done, setDone] = useState(false);
  const mutation = useApiMutation({ mutationFn: send, onSuccess: () => setDone(true), refreshOnConflict: true });
  function submit(event: FormEvent) {
    setDone(false);
    mutation.submit(event);
  }
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
      <p className="text-sm font-semibold">{title}</p>
      {children(mutation.fieldErrors)}
      <div>
        <Button type="submit" variant={variant} disabled={mutation.isPending}>{mutation.isPending ? "Saving…" : submitLabel}</Button>
      </div>
      <div aria-live="polite">{done ? <p className="text-sm text-green-900">✓ Recorded in the chain of custody.</p> : null}</div>
      {mutation.error ? <Alert tone="error" title="Not done">{mutation.error.message}</Alert> : null}
    </form>
  );
}

export function EvidenceActions({
  incidentId,
  item,
  can,
  people,
  holdNotice = null,
}: {
  incidentId: string;
  item: TEvidenceActionsItem;
  can: TEvidenceAbilities;
  people: TPerson[];
  /** Said beside the legal-hold control when the storage cannot enforce the hold (an S3 bucket without Object Lock). */
  holdNotice?: string | null;
}) {
  const evidence = routes.incident(incidentId).evidence(item.id);
  const [custodyAction, setCustodyAction] = useState<"hand_over" | "transfer">("hand_over");
  const [toUserId, setToUserId] = useState(people[0]?.id ?? "");
  const [to, setTo] = useState("");
  const [custodyReason, setCustodyReason] = useState("");
  const [holdReason, setHoldReason] = useState("");
  const [deleteReason, setDeleteReason] = useState("");
  if (item.deleted) return null;
  const anything = (can.download && item.kind === "file") || can.custody || can.hold || can.delete;
  if (!anything) return null;

  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-semibold text-blue-900">Download, hand over, hold or delete “{item.name}”</summary>
      <div className="mt-2 grid gap-3 lg:grid-cols-2">
        {can.download && item.kind === "file" ? (
          <EvidenceDownloadForm action={evidence.download()} fileName={item.name} />
        ) : null}
        {can.custody ? (
          <ActionForm
            title="Hand over or transfer"
            submitLabel={custodyAction === "hand_over" ? "Hand over" : "Record transfer"}
            send={() =>
              apiFetch(evidence.custody(), {
                method: "POST",
                body:
                  custodyAction === "hand_over"
                    ? { action: "hand_over", toUserId, reason: custodyReason, expectedVersion: item.version }
                    : { action: "transfer", to, reason: custodyReason, expectedVersion: item.version },
              })
            }
          >
            {(errors) => (
              <>
                <Field label="Kind" error={errors.action}>
                  {(ids) => (
                    <Select ids={ids} value={custodyAction} onChange={(e) => setCustodyAction(e.target.value as "hand_over" | "transfer")}>
                      <option value="hand_over">Hand over to a console user</option>
                      <option value="transfer">Transfer to an outside party</option>
                    </Select>
                  )}
                </Field>
                {custodyAction === "hand_over" ? (
                  <Field label="To" error={errors.toUserId}>
                    {(ids) => (
                      <Select ids={ids} value={toUserId} onChange={(e) => setToUserId(e.target.value)}>
                        {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                      </Select>
                    )}
                  </Field>
                ) : (
                  <Field label="Recipient" hint="e.g. outside counsel, a forensics firm, law enforcement" error={errors.to}>
                    {(ids) => <TextInput ids={ids} value={to} onChange={(e) => setTo(e.target.value)} />}
                  </Field>
                )}
                <Field label="Reason" error={errors.reason}>{(ids) => <TextInput ids={ids} value={custodyReason} onChange={(e) => setCustodyReason(e.target.value)} />}</Field>
              </>
            )}
          </ActionForm>
        ) : null}
        {can.hold ? (
          <ActionForm
            title={item.legalHold ? "Lift the legal hold" : "Place a legal hold"}
            submitLabel={item.legalHold ? "Lift legal hold" : "Place legal hold"}
            send={() => apiFetch(evidence.legalHold(), { method: "PUT", body: { hold: !item.legalHold, reason: holdReason, expectedVersion: item.version } })}
          >
            {(errors) => (
              <>
                {holdNotice && item.kind === "file" ? <p className="text-sm text-amber-900">{holdNotice}.</p> : null}
                <Field label="Reason" error={errors.reason}>{(ids) => <TextInput ids={ids} value={holdReason} onChange={(e) => setHoldReason(e.target.value)} />}</Field>
              </>
            )}
          </ActionForm>
        ) : null}
        {can.delete ? (
          item.legalHold ? (
            <p className="rounded-md border border-slate-200 p-3 text-sm text-slate-700">Under legal hold: it cannot be deleted until legal lifts the hold.</p>
          ) : (
            <ActionForm
              title="Delete"
              submitLabel="Delete evidence"
              variant="danger"
              send={() => apiFetch(evidence.self(), { method: "DELETE", body: { reason: deleteReason, expectedVersion: item.version } })}
            >
              {(errors) => (
                <Field label="Why delete it?" hint="The record and its chain of custody stay; the item is marked deleted." error={errors.reason}>
                  {(ids) => <TextInput ids={ids} value={deleteReason} onChange={(e) => setDeleteReason(e.target.value)} />}
                </Field>
              )}
            </ActionForm>
          )
        ) : null}
      </div>
    </details>
  );
}
