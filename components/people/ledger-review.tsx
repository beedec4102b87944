"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Field, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TProblems = { rowsRejected: number; truncated: boolean; keptAtMost: number; problems: { line: number; field: string | null; reason: string }[] };

/** An import's refused rows, fetched when asked for: line, field and reason (text from the file is shown as text). */
export function RefusedRows({ incidentId, importId, fileName }: { incidentId: string; importId: string; fileName: string }) {
  const [problems, setProblems] = useState<TProblems | null>(null);
  const mutation = useApiMutation({
    mutationFn: () => apiFetch<TProblems>(routes.incident(incidentId).affectedPeopleProblems(importId)),
    onSuccess: setProblems,
    refresh: false,
  });
  if (!problems) {
    return (
      <div className="flex flex-col gap-1">
        <Button type="button" variant="secondary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
          {mutation.isPending ? "Loading…" : "Show refused rows"}
        </Button>
        {mutation.error ? <Alert tone="error">{mutation.error.message}</Alert> : null}
      </div>
    );
  }
  return (
    <DataTable caption={`Rows refused in ${fileName}`} captionVisible columns={["Line", "Field", "Reason"]} density="compact">
      {problems.problems.map((p) => (
        <tr key={`${p.line}-${p.field ?? ""}`}>
          <td className="tabular-nums">{p.line}</td>
          <td className="font-mono">{p.field ?? "the line"}</td>
          <td>{p.reason}</td>
        </tr>
      ))}
      {problems.truncated ? (
        <tr>
          <td colSpan={3}>The first {problems.keptAtMost.toLocaleString("en-US")} of {problems.rowsRejected.toLocaleString("en-US")} refused rows are kept.</td>
        </tr>
      ) : null}
    </DataTable>
  );
}

type TUnresolved = { people: { id: string; identifier: string; name: string | null; why: string; hasEmail: boolean; hasPostalAddress: boolean }[] };

/** People who could not be placed, shown after the reviewer gives a reason: the view goes on the timeline. */
export function UnresolvedReview({ incidentId, count }: { incidentId: string; count: number }) {
  const [reason, setReason] = useState("");
  const [people, setPeople] = useState<TUnresolved["people"] | null>(null);
  const mutation = useApiMutation({
    mutationFn: () => apiFetch<TUnresolved>(routes.incident(incidentId).affectedPeopleUnresolved(), { method: "POST", body: { reason, limit: 500 } }),
    onSuccess: (data) => setPeople(data.people),
  });
  function submit(event: FormEvent) {
    mutation.submit(event);
  }
  return (
    <div className="flex flex-col gap-3">
      <form onSubmit={submit} noValidate aria-labelledby="review-unresolved" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <h4 id="review-unresolved" className="font-semibold">Review who could not be placed</h4>
        <p className="text-sm text-slate-700">
          Shows their identifiers and names ({count > 500 ? `the first 500 of ${count.toLocaleString("en-US")}` : count === 1 ? "the one person" : `all ${count.toLocaleString("en-US")}`}). Who viewed them, how many and why goes on the timeline.
        </p>
        <Field label="Reason" error={mutation.fieldErrors.reason}>
          {(ids) => <TextInput ids={ids} value={reason} onChange={(e) => setReason(e.target.value)} required />}
        </Field>
        <div>
          <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Loading…" : "Show these people"}</Button>
        </div>
        {mutation.error ? <Alert tone="error" title="Not shown">{mutation.error.message}</Alert> : null}
      </form>
      {people ? (
        <DataTable caption="People not placed in a jurisdiction" captionVisible columns={["Identifier", "Name", "Why not placed", "Contact"]}>
          {people.map((person) => (
            <tr key={person.id}>
              <td className="font-mono break-all">{person.identifier}</td>
              <td>{person.name ?? "—"}</td>
              <td>{person.why}</td>
              <td>{[person.hasEmail ? "e-mail" : null, person.hasPostalAddress ? "postal address" : null].filter(Boolean).join(", ") || "none"}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
