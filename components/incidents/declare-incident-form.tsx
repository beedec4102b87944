"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { SEVERITIES, SUMMARY_MAX, TITLE_MAX, type TDeclareIncidentInput } from "@/lib/incidents/schemas";

type TCandidate = { id: string; name: string; email: string };

export function DeclareIncidentForm({ commanders, defaultCommanderId }: { commanders: TCandidate[]; defaultCommanderId?: string }) {
  const router = useRouter();
  const mutation = useApiMutation({
    mutationFn: (input: TDeclareIncidentInput) =>
      apiFetch<{ incident: { id: string } }>(routes.incidents(), { method: "POST", body: input }),
    onSuccess: ({ incident }) => router.push(`/incidents/${incident.id}`),
    refresh: false,
  });
  const errors = mutation.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    mutation.mutate({
      title: String(form.get("title") ?? ""),
      severity: String(form.get("severity") ?? "") as TDeclareIncidentInput["severity"],
      summary: String(form.get("summary") ?? ""),
      commanderId: String(form.get("commanderId") ?? ""),
      exercise: form.get("exercise") === "on",
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-5 rounded-lg border border-slate-200 bg-white p-6" noValidate>
      {mutation.error ? (
        <Alert tone="error" title="The incident was not declared">
          {mutation.error.message} {Object.keys(errors).length > 0 ? "Correct the fields marked below." : ""}
        </Alert>
      ) : null}
      <Field label="Title" error={errors.title} hint="What happened, in a line. For example: Customer export bucket readable by anyone.">
        {(ids) => <TextInput ids={ids} name="title" required maxLength={TITLE_MAX} autoFocus />}
      </Field>
      <Field label="Severity" error={errors.severity}>
        {(ids) => (
          <Select ids={ids} name="severity" required defaultValue="">
            <option value="" disabled>Choose a severity</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>{severity[0]?.toUpperCase() + severity.slice(1)}</option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Commander" error={errors.commanderId} hint="The person who runs the response.">
        {(ids) => (
          <Select ids={ids} name="commanderId" required defaultValue={defaultCommanderId ?? ""}>
            <option value="" disabled>Choose a commander</option>
            {commanders.map((user) => (
              <option key={user.id} value={user.id}>{user.name} ({user.email})</option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Summary" error={errors.summary} hint="What is known so far. You can add to the record later.">
        {(ids) => <TextArea ids={ids} name="summary" rows={5} maxLength={SUMMARY_MAX} />}
      </Field>
      {/* Notices: an exercise never sends to real recipients. */}
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name="exercise" className="mt-0.5 size-4" aria-describedby="exercise-hint" />
        <span>
          <span className="font-semibold">This is an exercise (tabletop drill)</span>
          <span id="exercise-hint" className="block text-slate-600">Its notices go to the sandbox mailbox in the console, never to real recipients.</span>
        </span>
      </label>
      <div>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Declaring…" : "Declare incident"}
        </Button>
      </div>
    </form>
  );
}
