import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { inTemplateScope, templateRegions } from "@/lib/notices/audience";
import { noticeContentHash } from "@/lib/notices/content";
import { versionAuthor } from "@/lib/notices/draft";
import { latestAppliedImportId, ledgerPeopleOf } from "@/lib/notices/ledger-queries";
import { ledgerCounts } from "@/lib/affected-people/queries";
import { ledgerRecipients } from "@/lib/notices/ledger-recipients";
import { prefillContent } from "@/lib/notices/prefill";
import { prefillContext } from "@/lib/notices/prefill-queries";
import { findIncidentObligation, insertNotice, insertNoticeVersion } from "@/lib/notices/queries";
import { MAX_RECIPIENTS } from "@/lib/notices/schemas";
import { GENERIC_INDIVIDUALS, NOTICE_TEMPLATES } from "@/lib/notices/templates";
import type { TNoticeTemplate } from "@/lib/notices/templates/types";
import { NOTICE_TX } from "@/lib/notices/transaction";

export const ZLedgerNoticeInput = z.object({
  jurisdiction: z.string({ error: "must be a jurisdiction code" }).trim().toUpperCase().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, { error: "must be a jurisdiction code such as US-CA or DE" }),
  obligationId: z.uuid({ error: "must be an obligation id" }).nullable().default(null),
  title: z.string({ error: "must be text" }).trim().max(200, { error: "must be at most 200 characters" }).regex(/^[^\u0000-\u001f\u007f]*$/, { error: "must be one line" }).default(""),
});
export type TLedgerNoticeInput = z.input<typeof ZLedgerNoticeInput>;

/**
 * The individuals template written for a jurisdiction's own rules (California's for US-CA, GDPR Art. 34's for DE…),
 * else the generic notice to residents. US federal templates (HIPAA) are left out: they follow the organisation's
 * sector, not where the people live.
 */
export function individualsTemplateFor(jurisdiction: string): TNoticeTemplate | undefined {
  const own = NOTICE_TEMPLATES.find((t) => {
    const regions = templateRegions(t).filter((region) => region !== "US");
    return t.kind === "individuals" && regions.length > 0 && inTemplateScope(jurisdiction, regions);
  });
  return own ?? GENERIC_INDIVIDUALS;
}

/**
 * Drafts a notice to the ledger's people of one jurisdiction, with that jurisdiction's template: version 1 lists them
 * pseudonymously (lib/notices/ledger-recipients.ts), and the selection (jurisdiction, latest import, counts) is
 * recorded beside the notice. From here the notice is an ordinary one: edited, approved (bound to the hash over the
 * text and those person ids) and sent through the usual gate; the send refuses if the ledger's people of the
 * jurisdiction are no longer exactly the approved ones (lib/notices/ledger-send.ts).
 */
export async function createLedgerNotice(actor: TActor, incidentId: string, input: TLedgerNoticeInput) {
  assertCan(actor, "notice.draft");
  const data = ZLedgerNoticeInput.parse(input);
  const template = individualsTemplateFor(data.jurisdiction);
  if (!template) {
    throw AppError.badRequest("No notice template to individuals is written for this jurisdiction yet.", [{ name: "jurisdiction", reason: "has no individuals template (California, EU/EEA, UK)" }]);
  }
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const obligation = data.obligationId === null ? null : await findIncidentObligation(tx, incidentId, data.obligationId);
    if (data.obligationId !== null && !obligation) {
      throw AppError.badRequest("The obligation is not one of this incident's.", [{ name: "obligationId", reason: "must be an obligation of this incident" }]);
    }
    const people = await ledgerPeopleOf(tx, incidentId, data.jurisdiction);
    if (people.length === 0) throw AppError.badRequest("The ledger has nobody in this jurisdiction.", [{ name: "jurisdiction", reason: "has no affected people in the ledger" }]);
    if (people.length > MAX_RECIPIENTS) throw AppError.badRequest(`More than ${MAX_RECIPIENTS} people: split the notice.`, [{ name: "jurisdiction", reason: `has more than ${MAX_RECIPIENTS} people` }]);
    const recipients = ledgerRecipients(people.map((p) => p.id), data.jurisdiction);
    const content = prefillContent(template, await prefillContext(incidentId, tx));
    const title = data.title || `${template.label} — ${data.jurisdiction} residents (from the ledger)`;
    const contentHash = noticeContentHash(content, recipients);
    const notice = await insertNotice(tx, { incidentId, obligationId: obligation?.id ?? null, kind: "individuals", templateId: template.id, title, latestVersion: 1 });
    await insertNoticeVersion(tx, { noticeId: notice.id, number: 1, content, recipients, contentHash, ...(await versionAuthor(tx, actor)) });
    const selection = await tx.noticeLedgerSelection.create({
      data: { noticeId: notice.id, jurisdiction: data.jurisdiction, importId: await latestAppliedImportId(tx, incidentId), people: people.length, peopleWithEmail: people.filter((p) => p.hasEmail).length },
    });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "notice.drafted",
      actor,
      payload: { noticeId: notice.id, title, kind: "individuals", templateId: template.id, obligationId: obligation?.id ?? null },
    });
    return { id: notice.id, contentHash, selection: { jurisdiction: selection.jurisdiction, importId: selection.importId, people: selection.people, peopleWithEmail: selection.peopleWithEmail } };
  }, NOTICE_TX);
}

/**
 * The jurisdictions a notice can be drafted for from the ledger (people in the ledger, and a template written for
 * them), with counts only: what the "From the affected-people ledger" choice offers. Empty for whoever cannot draft.
 */
export async function ledgerDraftChoices(actor: TActor, incidentId: string) {
  assertCan(actor, "notice.draft");
  await requireVisibleIncident(prisma, actor, incidentId);
  const counts = await ledgerCounts(prisma, incidentId);
  return counts.byJurisdiction.flatMap((row) => {
    const template = individualsTemplateFor(row.jurisdiction);
    return template ? [{ jurisdiction: row.jurisdiction, people: row.people, templateLabel: template.label }] : [];
  });
}
