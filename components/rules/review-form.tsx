"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { REVIEW_NOTE_MAX, REVIEWER_NAME_MAX } from "@/lib/rules/schemas";

/** Records counsel's review of the rule's current version (reviews are history: each one is a new entry). */
export function ReviewForm({ ruleId, ruleVersion, defaultReviewer, today }: { ruleId: string; ruleVersion: string; defaultReviewer: string; today: string }) {
  const [reviewerName, setReviewerName] = useState(defaultReviewer);
  const [reviewedOn, setReviewedOn] = useState(today);
  const [note, setNote] = useState("");
  const [recorded, setRecorded] = useState<string | null>(null);

  const mutation = useApiMutation({
    mutationFn: () =>
      apiFetch<{ review: { reviewerName: string; reviewedOn: string } }>(routes.ruleReviews(ruleId), {
        method: "POST",
        body: { ruleVersion, reviewerName, reviewedOn, note },
      }),
    onSuccess: ({ review }) => {
      setRecorded(`Review recorded: ${review.reviewerName}, ${review.reviewedOn}, version ${ruleVersion}.`);
      setNote("");
    },
  });
  const errors = mutation.fieldErrors;

  function submit(event: FormEvent) {
    setRecorded(null);
    mutation.submit(event);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-review" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="record-review" className="text-lg font-semibold">Record a counsel review</h2>
      <p className="text-sm text-slate-700">
        For version <span className="font-mono">{ruleVersion}</span>, the one the catalog runs now. A review is kept for the record; a
        later one does not erase it.
      </p>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label="Reviewer" hint="You, or the outside counsel who reviewed it." error={errors.reviewerName}>
          {(ids) => <TextInput ids={ids} value={reviewerName} maxLength={REVIEWER_NAME_MAX} onChange={(e) => setReviewerName(e.target.value)} autoComplete="name" />}
        </Field>
        <Field label="Date reviewed" error={errors.reviewedOn}>
          {(ids) => <DateTimeInput ids={ids} label="Date reviewed" type="date" value={reviewedOn} onValue={setReviewedOn} />}
        </Field>
      </div>
      <Field label="Note" hint="What was checked, against which text, and anything counsel disagrees with." error={errors.note}>
        {(ids) => <TextArea ids={ids} rows={4} value={note} maxLength={REVIEW_NOTE_MAX} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      {errors.ruleVersion ? <Alert tone="error" title="Rule version">{errors.ruleVersion}</Alert> : null}
      <div>
        <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Recording…" : "Record review"}</Button>
      </div>
      {mutation.error && Object.keys(errors).length === 0 ? <Alert tone="error" title="Not recorded">{mutation.error.message}</Alert> : null}
      {recorded ? <Alert tone="success">{recorded}</Alert> : null}
    </form>
  );
}
