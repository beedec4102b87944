"use client";

import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field, Select, TextInput } from "@/components/ui/field";
import type { TFieldErrors } from "@/lib/client/api";
import { TASK_ROLES, TASK_ROLE_LABELS, TASK_STATUSES, TASK_STATUS_LABELS, type TTaskRole, type TTaskStatus } from "@/lib/tasks/schemas";

export type TPerson = { id: string; name: string };
export type TTaskDraft = { title: string; role: TTaskRole; ownerId: string; dueLocal: string; status: TTaskStatus };

/** The fields of a task, shared by the create form and the inline editor. */
export function TaskFields({
  draft,
  onChange,
  owners,
  errors,
  withStatus,
}: {
  draft: TTaskDraft;
  onChange: (draft: TTaskDraft) => void;
  owners: TPerson[];
  errors: TFieldErrors;
  withStatus: boolean;
}) {
  const set = <K extends keyof TTaskDraft>(key: K, value: TTaskDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <div className={`grid grid-cols-1 gap-3 [&>*]:min-w-0 ${withStatus ? "sm:grid-cols-[2fr_1fr_1fr_1fr_1fr]" : "sm:grid-cols-[2fr_1fr_1fr_1fr]"}`}>
      <Field label="Task" error={errors.title}>
        {(ids) => <TextInput ids={ids} value={draft.title} onChange={(e) => set("title", e.target.value)} required />}
      </Field>
      <Field label="Role" error={errors.role}>
        {(ids) => (
          <Select ids={ids} value={draft.role} onChange={(e) => set("role", e.target.value as TTaskRole)}>
            {TASK_ROLES.map((role) => (
              <option key={role} value={role}>
                {TASK_ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Owner" error={errors.ownerId}>
        {(ids) => (
          <Select ids={ids} value={draft.ownerId} onChange={(e) => set("ownerId", e.target.value)}>
            <option value="">Nobody yet</option>
            {owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Due" error={errors.dueAt}>
        {(ids) => <DateTimeInput ids={ids} label="Due" type="datetime-local" value={draft.dueLocal} onValue={(value) => set("dueLocal", value)} />}
      </Field>
      {withStatus ? (
        <Field label="Status" error={errors.status}>
          {(ids) => (
            <Select ids={ids} value={draft.status} onChange={(e) => set("status", e.target.value as TTaskStatus)}>
              {TASK_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {TASK_STATUS_LABELS[status]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
    </div>
  );
}
