import { instantText, type TBlock } from "@/lib/reports/blocks";
import type { TReportData } from "@/lib/reports/data";
import { affectedPeopleText, dataInvolvedText, otherFactsText } from "@/lib/reports/facts-words";
import type { TReportSection } from "@/lib/reports/section";
import { formatInstantWithOffset } from "@/lib/time/format-instant";
import { describeTimelineEvent } from "@/lib/timeline-text/describe";
import { sentenceText } from "@/lib/timeline-text/parts";

type TDeclaration = TReportData["declarations"][number];

/**
 * A declared moment in the same words as the timeline ("Lee Legal declared Discovered at …: reason", "backdated"
 * when it was declared later than it happened), and whether a later declaration corrected it.
 */
function momentSentence(declaration: TDeclaration, all: readonly TDeclaration[], timeZone: string): string {
  const corrected = all.find((d) => d.id === declaration.supersedesId);
  const sentence = describeTimelineEvent({
    kind: "moment.declared",
    actorLabel: declaration.declaredByLabel,
    payload: {
      declarationId: declaration.id,
      moment: declaration.moment,
      at: declaration.at.toISOString(),
      reason: declaration.reason,
      supersedes: corrected ? { id: corrected.id, at: corrected.at.toISOString() } : null,
    },
    occurredAt: declaration.recordedAt,
    recordedAt: declaration.recordedAt,
  });
  const text = sentenceText(sentence, timeZone, formatInstantWithOffset);
  return `${text.replace(/\.?$/, ".")} Recorded ${instantText(declaration.recordedAt, timeZone)}.${declaration.supersededBy ? " A later declaration corrected it." : ""}`;
}

/** The facts the clocks read and the declared moments, current and corrected, in words. */
export const factsSection: TReportSection = {
  id: "facts",
  title: "Facts and declared moments",
  build({ data, zone }) {
    const facts = data.facts?.facts ?? null;
    const blocks: TBlock[] = [{ kind: "heading", text: "Declared moments" }];
    blocks.push(
      data.declarations.length === 0
        ? { kind: "paragraph", text: "No moments declared yet (aware, discovered, …): no clock that starts from one is running.", tone: "muted" }
        : { kind: "list", items: data.declarations.map((d) => momentSentence(d, data.declarations, zone.zone)) },
    );

    blocks.push({ kind: "heading", text: "People affected" });
    const people = affectedPeopleText(facts);
    if (people.lines.length === 0) blocks.push({ kind: "paragraph", text: "No affected people recorded yet.", tone: "muted" });
    else blocks.push({ kind: "list", items: people.lines }, { kind: "paragraph", text: people.total! });

    blocks.push({ kind: "heading", text: "Data involved" });
    const dataInvolved = dataInvolvedText(facts);
    if (!dataInvolved.common && dataInvolved.byJurisdiction.length === 0) blocks.push({ kind: "paragraph", text: "No data categories recorded yet.", tone: "muted" });
    if (dataInvolved.common) blocks.push({ kind: "paragraph", text: dataInvolved.common });
    if (dataInvolved.byJurisdiction.length) blocks.push({ kind: "list", items: dataInvolved.byJurisdiction });

    blocks.push({ kind: "heading", text: "Other recorded facts" });
    const other = otherFactsText(facts);
    blocks.push(
      data.facts
        ? { kind: "paragraph", text: `Facts version ${data.facts.version}, last changed ${instantText(data.facts.updatedAt, zone.zone)}.` }
        : { kind: "paragraph", text: "No clock facts recorded.", tone: "muted" },
    );
    if (other.length) blocks.push({ kind: "list", items: other });
    return { blocks, json: { declarations: data.declarations, facts: data.facts } };
  },
};
