"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TPerson = { id: string; name: string };

/** Adds a note or a decision to the timeline; optionally back-dated (with a reason) or correcting an event. */
export function NoteForm({ incidentId, owners, viewerId }: { incidentId: string; owners: TPerson[]; viewerId: string | null }) {
  const [text, setText] = useState("");
  const [isDecision, setIsDecision] = useState(false);
  // The decision owner defaults to the person recording it.
  const [ownerId, setOwnerId] = useState(owners.find((o) => o.id === viewerId)?.id ?? owners[0]?.id ?? "");
  const [rationale, setRationale] = useState("");
  const [occurredLocal, setOccurredLocal] = useState("");
  const [backdateReason, setBackdateReason] = useState("");
  const [corrects, setCorrects] = useState("");

  const mutation = useApiMutation({
    mutationFn: () =>
      apiFetch(routes.incident(incidentId).notes(), {
        method: "POST",
        body: {
          text,
          ...(isDecision ? { decision: { ownerId, rationale } } : {}),
          // datetime-local is in the viewer's zone; the API takes an instant.
          ...(occurredLocal ? { occurredAt: new Date(occurredLocal).toISOString(), backdateReason } : {}),
          ...(corrects ? { corrects: Number(corrects) } : {}),
        },
      }),
    onSuccess: () => {
      setText("");
      setRationale("");
      setOccurredLocal("");
      setBackdateReason("");
      setCorrects("");
      setIsDecision(false);
    },
  });
  const errors = mutation.fieldErrors;

  return (
    <form onSubmit={mutation.submit} noValidate aria-labelledby="add-note" className="mb-6 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="add-note" className="font-semibold">Add to the timeline</h3>
      <Field label="Note" error={errors.text}>
        {(ids) => <TextArea ids={ids} rows={3} value={text} onChange={(e) => setText(e.target.value)} required />}
      </Field>
      <label className="flex items-center gap-2 text-sm font-semibold text-slate-800">
        <input type="checkbox" className="size-4" checked={isDecision} onChange={(e) => setIsDecision(e.target.checked)} />
        This is a decision (with an owner and a rationale)
      </label>
      {isDecision ? (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Field label="Decision owner" error={errors["decision.ownerId"]}>
            {(ids) => (
              <Select ids={ids} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
                {owners.map((owner) => (
                  <option key={owner.id} value={owner.id}>
                    {owner.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Rationale" error={errors["decision.rationale"]}>
            {(ids) => <TextArea ids={ids} rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
          </Field>
        </div>
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-slate-800">Back-date or correct an earlier entry</summary>
        <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
          <Field label="Happened at" hint="Your local time. Leave empty for now." error={errors.occurredAt}>
            {(ids) => <DateTimeInput ids={ids} label="Happened at" type="datetime-local" value={occurredLocal} onValue={setOccurredLocal} />}
          </Field>
          <Field label="Why back-dated" hint="Required when it happened earlier." error={errors.backdateReason}>
            {(ids) => <TextInput ids={ids} value={backdateReason} onChange={(e) => setBackdateReason(e.target.value)} />}
          </Field>
          <Field label="Corrects event #" hint="The number shown on the event." error={errors.corrects}>
            {(ids) => <TextInput ids={ids} inputMode="numeric" value={corrects} onChange={(e) => setCorrects(e.target.value.replace(/\D/g, ""))} />}
          </Field>
        </div>
      </details>
      <div>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Adding…" : isDecision ? "Record decision" : "Add note"}
        </Button>
      </div>
      {mutation.error ? (
        <Alert tone="error" title="Not added">
          {mutation.error.message}
        </Alert>
      ) : null}
    </form>
  );
}
