"use client";

import { useState, type FormEvent } from "react";
import { TaskFields, type TPerson, type TTaskDraft } from "@/components/tasks/task-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { fromDateTimeLocal } from "@/lib/client/datetime-local";

const EMPTY: TTaskDraft = { title: "", role: "engineering", ownerId: "", dueLocal: "", status: "open" };

export function CreateTaskForm({ incidentId, owners }: { incidentId: string; owners: TPerson[] }) {
  const [draft, setDraft] = useState<TTaskDraft>(EMPTY);
  const [added, setAdded] = useState<string | null>(null);
  const mutation = useApiMutation({
    mutationFn: () =>
      apiFetch<{ task: { title: string } }>(routes.incident(incidentId).tasks(), {
        method: "POST",
        body: { title: draft.title, role: draft.role, ownerId: draft.ownerId || null, dueAt: fromDateTimeLocal(draft.dueLocal) },
      }),
    onSuccess: ({ task }) => {
      setAdded(task.title);
      setDraft(EMPTY);
    },
  });
  const errors = mutation.fieldErrors;
  function submit(event: FormEvent) {
    setAdded(null);
    mutation.submit(event);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-task" className="mb-6 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="add-task" className="font-semibold">Add a task</h2>
      <TaskFields draft={draft} onChange={setDraft} owners={owners} errors={errors} withStatus={false} />
      <div>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Adding…" : "Add task"}
        </Button>
      </div>
      <div aria-live="polite">
        {added ? <p className="text-sm text-green-900">✓ Added “{added}”.</p> : null}
      </div>
      {mutation.error ? (
        <Alert tone="error" title="Task not added">
          {mutation.error.message}
        </Alert>
      ) : null}
    </form>
  );
}
