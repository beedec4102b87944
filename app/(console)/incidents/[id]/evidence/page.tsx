import type { Metadata } from "next";
import { RegisterUriForm, UploadEvidenceForm } from "@/components/evidence/add-evidence-forms";
import { EvidenceActions } from "@/components/evidence/evidence-actions";
import { Instant } from "@/components/ui/instant";
import { can, whoCan } from "@/lib/auth/policy";
import { loadIncidentForPage } from "@/lib/incidents/page-incident";
import { evidenceSettings } from "@/lib/env";
import { REFUSED_TYPES_SUMMARY } from "@/lib/evidence/file-policy";
import { CUSTODY_ACTION_LABELS } from "@/lib/evidence/schemas";
import { listCustodianCandidates, listEvidence } from "@/lib/evidence/read";
import { legalHoldStorageNotice, NO_OBJECT_LOCK_NOTICE } from "@/lib/evidence/store/select";

export const metadata: Metadata = { title: "Evidence" };

function sizeText(bytes: number | null): string {
  if (bytes === null) return "";
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Evidence URIs are user input: a link only for http(s), otherwise plain text. */
function UriText({ uri }: { uri: string }) {
  const linkable = /^https?:\/\//i.test(uri);
  return linkable ? (
    <a href={uri} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-blue-800 underline">{uri}</a>
  ) : (
    <span className="font-mono break-all">{uri}</span>
  );
}

export default async function EvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, incident } = await loadIncidentForPage(params);
  const items = await listEvidence(actor, incident.id);
  const abilities = {
    download: can(actor, "evidence.download"),
    custody: can(actor, "evidence.custody.transfer"),
    hold: can(actor, "evidence.legal-hold"),
    delete: can(actor, "evidence.delete"),
  };
  const people = abilities.custody ? await listCustodianCandidates(actor, incident.id) : [];
  // Unreachable S3 must not take the page down: the hold is then shown as the register's only, which is what is known.
  const holdNotice = await legalHoldStorageNotice().catch(() => NO_OBJECT_LOCK_NOTICE);

  return (
    <>
      <h2 className="mb-3 text-xl font-bold">Evidence</h2>
      {can(actor, "evidence.create") ? (
        <div className="mb-8 grid gap-4 lg:grid-cols-2">
          <UploadEvidenceForm incidentId={incident.id} maxBytes={evidenceSettings().maxBytes} refusedSummary={REFUSED_TYPES_SUMMARY} />
          <RegisterUriForm incidentId={incident.id} />
        </div>
      ) : (
        <p className="mb-4 text-sm text-slate-700">{whoCan("evidence.create")}</p>
      )}
      <section aria-labelledby="register">
        <h2 id="register" className="mb-2 text-xl font-bold">Register</h2>
        {holdNotice ? <p role="note" className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{holdNotice}.</p> : null}
        {items.length === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
            <p className="font-semibold">No evidence yet</p>
            <p className="mt-1 text-slate-700">Upload logs, screenshots or exports, or register evidence held elsewhere by its URI.</p>
          </div>
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Evidence items">
            {items.map((item) => (
              <li key={item.id} className={`rounded-md border bg-white p-4 ${item.deletedAt ? "border-dashed border-slate-300" : "border-slate-200"}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className={`font-semibold break-words ${item.deletedAt ? "text-slate-600" : ""}`}>{item.name}</h3>
                  <p className="flex flex-wrap gap-2 text-xs font-semibold">
                    <span className="rounded border border-slate-400 px-2 py-0.5">{item.kind === "file" ? "Stored file" : "External (URI)"}</span>
                    {item.legalHold ? (
                      <span className="rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-amber-900"><span aria-hidden="true">⚖ </span>Legal hold</span>
                    ) : null}
                    {item.deletedAt ? <span className="rounded border border-slate-500 bg-slate-100 px-2 py-0.5 text-slate-800">Deleted</span> : null}
                  </p>
                </div>
                {item.description ? <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">{item.description}</p> : null}
                <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                  {item.sha256 ? (
                    <>
                      <dt className="font-semibold text-slate-700">SHA-256 ({item.hashSource === "computed" ? "computed by the server" : "declared, not checked"})</dt>
                      <dd className="font-mono break-all">{item.sha256}</dd>
                    </>
                  ) : null}
                  {item.kind === "file" ? (
                    <><dt className="font-semibold text-slate-700">Size</dt><dd>{sizeText(item.sizeBytes)}</dd></>
                  ) : null}
                  {item.uri ? (
                    <><dt className="font-semibold text-slate-700">URI</dt><dd><UriText uri={item.uri} /></dd></>
                  ) : null}
                  <dt className="font-semibold text-slate-700">Custodian</dt>
                  <dd>{item.custodianLabel}</dd>
                  <dt className="font-semibold text-slate-700">Registered</dt>
                  <dd><Instant value={item.createdAt} /> by {item.createdByLabel}</dd>
                  {item.legalHold && item.legalHoldReason ? (
                    <><dt className="font-semibold text-slate-700">Hold reason</dt><dd className="break-words">{item.legalHoldReason}</dd></>
                  ) : null}
                  {item.deletedAt ? (
                    <><dt className="font-semibold text-slate-700">Deleted</dt><dd className="break-words"><Instant value={item.deletedAt} /> — {item.deletedReason}</dd></>
                  ) : null}
                </dl>
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer font-semibold text-slate-800">Chain of custody ({item.custody.length})</summary>
                  <ol className="mt-1 flex flex-col gap-1" aria-label={`Chain of custody of “${item.name}”`}>
                    {item.custody.map((entry) => (
                      <li key={entry.id} className="break-words">
                        <Instant value={entry.at} /> — <span className="font-semibold">{CUSTODY_ACTION_LABELS[entry.action] ?? entry.action}</span> by {entry.actorLabel}: {entry.reason}
                        {typeof (entry.detail as { to?: unknown })?.to === "string" && entry.action !== "registered" ? ` (to ${String((entry.detail as { to: string }).to)})` : ""}
                      </li>
                    ))}
                  </ol>
                </details>
                <EvidenceActions
                  incidentId={incident.id}
                  item={{ id: item.id, name: item.name, kind: item.kind, version: item.version, legalHold: item.legalHold, deleted: item.deletedAt !== null }}
                  can={abilities}
                  people={people}
                  holdNotice={holdNotice}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
