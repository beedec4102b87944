import { jurisdictionName } from "@/lib/clocks/jurisdictions";
import { inTemplateScope, isConsumerKind, templateRegions } from "@/lib/notices/audience";
import type { TNoticeContent } from "@/lib/notices/content";
import { describeDataCategories } from "@/lib/notices/data-categories";
import { neutralizeTemplateSyntax } from "@/lib/notices/internal-material";
import type { TNoticeTemplate, TPrefillSource } from "@/lib/notices/templates/types";

/** What the incident knows, as read by lib/notices/queries.ts (empty when the fact tables have no rows). */
export type TPrefillContext = {
  title: string;
  summary: string;
  declaredAt: string;
  /** Current declared moments (aware, discovered, occurred…) as ISO instants. */
  moments: Record<string, string>;
  /** The incident's data categories (contract vocabulary); an affected entry's own list overrides them there. */
  dataCategories: string[];
  affected: { jurisdiction: string; count: number | null; dataCategories?: string[] }[];
  findings: { title: string; severity: string; resource: string }[];
  organisationName: string | null;
};

/** Who the draft is for: the people of the template's jurisdictions, and whether they are the public. */
type TAudience = { consumer: boolean; affected: TPrefillContext["affected"]; categories: string[] };

const todo = (what: string) => `[[${what}]]`;

function day(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

/** "18 November 2026": the date as a letter writes it (UTC, as the declared instant's calendar day there). */
function longDay(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

const MOMENT_LABELS: Record<string, string> = {
  occurred: "The breach occurred",
  discovered: "It was discovered",
  aware: "We became aware of it",
  breachDetermined: "It was determined to be a breach",
  materialityDetermined: "Its materiality was determined",
};

function audienceOf(template: TNoticeTemplate, ctx: TPrefillContext): TAudience {
  const regions = templateRegions(template);
  const affected = ctx.affected.filter((a) => inTemplateScope(a.jurisdiction, regions));
  // An entry's own categories, else the incident's (the contract's default), for these jurisdictions only.
  const categories = affected.length ? affected.flatMap((a) => a.dataCategories ?? ctx.dataCategories) : ctx.dataCategories;
  return { consumer: isConsumerKind(template.kind), affected, categories };
}

function fill(source: TPrefillSource, ctx: TPrefillContext, audience: TAudience): string {
  switch (source) {
    case "what-happened":
      return audience.consumer ? whatHappenedForReaders(ctx) : whatHappenedForRegulators(ctx);
    case "dates": {
      const lines = Object.entries(ctx.moments).map(([moment, at]) => `${MOMENT_LABELS[moment] ?? moment}: ${audience.consumer ? longDay(at) : new Date(at).toISOString()}`);
      return lines.length ? lines.join("\n") : todo("when it happened and when you became aware of it");
    }
    case "data-involved": {
      const described = describeDataCategories(audience.categories);
      const categories = described ? (audience.consumer ? `The information involved: ${described}.` : `Categories of personal data: ${described}.`) : todo("categories of personal data involved");
      return `${categories}\n${peopleAffected(audience)}`;
    }
    case "data-categories": {
      const described = describeDataCategories(audience.categories);
      return described ? `The information involved: ${described}.` : todo("categories of personal information involved");
    }
    case "people-affected":
      return peopleAffected(audience);
    case "consequences":
      return todo("likely consequences for the people affected");
    case "measures":
      return todo("measures taken or proposed, including to mitigate possible adverse effects");
    case "what-you-can-do":
      return todo("steps the people affected can take to protect themselves");
    case "contact":
      return ctx.organisationName ? `${neutralizeTemplateSyntax(ctx.organisationName)} — ${todo("contact name, e-mail and telephone")}` : todo("contact name, e-mail and telephone");
    case "findings":
      // Technical detail is for regulators; a letter to the public never carries finding text.
      if (audience.consumer || ctx.findings.length === 0) return "";
      return ctx.findings.map((f) => neutralizeTemplateSyntax(`- ${f.title} (${f.severity}; ${f.resource})`)).join("\n");
    case "material-impact":
      return todo("material impact or reasonably likely material impact, including on financial condition and results of operations");
    case "none":
      return "";
  }
}

/** The incident's own title and summary (which may quote findings), made inert for templating. */
function whatHappenedForRegulators(ctx: TPrefillContext): string {
  const when = ctx.moments.occurred ? ` on or about ${day(ctx.moments.occurred)}` : "";
  const found = ctx.moments.discovered ?? ctx.moments.aware;
  const discovered = found ? ` We discovered it on ${day(found)}.` : ` ${todo("date of discovery")}`;
  const summary = neutralizeTemplateSyntax(ctx.summary.trim()) || todo("describe what happened");
  return `${neutralizeTemplateSyntax(ctx.title)}${when}.${discovered}\n\n${summary}`;
}

/** Dates in words and a placeholder for the story: the incident's title and summary are internal and stay out. */
function whatHappenedForReaders(ctx: TPrefillContext): string {
  const found = ctx.moments.discovered ?? ctx.moments.aware;
  const sentences = [
    ctx.moments.occurred ? `On or about ${longDay(ctx.moments.occurred)}, an incident exposed some of your personal information.` : "An incident may have exposed some of your personal information.",
    found ? `We discovered it on ${longDay(found)}.` : todo("the date we discovered it"),
  ];
  return `${sentences.join(" ")}\n\n${todo("in plain words, what happened — no system names or technical identifiers")}`;
}

function peopleAffected(audience: TAudience): string {
  if (audience.affected.length === 0) return todo("approximate number of people affected");
  return audience.affected
    .map((a) => `${a.count === null ? todo("number not known yet") : `About ${a.count.toLocaleString("en-US")}`} people in ${jurisdictionName(a.jurisdiction)}.`)
    .join("\n");
}

/**
 * The first draft of a notice: every element of the template pre-filled from what the incident knows, for the
 * template's own jurisdictions only. A letter to individuals or the public gets plain words and placeholders; it never
 * receives finding titles, identifiers, the internal summary or vocabulary tokens. Text from outside is made inert so
 * that `{{…}}` in a finding can never become a merge field.
 */
export function prefillContent(template: TNoticeTemplate, ctx: TPrefillContext): TNoticeContent {
  const audience = audienceOf(template, ctx);
  return {
    subject: template.subject,
    sections: template.elements.map((element) => ({
      key: element.key,
      heading: element.heading,
      body: fill(element.prefill, ctx, audience) || (element.placeholder ? todo(element.placeholder) : ""),
    })),
  };
}
