import { z } from "zod";

export const TASK_STATUSES = ["open", "in_progress", "done", "cancelled"] as const;
export type TTaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TTaskStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
  cancelled: "Cancelled",
};

/** The incident role a task is for (who is expected to pick it up), independent of who owns it. */
export const TASK_ROLES = ["commander", "legal", "comms", "engineering", "forensics", "privacy"] as const;
export type TTaskRole = (typeof TASK_ROLES)[number];
export const TASK_ROLE_LABELS: Record<TTaskRole, string> = {
  commander: "Commander",
  legal: "Legal",
  comms: "Comms",
  engineering: "Engineering",
  forensics: "Forensics",
  privacy: "Privacy",
};

export const TASK_TITLE_MAX = 300;

const ZTitle = z
  .string({ error: "is required" })
  .trim()
  .min(1, { error: "is required" })
  .max(TASK_TITLE_MAX, { error: `must be at most ${TASK_TITLE_MAX} characters` });
const ZRole = z.enum(TASK_ROLES, { error: `must be one of ${TASK_ROLES.join(", ")}` });
const ZStatus = z.enum(TASK_STATUSES, { error: `must be one of ${TASK_STATUSES.join(", ")}` });
const ZOwnerId = z.uuid({ error: "must be the id of a user" }).nullable();
const ZDueAt = z.iso.datetime({ offset: true, error: "must be a date and time with its zone" }).nullable();

export const ZCreateTaskInput = z.object({
  title: ZTitle,
  role: ZRole,
  ownerId: ZOwnerId.default(null),
  dueAt: ZDueAt.default(null),
});
export type TCreateTaskInput = z.input<typeof ZCreateTaskInput>;

/** Only the fields sent change; `expectedVersion` is the version the caller saw (409 when stale). */
export const ZUpdateTaskInput = z
  .object({
    expectedVersion: z.number({ error: "must be the task version you saw" }).int().min(1),
    title: ZTitle.optional(),
    role: ZRole.optional(),
    ownerId: ZOwnerId.optional(),
    dueAt: ZDueAt.optional(),
    status: ZStatus.optional(),
  });
export type TUpdateTaskInput = z.input<typeof ZUpdateTaskInput>;

export const TASK_FILTERS = ["mine", "open", "overdue"] as const;
export type TTaskFilter = (typeof TASK_FILTERS)[number];

/** `?filter=mine&filter=overdue` or `?filter=mine,overdue`: every filter named must hold. */
export const ZTaskListQuery = z.object({
  filter: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(",")).filter(Boolean))
    .pipe(z.array(z.enum(TASK_FILTERS, { error: `must be one of ${TASK_FILTERS.join(", ")}` })))
    .optional(),
});
export type TTaskListQuery = z.output<typeof ZTaskListQuery>;

export const ZTaskParams = z.object({
  id: z.uuid({ error: "must be an incident id" }),
  taskId: z.uuid({ error: "must be a task id" }),
});

export const ZApplyPlaybookInput = z.object({
  playbookId: z.string({ error: "is required" }).min(1, { error: "is required" }).max(100),
});
