"use client";

import { useEffect, useState } from "react";
import { APPLIES_LABELS, STATUS_STYLES } from "@/components/clocks/obligation-register";
import { CounselReviewLine } from "@/components/obligations/counsel-review";
import { DataTable } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/instant";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { useMediaQuery } from "@/components/ui/use-media-query";
import { formatInstant } from "@/lib/time/format-instant";
import { ApiError, apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { MOMENT_LABELS } from "@/lib/incident-facts/schemas";
import { formatCountdown, liveStatus, type TLiveStatus } from "@/lib/obligations/live-status";
import type { TRegisterRow } from "@/lib/obligations/service";

// Colour is never the only signal: each status is a word with a glyph (the engine's statuses, plus two of the register's).
const STATUS: Record<TLiveStatus, { label: string; glyph: string; className: string }> = {
  ...STATUS_STYLES,
  retired: { label: "Retired (facts no longer touch it)", glyph: "–", className: "border-slate-300 bg-white text-slate-700" },
  proposed: { label: "Proposed rule: no clock", glyph: "P", className: "border-purple-700 bg-purple-50 text-purple-900" },
};


/** Ticks once a second for the countdowns; the first server paint uses the render time. */
function useNow(start: number) {
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The incident's stored obligation register, statuses and countdowns live in the browser. */
export function StoredRegister({
  incidentId,
  rows,
  renderedAt,
  owners,
}: {
  incidentId: string;
  rows: TRegisterRow[];
  renderedAt: number;
  owners: { id: string; name: string }[] | null;
}) {
  const now = useNow(renderedAt);
  const current = rows.filter((r) => !r.retiredAt);
  const active = current.filter((r) => r.applies !== "no");
  const inactive = current.filter((r) => r.applies === "no");
  const retired = rows.filter((r) => r.retiredAt);

  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
        No obligations yet. Record the facts (declared moments, affected people per jurisdiction, data categories) on the
        Facts tab: the register is evaluated from them.
      </p>
    );
  }

  // One polite summary that changes only when a status changes, not every second.
  const counts = new Map<TLiveStatus, number>();
  for (const row of active) counts.set(liveStatus(row, now), (counts.get(liveStatus(row, now)) ?? 0) + 1);
  const summary = [...counts.entries()].map(([status, n]) => `${n} ${STATUS[status].label.toLowerCase()}`).join(", ");
  const next = active
    .filter((r) => r.dueAt && !r.metAt && liveStatus(r, now) !== "proposed" && r.applies === "yes")
    .sort((a, b) => Date.parse(a.dueAt as string) - Date.parse(b.dueAt as string))[0];

  return (
    <section aria-labelledby="register-heading" className="flex flex-col gap-3">
      <h2 id="register-heading" className="text-xl font-bold">Obligation register</h2>
      <p role="status" aria-live="polite" className="text-sm text-slate-800">
        {active.length} obligation{active.length === 1 ? "" : "s"} apply or are undetermined ({summary || "none"}); {inactive.length} do not apply
        {retired.length ? `; ${retired.length} retired` : ""}.
        {next ? ` Next deadline: ${next.ruleId} (${next.recipient}).` : ""}
      </p>
      <RegisterTable caption="Notification obligations of this incident" rows={active} now={now} incidentId={incidentId} owners={owners} />
      {inactive.length + retired.length > 0 ? (
        <details className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-semibold">
            {inactive.length} rule{inactive.length === 1 ? "" : "s"} that do not apply{retired.length ? ` and ${retired.length} retired` : ""}, with the reasons
          </summary>
          <div className="mt-3">
            <RegisterTable caption="Rules that do not apply, and retired obligations" rows={[...inactive, ...retired]} now={now} incidentId={incidentId} owners={null} />
          </div>
        </details>
      ) : null}
    </section>
  );
}

type TOwners = { id: string; name: string }[] | null;

/** A table on a desktop; on a phone, one card per obligation with Due and Status first. */
function RegisterTable({ caption, rows, now, incidentId, owners }: { caption: string; rows: TRegisterRow[]; now: number; incidentId: string; owners: TOwners }) {
  const wide = useMediaQuery("(min-width: 768px)", true);
  if (rows.length === 0) return <p className="text-slate-700">No obligation applies yet on these facts.</p>;
  if (wide) return <RegisterGrid caption={caption} rows={rows} now={now} incidentId={incidentId} owners={owners} />;
  return (
    <ul aria-label={caption} className="flex flex-col gap-3">
      {rows.map((row) => <Card key={row.id} row={row} now={now} incidentId={incidentId} owners={owners} />)}
    </ul>
  );
}

function RegisterGrid({ caption, rows, now, incidentId, owners }: { caption: string; rows: TRegisterRow[]; now: number; incidentId: string; owners: TOwners }) {
  return (
    <DataTable caption={caption} columns={["Rule, recipient, legal basis", "Applies", "Trigger", "Due", "Status", "Owner"]}>
      {rows.map((row) => <Row key={row.id} row={row} now={now} incidentId={incidentId} owners={owners} />)}
    </DataTable>
  );
}

function Due({ row, now }: { row: TRegisterRow; now: number }) {
  const o = row.evaluation;
  const status = liveStatus(row, now);
  const ticking = row.dueAt && !row.metAt && !row.retiredAt && status !== "proposed" && row.applies !== "no";
  return (
    <>
      {row.dueAt && o.due ? (
        <>
          <span className="block font-mono text-xs tabular-nums [overflow-wrap:anywhere]">{formatInstant(row.dueAt, o.timeZone, { seconds: true })} <span className="text-slate-600">({o.timeZone}, the rule&apos;s zone)</span></span>
          <span className="block text-xs"><Instant value={row.dueAt} /></span>
          {ticking ? <span className="block font-semibold tabular-nums" data-countdown>{formatCountdown(Date.parse(row.dueAt) - now)}</span> : null}
        </>
      ) : (
        <span>{o.dueKind === "no_fixed_deadline" ? "No fixed deadline" : o.dueKind === "awaiting_trigger" ? "Not started" : "—"}</span>
      )}
      {o.info?.map((line, index) => (
        <span key={index} className="block text-xs text-slate-700 [overflow-wrap:anywhere]">{line.kind.replace("_", " ")}: {line.text}{line.at ? ` (${line.at})` : ""}</span>
      ))}
    </>
  );
}

function Status({ row, now }: { row: TRegisterRow; now: number }) {
  const style = STATUS[liveStatus(row, now)];
  return (
    <>
      <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${style.className}`}>
        <span aria-hidden="true">{style.glyph}</span>
        {style.label}
      </span>
      {row.metAt ? <span className="block text-xs">at <Instant value={row.metAt} /></span> : null}
    </>
  );
}

function Owner({ row, incidentId, owners }: { row: TRegisterRow; incidentId: string; owners: TOwners }) {
  return owners && !row.retiredAt ? <OwnerSelect incidentId={incidentId} row={row} owners={owners} /> : <span>{row.owner?.name ?? "Nobody yet"}</span>;
}

function Trigger({ row }: { row: TRegisterRow }) {
  const o = row.evaluation;
  if (!o.trigger) return <>—</>;
  return (
    <>
      <span className="block font-semibold">{o.trigger.moment === "notice" ? `The ${o.trigger.ruleId} notice` : MOMENT_LABELS[o.trigger.moment]}</span>
      {o.trigger.at ? <Instant value={o.trigger.at} /> : <span>Not declared yet</span>}
    </>
  );
}

function Card({ row, now, incidentId, owners }: { row: TRegisterRow; now: number; incidentId: string; owners: TOwners }) {
  const o = row.evaluation;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-rule-card={row.ruleId}>
      <h3 className="font-semibold">{row.recipient}</h3>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-2">
        <dt className="font-semibold text-slate-700">Due</dt>
        <dd><Due row={row} now={now} /></dd>
        <dt className="font-semibold text-slate-700">Status</dt>
        <dd><Status row={row} now={now} /></dd>
        <dt className="font-semibold text-slate-700">Applies</dt>
        <dd>{APPLIES_LABELS[row.applies]} <span className="block text-xs text-slate-700">{o.reason}</span></dd>
        <dt className="font-semibold text-slate-700">Trigger</dt>
        <dd className="text-xs"><Trigger row={row} /></dd>
        <dt className="font-semibold text-slate-700">Owner</dt>
        <dd><Owner row={row} incidentId={incidentId} owners={owners} /></dd>
      </dl>
      <p className="mt-2 break-words text-xs text-slate-600"><span className="font-mono">{row.ruleId}</span> · {o.citation} · verification {o.verification}</p>
    </li>
  );
}

function Row({ row, now, incidentId, owners }: { row: TRegisterRow; now: number; incidentId: string; owners: TOwners }) {
  const o = row.evaluation;
  const status = liveStatus(row, now);
  return (
    <tr className="align-top" data-rule={row.ruleId} data-status={status}>
      <th scope="row" className="font-normal">
        <span className="font-mono font-semibold">{row.ruleId}</span>
        <span className="block">{row.recipient}</span>
        <span className="block text-xs text-slate-600">{o.citation} · verification {o.verification} · rule version {row.ruleVersion}</span>
        <CounselReviewLine review={row.counselReview} ruleVersion={row.ruleVersion} />
        {row.newerRuleVersion ? (
          <span className="mt-1 block text-xs font-semibold text-purple-900">
            <span aria-hidden="true">⚑ </span>Newer rule version exists ({row.newerRuleVersion}); this clock keeps the version it started under.
          </span>
        ) : null}
      </th>
      <td>
        <span className="font-semibold">{APPLIES_LABELS[row.applies]}</span>
        <span className="block text-xs text-slate-700">{o.reason}</span>
      </td>
      <td className="text-xs"><Trigger row={row} /></td>
      <td><Due row={row} now={now} /></td>
      <td><Status row={row} now={now} /></td>
      <td><Owner row={row} incidentId={incidentId} owners={owners} /></td>
    </tr>
  );
}

function OwnerSelect({ incidentId, row, owners }: { incidentId: string; row: TRegisterRow; owners: { id: string; name: string }[] }) {
  const mutation = useApiMutation({
    mutationFn: (ownerId: string | null) => apiFetch(routes.incident(incidentId).obligationOwner(row.id), { method: "PUT", body: { ownerId } }),
  });
  const id = `owner-${row.id}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="sr-only">Owner of {row.ruleId}</label>
      <select
        id={id}
        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
        value={row.owner?.id ?? ""}
        disabled={mutation.isPending}
        aria-describedby={mutation.error ? `${id}-error` : undefined}
        onChange={(e) => mutation.mutate(e.target.value || null)}
      >
        <option value="">Nobody yet</option>
        {owners.map((owner) => <option key={owner.id} value={owner.id}>{owner.name}</option>)}
      </select>
      {mutation.error ? (
        <span id={`${id}-error`} className="text-xs text-red-800">
          {mutation.error instanceof ApiError ? mutation.error.message : "Not saved."}
        </span>
      ) : null}
    </div>
  );
}
