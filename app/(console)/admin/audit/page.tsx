import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { DataTable } from "@/components/ui/data-table";
import { Alert } from "@/components/ui/alert";
import { Instant } from "@/components/ui/instant";
import { PageHeader } from "@/components/ui/page-header";
import { adminActionLabel } from "@/lib/admin-log/actions";
import { ZAdminAuditQuery } from "@/lib/admin-log/schemas";
import { listAdminAudit } from "@/lib/admin-log/service";
import { requireActor } from "@/lib/auth/current-actor";
import { can, whoCan } from "@/lib/auth/policy";
import { routes } from "@/lib/client/routes";

export const metadata: Metadata = { title: "Administration log" };

/** Before and after as indented JSON, rendered as text (names in it were typed by people). */
function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-slate-600">—</span>;
  return <pre className="min-w-40 max-w-xs overflow-x-auto whitespace-pre-wrap break-words font-mono text-xs">{JSON.stringify(value, null, 2)}</pre>;
}

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "admin.audit.read")) {
    return <Alert tone="info" title="Administration log">{whoCan("admin.audit.read")}</Alert>;
  }
  const parsed = ZAdminAuditQuery.safeParse(await searchParams);
  const query: { before?: number } = parsed.success ? parsed.data : {};
  const { entries, olderBefore } = await listAdminAudit(actor, query);
  const linkClass = "rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-blue-800 underline hover:bg-slate-100";
  return (
    <>
      <PageHeader
        title="Administration log"
        description="Every change to accounts, API tokens, findings sources and console-wide policies: who, when, and what it was before → after. Entries cannot be edited or removed."
      />
      <ul className="mb-4 flex flex-wrap gap-2" aria-label="Export the whole log">
        <li><a className={linkClass} href={routes.adminAuditExport("csv")} download>Export as CSV</a></li>
        <li><a className={linkClass} href={routes.adminAuditExport("json")} download>Export as JSON</a></li>
      </ul>
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">Nothing recorded yet.</p>
      ) : (
        <DataTable caption="Administration log, newest first" columns={["When", "Who", "What", "Of", "Before", "After"]} density="roomy">
          {entries.map((entry) => (
            <tr key={entry.seq} className="align-top">
              <td><Instant value={entry.at} /></td>
              <td className="break-words">{entry.actorLabel}</td>
              <td className="font-semibold">{adminActionLabel(entry.action)}</td>
              <td className="break-words">{entry.targetLabel}</td>
              <td><Json value={entry.before} /></td>
              <td><Json value={entry.after} /></td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav aria-label="Pages of the log" className="mt-4 flex gap-2">
        {query.before !== undefined ? <IntentLink className={linkClass} href="/admin/audit">Newest entries</IntentLink> : null}
        {olderBefore !== null ? <IntentLink className={linkClass} href={`/admin/audit?before=${olderBefore}`}>Older entries</IntentLink> : null}
      </nav>
    </>
  );
}
