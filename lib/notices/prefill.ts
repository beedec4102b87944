import type { TNoticeContent } from "@/lib/notices/content";
import type { TNoticeTemplate, TPrefillSource } from "@/lib/notices/templates/types";

/** What the incident knows, as read by lib/notices/queries.ts (empty when the fact tables have no rows). */
export type TPrefillContext = {
  title: string;
  summary: string;
  declaredAt: string;
  /** Current declared moments (aware, discovered, occurred…) as ISO instants. */
  moments: Record<string, string>;
  dataCategories: string[];
  affected: { jurisdiction: string; count: number | null }[];
  findings: { title: string; severity: string; resource: string }[];
  organisationName: string | null;
};

const todo = (what: string) => `[[${what}]]`;

function day(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

const MOMENT_LABELS: Record<string, string> = {
  occurred: "The breach occurred",
  discovered: "It was discovered",
  aware: "We became aware of it",
  breachDetermined: "It was determined to be a breach",
  materialityDetermined: "Its materiality was determined",
};

function fill(source: TPrefillSource, ctx: TPrefillContext): string {
  switch (source) {
    case "what-happened": {
      const when = ctx.moments.occurred ? ` on or about ${day(ctx.moments.occurred)}` : "";
      const found = ctx.moments.discovered ?? ctx.moments.aware;
      const discovered = found ? ` We discovered it on ${day(found)}.` : ` ${todo("date of discovery")}`;
      const summary = ctx.summary.trim() || todo("describe what happened");
      return `${ctx.title}${when}.${discovered}\n\n${summary}`;
    }
    case "dates": {
      const lines = Object.entries(ctx.moments).map(([moment, at]) => `${MOMENT_LABELS[moment] ?? moment}: ${new Date(at).toISOString()}`);
      return lines.length ? lines.join("\n") : todo("when it happened and when you became aware of it");
    }
    case "data-involved": {
      const categories = ctx.dataCategories.length ? `Categories of personal data: ${ctx.dataCategories.join(", ")}.` : todo("categories of personal data involved");
      return `${categories}\n${peopleAffected(ctx)}`;
    }
    case "people-affected":
      return peopleAffected(ctx);
    case "consequences":
      return todo("likely consequences for the people affected");
    case "measures":
      return todo("measures taken or proposed, including to mitigate possible adverse effects");
    case "what-you-can-do":
      return todo("steps the people affected can take to protect themselves");
    case "contact":
      return ctx.organisationName ? `${ctx.organisationName} — ${todo("contact name, e-mail and telephone")}` : todo("contact name, e-mail and telephone");
    case "findings":
      return ctx.findings.length ? ctx.findings.map((f) => `- ${f.title} (${f.severity}; ${f.resource})`).join("\n") : "";
    case "material-impact":
      return todo("material impact or reasonably likely material impact, including on financial condition and results of operations");
    case "none":
      return "";
  }
}

function peopleAffected(ctx: TPrefillContext): string {
  if (ctx.affected.length === 0) return todo("approximate number of people affected");
  return ctx.affected.map((a) => `${a.jurisdiction}: ${a.count === null ? todo("number not known yet") : `about ${a.count}`} people`).join("\n");
}

/**
 * The first draft of a notice: every element of the template pre-filled from what the incident knows. Finding titles
 * are attacker-controlled text; they go in as text and are rendered as text (never HTML).
 */
export function prefillContent(template: TNoticeTemplate, ctx: TPrefillContext): TNoticeContent {
  return {
    subject: template.subject,
    sections: template.elements.map((element) => ({ key: element.key, heading: element.heading, body: fill(element.prefill, ctx) })),
  };
}
