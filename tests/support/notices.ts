import { expect } from "vitest";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import type { TNoticeContent } from "@/lib/notices/content";
import { decideNotice } from "@/lib/notices/decide";
import { createNotice, saveNoticeVersion } from "@/lib/notices/draft";
import { getNotice } from "@/lib/notices/read";
import { actorOf, createUser } from "@/tests/integration/api-helpers";

export const PASSWORD = "a long test password";

export type TPeople = Record<"commander" | "legal" | "legal2" | "comms" | "comms2" | "exec" | "engineer", TActor & { kind: "user" }>;

/** One person per role a notice's life needs (two of legal and comms, for the drafter-cannot-approve rule). */
export async function people(): Promise<TPeople> {
  const make = async (roles: Parameters<typeof createUser>[0], name: string) => actorOf(await createUser(roles, name)) as TActor & { kind: "user" };
  return {
    commander: await make(["commander"], "Casey Commander"),
    legal: await make(["legal"], "Lee Legal"),
    legal2: await make(["legal"], "Lou Legal"),
    comms: await make(["comms"], "Cam Comms"),
    comms2: await make(["comms"], "Cat Comms"),
    exec: await make(["exec"], "Eve Exec"),
    engineer: await make(["engineer"], "Eli Engineer"),
  };
}

/** Every required element filled in, so only approvals stand between the draft and sending. */
export function filled(content: TNoticeContent, marker = ""): TNoticeContent {
  return { ...content, sections: content.sections.map((s) => ({ ...s, body: `${s.heading} — filled in.${marker}` })) };
}

/** A notice drafted by comms and saved complete as version 2 (not yet approved). */
export async function draftComplete(
  p: TPeople,
  incidentId: string,
  options: { templateId?: string; recipients?: { address: string; name?: string }[]; obligationId?: string | null } = {},
) {
  const { id } = await createNotice(p.comms, incidentId, { templateId: options.templateId ?? "california-1798-82", obligationId: options.obligationId ?? null });
  const detail = await getNotice(p.comms, incidentId, id);
  const saved = await saveNoticeVersion(p.comms, incidentId, id, {
    content: filled(detail.latest!.content as TNoticeContent),
    recipients: options.recipients ?? [{ address: "resident@example.org", name: "Ana Resident" }],
    basedOnVersion: 1,
  });
  return { noticeId: id, versionId: saved.versionId, contentHash: saved.contentHash };
}

export function approve(actor: TActor, incidentId: string, noticeId: string, v: { versionId: string; contentHash: string }, extra: Record<string, unknown> = {}) {
  return decideNotice(actor, incidentId, noticeId, { versionId: v.versionId, contentHash: v.contentHash, decision: "approve", password: PASSWORD, ...extra });
}

/** The AppError a promise rejects with (the test fails if it resolves or rejects with anything else). */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
