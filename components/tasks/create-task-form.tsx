"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TaskFields, type TPerson, type TTaskDraft } from "@/components/tasks/task-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiError, apiFetch } from "@/lib/client/api";
import { fromDateTimeLocal } from "@/lib/client/datetime-local";

const EMPTY: TTaskDraft = { title: "", role: "engineering", ownerId: "", dueLocal: "", status: "open" };

export function CreateTaskForm({ incidentId, owners }: { incidentId: string; owners: TPerson[] }) {
  const router = useRouter();
  const [draft, setDraft] = useState<TTaskDraft>(EMPTY);
  const [added, setAdded] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () =>
      apiFetch<{ task: { title: string } }>(`/api/incidents/${incidentId}/tasks`, {
        method: "POST",
        body: { title: draft.title, role: draft.role, ownerId: draft.ownerId || null, dueAt: fromDateTimeLocal(draft.dueLocal) },
      }),
    onSuccess: ({ task }) => {
      setAdded(task.title);
      setDraft(EMPTY);
      router.refresh();
    },
  });
  const errors = mutation.error instanceof ApiError ? mutation.error.fieldErrors : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    mutation.mutate();
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
