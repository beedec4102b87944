import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { CatalogSummary } from "@/components/rules/catalog-summary";
import { RuleFilters } from "@/components/rules/rule-filters";
import { RulesList } from "@/components/rules/rules-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { parseRuleFilters } from "@/lib/rules/filter";
import { listRules } from "@/lib/rules/service";

export const metadata: Metadata = { title: "Rules" };

export default async function RulesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "clocks.read")) notFound();
  const filters = parseRuleFilters(await searchParams);
  const catalog = await listRules(actor, filters);
  const filtered = Boolean(filters.jurisdiction || filters.verification || filters.review);
  return (
    <>
      <PageHeader
        title="Rules"
        description="Every notification rule the clocks run on, in words: who is notified, when the clock starts, the deadline, the conditions, the source and whether counsel has reviewed it."
      />
      <CatalogSummary
        catalogVersion={catalog.catalogVersion}
        changes={catalog.changes}
        problems={catalog.problems}
        total={catalog.total}
        reviewedCount={catalog.reviewedCount}
      />
      <RuleFilters filters={filters} jurisdictions={catalog.jurisdictions} />
      <p role="status" className="mb-3 text-sm text-slate-800">
        {filtered ? `${catalog.rows.length} of ${catalog.total} rules match these filters.` : `All ${catalog.total} rules.`}
      </p>
      {catalog.rows.length === 0 ? (
        <EmptyState title={filtered ? "No rule matches these filters" : "The catalog has no rules"}>
          {filtered ? (
            <>
              A jurisdiction without rules is a gap in the catalog: the register flags it on any incident that touches it.{" "}
              <IntentLink href="/rules" className="font-semibold text-blue-800 underline">Show every rule</IntentLink>
            </>
          ) : (
            "The clocks have nothing to run on; tell the engineering team."
          )}
        </EmptyState>
      ) : (
        <RulesList rows={catalog.rows} previousVersion={catalog.changes.previousVersion} />
      )}
    </>
  );
}
