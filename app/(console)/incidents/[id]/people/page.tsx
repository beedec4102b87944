import type { Metadata } from "next";
import { ImportPeopleForm } from "@/components/people/import-form";
import { RefusedRows, UnresolvedReview } from "@/components/people/ledger-review";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Instant } from "@/components/ui/instant";
import { can, whoCan } from "@/lib/auth/policy";
import { jurisdictionTitle } from "@/lib/clocks/jurisdictions";
import { getLedgerSummary } from "@/lib/affected-people/read";
import { DATA_CATEGORY_LABELS } from "@/lib/incident-facts/schemas";
import { loadIncidentForPage, orNotFound } from "@/lib/incidents/page-incident";

export const metadata: Metadata = { title: "Affected people" };

const n = (value: number) => value.toLocaleString("en-US");
const categoryLabel = (category: string) => DATA_CATEGORY_LABELS[category as keyof typeof DATA_CATEGORY_LABELS] ?? category;
const STATUS_WORDS: Record<string, string> = { applied: "Applied", failed: "Failed: nothing applied", staging: "Reading the file…" };

export default async function AffectedPeoplePage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, incident } = await loadIncidentForPage(params);
  const { counts, imports, keyConfigured } = await orNotFound(getLedgerSummary(actor, incident.id));
  const mayImport = can(actor, "ledger.import");
  const mayRead = can(actor, "ledger.read");
  return (
    <>
      <h2 className="mb-2 text-xl font-bold">Affected people</h2>
      <p className="mb-4 max-w-3xl text-slate-700">
        The people whose data the breach reached, imported from the organisation&apos;s extract. Their counts per jurisdiction
        replace the numbers typed in the facts, so the obligations follow the ledger. Names, e-mail and postal addresses are
        stored encrypted.
      </p>

      {!keyConfigured && mayImport ? (
        <Alert tone="error" title="The ledger cannot store people yet">
          This console has no data key. An administrator sets BREACHDESK_DATA_KEY (32 random bytes in base64, e.g. from
          `openssl rand -base64 32`) and restarts it; until then imports are refused.
        </Alert>
      ) : null}

      <section aria-labelledby="ledger-counts" className="mt-4">
        <h3 id="ledger-counts" className="mb-2 text-lg font-semibold">In the ledger</h3>
        {counts.total === 0 ? (
          <EmptyState title="No one imported yet">
            The obligations use the counts typed in the facts until a list of affected people is imported here.
          </EmptyState>
        ) : (
          <>
            <p className="mb-2" data-testid="ledger-total">
              <strong>{n(counts.total)}</strong> {counts.total === 1 ? "person" : "people"} in {n(counts.byJurisdiction.length)}{" "}
              {counts.byJurisdiction.length === 1 ? "jurisdiction" : "jurisdictions"}.
            </p>
            {counts.unresolved > 0 ? (
              <Alert tone="error" title={`${n(counts.unresolved)} ${counts.unresolved === 1 ? "person is" : "people are"} not placed in any jurisdiction`}>
                They count toward no obligation and will get no notice until they are placed: correct their rows in the extract
                and import it again (the same identifiers are updated, not added twice).
              </Alert>
            ) : null}
            <DataTable caption="People per jurisdiction" className="mt-2" columns={["Jurisdiction", { label: "People", className: "text-right" }, "Data categories"]}>
              {counts.byJurisdiction.map((row) => (
                <tr key={row.jurisdiction}>
                  <th scope="row" className="font-medium">{jurisdictionTitle(row.jurisdiction)} <span className="font-mono text-xs text-slate-600">{row.jurisdiction}</span></th>
                  <td className="text-right tabular-nums">{n(row.people)}</td>
                  <td>{row.dataCategories.map(categoryLabel).join(", ") || "—"}</td>
                </tr>
              ))}
            </DataTable>
            {counts.unresolved > 0 && mayRead ? (
              <div className="mt-4">
                <UnresolvedReview incidentId={incident.id} count={counts.unresolved} />
              </div>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="ledger-imports" className="mt-6">
        <h3 id="ledger-imports" className="mb-2 text-lg font-semibold">Imports</h3>
        {imports.length === 0 ? (
          <p className="text-slate-700">No import yet.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {imports.map((item) => (
              <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-semibold break-all">{item.fileName}</p>
                <p className="text-sm text-slate-700">
                  {STATUS_WORDS[item.status] ?? item.status} · <Instant value={item.startedAt} /> · by {item.importedByLabel}
                </p>
                {item.status === "failed" ? (
                  <p className="text-sm text-red-800"><span aria-hidden="true">⚠ </span>{item.failure}</p>
                ) : (
                  <p className="text-sm">
                    {n(item.rowsRead)} rows read · {n(item.peopleAdded)} added · {n(item.peopleUpdated)} updated · {n(item.rowsRejected)} refused · {n(item.unresolved)} not placed
                  </p>
                )}
                {item.contentSha256 ? <p className="text-xs text-slate-600">SHA-256 <span className="font-mono break-all">{item.contentSha256}</span></p> : null}
                {item.rowsRejected > 0 && mayRead ? (
                  <div className="mt-2">
                    <RefusedRows incidentId={incident.id} importId={item.id} fileName={item.fileName} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label="Import" className="mt-6">
        {mayImport ? <ImportPeopleForm incidentId={incident.id} /> : <p className="text-slate-700">{whoCan("ledger.import")}</p>}
      </section>
    </>
  );
}
