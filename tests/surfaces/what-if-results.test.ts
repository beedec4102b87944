import { readdirSync, readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WhatIfResultsView } from "@/components/what-if/what-if-results";
import { CATALOG_VERSION, RULE_IDS } from "@/lib/clocks/catalog";
import { evaluateFacts } from "@/lib/clocks";
import { merge } from "@/lib/clocks/test-support/facts";
import { whatIfResults } from "@/lib/what-if/results";

type TJson = Record<string, unknown>;
const FIXTURES = "lib/clocks/fixtures";
const fixture = (name: string) => JSON.parse(readFileSync(`${FIXTURES}/${name}`, "utf8")) as TJson;

/** The rendered results as a person reads them: text only, attributes (data-rule) gone. */
function renderedText(facts: TJson, zone: string): string {
  const result = evaluateFacts(facts);
  if (!result.ok) throw new Error(JSON.stringify(result.invalidParams));
  const html = renderToStaticMarkup(createElement(WhatIfResultsView, { results: whatIfResults(result.evaluation, facts as never, zone) }));
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">")
    .replace(/\s+/g, " ");
}

/** Names spelled in camelCase by their owners, quoted by the catalog. */
const PROPER_NAMES = new Set(["eServices"]);

/** Words of the rule engine that must never reach a lawyer. */
export function vocabularyTokens(text: string): string[] {
  const found = [
    ...(text.match(/\b[a-z][a-z0-9]*_[a-z0-9_]+\b/g) ?? []), // snake_case: awaiting_trigger, national_id_number
    ...(text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).filter((word) => !PROPER_NAMES.has(word)), // camelCase: riskLevel, breachDetermined
    ...(text.match(/(?:^|[\s(:])\/(?:incident|affected|moments|organisation|notices)\b[\w/]*/g) ?? []), // JSON pointers
    ...(text.match(/\b[A-Z]{2}-[A-Z0-9]{1,3}\b/g) ?? []), // jurisdiction codes and rule ids: US-CA, EU-GDPR-33…
  ];
  for (const id of RULE_IDS) if (text.includes(id)) found.push(id);
  return [...new Set(found.map((token) => token.trim()))];
}

/** Each fixture as given, with everything unknown, with unknown counts and encrypted data, and with places added. */
function variants(facts: TJson): TJson[] {
  const affected = (facts.affected as TJson[]) ?? [];
  // Without `compromise`: whether the data were accessed or taken is not known.
  const incident = Object.fromEntries(Object.entries(facts.incident as TJson).filter(([key]) => key !== "compromise"));
  return [
    facts,
    { ...facts, incident: { ...incident, personalData: "unknown", dataCategories: [], riskLevel: "unknown", cause: "unknown", encryption: { status: "unknown" } }, moments: {} },
    merge(facts, {
      incident: { encryption: { status: "encrypted", keyCompromised: "unknown" }, riskLevel: "unknown", classification: { major: "unknown", significant: "unknown", material: "unknown" } },
      affected: affected.map((entry) => ({ ...entry, count: null })),
      moments: { suspected: "2027-04-01T08:00:00Z" },
    }),
    merge(facts, {
      affected: [
        ...affected,
        ...[{ jurisdiction: "DE", count: 300 }, { jurisdiction: "CA-QC", count: 20 }, { jurisdiction: "CH", count: null }, { jurisdiction: "US-MP", count: 4 }]
          .filter((added) => !affected.some((entry) => entry.jurisdiction === added.jurisdiction)),
      ],
      incident: { riskLevel: "high", lawEnforcementDelay: { requestedAt: "2027-04-08T10:00:00Z", until: null, written: false } },
    }),
  ];
}

describe("What-if results in words", () => {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith(".json"));

  it("the scan catches the engine's own words (so a clean scan means something)", () => {
    expect(vocabularyTokens("high risk not assessed: /incident/riskLevel; status awaiting_trigger for US-CA-1798.82-IND, breachDetermined")).toEqual(
      expect.arrayContaining(["/incident/riskLevel", "riskLevel", "awaiting_trigger", "US-CA", "US-CA-1798.82-IND", "breachDetermined"]),
    );
  });

  for (const name of files) {
    it(`says ${name} and its variants with no snake_case, camelCase, pointer, code or rule id`, () => {
      for (const [index, facts] of variants(fixture(name)).entries()) {
        for (const zone of index === 0 ? ["Europe/Paris", "America/New_York"] : ["Europe/Paris"]) {
          const text = renderedText(facts, zone);
          expect(vocabularyTokens(text), `${name} variant ${index} in ${zone}: ${text.slice(0, 400)}`).toEqual([]);
        }
      }
    });
  }

  it("leads with what applies and its due time in the viewer's zone, then the clocks not started, gaps, open questions and the rest", () => {
    const facts = {
      ...merge(fixture("example-b-texas-washington.json"), {
        affected: [{ jurisdiction: "US-TX", count: 1750 }, { jurisdiction: "US-WA", count: 600 }, { jurisdiction: "CA-QC", count: 20 }],
        incident: { riskLevel: "unknown" },
      }),
      moments: { discovered: "2027-04-08T13:00:00-05:00" },
    };
    const text = renderedText(facts, "Europe/Paris");
    const order = ["Obligations that apply", "Apply, but the clock has not started", "No rules for Quebec", "Not yet determined (", "rules do not apply, with the reason"].map((heading) => text.indexOf(heading));
    expect(order.every((at) => at >= 0), text).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Washington: 30 days from discovery (8 Apr), to the end of the day in Los Angeles = 9 May 2027 08:59 in Paris.
    expect(text).toContain("Washington Attorney General ○ On track Due 09 May 2027, 08:59 CEST 08 May 2027, 23:59:59 GMT-7, Los Angeles time, as the law counts it");
    // Texas counts from the breach determination, not declared here.
    expect(text).toMatch(/Affected individuals \(Texas\) … Awaiting trigger Starts Starts when Breach determined is declared/);
    expect(text).toContain("times in your time zone (Europe/Paris)");
    expect(text).toContain("Starts when Breach determined is declared");
    expect(text).toContain(`No rules for Quebec in catalog ${CATALOG_VERSION}: consult counsel`);
    expect(text).toMatch(/Decided by Risk assessment ?: High risk not assessed/);
  });
});
