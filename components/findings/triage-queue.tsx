"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { FindingSeverity } from "@/components/findings/finding-severity";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { suggestIncidentTitle } from "@/lib/findings/suggest-title";

export type TQueueItem = {
  id: string;
  title: string;
  severityLabel: string;
  severityRank: number;
  productName: string;
  awsAccountId: string;
  region: string;
  types: string[];
  triage: string;
  updatedAt: string;
};
export type TQueueGroup = { resource: string; resourceType: string; items: TQueueItem[] };

type TProps = {
  groups: TQueueGroup[];
  canTriage: boolean;
  canDeclare: boolean;
  whyNot: string;
  commanders: { id: string; name: string }[];
  /** The signed-in commander when they may command, else the first candidate. */
  defaultCommanderId: string;
  incidents: { id: string; reference: number; title: string }[];
};

/** A group's "select all" box: checked, unchecked, or mixed when only some of its findings are selected. */
function GroupCheckbox({ group, selected, onChange }: { group: TQueueGroup; selected: Set<string>; onChange: (on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const chosen = group.items.filter((item) => selected.has(item.id)).length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = chosen > 0 && chosen < group.items.length;
  }, [chosen, group.items.length]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="h-5 w-5"
      aria-label={`Select all ${group.items.length} finding(s) on ${group.resource}`}
      checked={chosen === group.items.length}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

/** The queue grouped by affected resource, with selection and the three triage actions. */
export function TriageQueue({ groups, canTriage, canDeclare, whyNot, commanders, defaultCommanderId, incidents }: TProps) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [action, setAction] = useState<"open" | "link" | "dismiss">("open");
  // The title follows the selection until the commander types their own.
  const [typedTitle, setTypedTitle] = useState<string | null>(null);
  const ids = [...selected];
  const suggestedTitle = suggestIncidentTitle(
    groups.flatMap((group) => group.items.filter((item) => selected.has(item.id)).map((item) => ({ ...item, resource: group.resource }))),
  );

  const mutation = useApiMutation({
    mutationFn: async (input: { kind: "open" | "link" | "dismiss"; body: Record<string, unknown> }) => {
      const path = { open: routes.findingsOpenIncident, link: routes.findingsLink, dismiss: routes.findingsDismiss }[input.kind]();
      return apiFetch<{ incident?: { id: string }; incidentId?: string }>(path, { method: "POST", body: input.body });
    },
    onSuccess: (result) => {
      setSelected(new Set());
      setTypedTitle(null);
      const incidentId = result.incident?.id ?? result.incidentId;
      if (incidentId) router.push(`/incidents/${incidentId}`);
      else router.refresh();
    },
    // It navigates to the incident, or renders again itself.
    refresh: false,
  });
  const errors = mutation.fieldErrors;

  function toggle(idsToChange: string[], on: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of idsToChange) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const get = (name: string) => String(form.get(name) ?? "");
    if (action === "open") {
      mutation.mutate({ kind: "open", body: { findingIds: ids, title: get("title"), severity: get("severity"), commanderId: get("commanderId") } });
    } else if (action === "link") {
      mutation.mutate({ kind: "link", body: { findingIds: ids, incidentId: get("incidentId") } });
    } else {
      mutation.mutate({ kind: "dismiss", body: { findingIds: ids, reason: get("reason") } });
    }
  }

  return (
    <div className="flex flex-col gap-6">
      {groups.map((group) => (
        <section key={group.resource} aria-label={`Resource ${group.resource}`} className="rounded-lg border border-slate-200 bg-white">
          <div className="flex items-start gap-3 border-b border-slate-200 px-4 py-2">
            {canTriage ? (
              <GroupCheckbox group={group} selected={selected} onChange={(on) => toggle(group.items.map((item) => item.id), on)} />
            ) : null}
            <h2 className="text-sm font-semibold text-slate-800 break-all">
              <span className="font-normal text-slate-600">{group.resourceType} · </span>
              <bdi>{group.resource}</bdi>
              <span className="font-normal text-slate-600"> · {group.items.length} finding(s)</span>
            </h2>
          </div>
          <ul>
            {group.items.map((item) => (
              <li key={item.id} className="flex items-start gap-3 border-b border-slate-100 px-4 py-3 last:border-b-0">
                {canTriage ? (
                  <input
                    type="checkbox"
                    className="mt-1 h-5 w-5"
                    aria-label={`Select finding: ${item.title}`}
                    checked={selected.has(item.id)}
                    onChange={(e) => toggle([item.id], e.target.checked)}
                  />
                ) : null}
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <FindingSeverity label={item.severityLabel} />
                    <IntentLink href={`/findings/${item.id}`} className="font-semibold text-blue-800 underline break-words [overflow-wrap:anywhere]">
                      <bdi>{item.title}</bdi>
                    </IntentLink>
                    {item.triage === "updated" ? <span className="rounded border border-slate-400 px-1 text-xs">Updated</span> : null}
                  </div>
                  <p className="mt-1 text-sm text-slate-700 break-words [overflow-wrap:anywhere]">
                    {item.productName} · account {item.awsAccountId} · {item.region || "no region"} · {item.types.join(", ")} · updated{" "}
                    {new Date(item.updatedAt).toISOString().replace("T", " ").slice(0, 16)} UTC
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}

      {canTriage ? (
        <form
          onSubmit={onSubmit}
          noValidate
          className="sticky bottom-0 z-10 flex flex-col gap-4 rounded-lg border border-slate-300 bg-slate-50 p-4 shadow-[0_-4px_12px_rgba(15,23,42,0.12)]"
          aria-label="Triage selected findings"
        >
          <p role="status" className="font-semibold">{ids.length} finding(s) selected</p>
          {mutation.error ? (
            <Alert tone="error" title="Nothing was changed">{mutation.error.message}</Alert>
          ) : null}
          <fieldset className="flex flex-wrap gap-4">
            <legend className="sr-only">Action</legend>
            {([
              ["open", "Open an incident"],
              ["link", "Link to an existing incident"],
              ["dismiss", "Dismiss"],
            ] as const).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input type="radio" name="action" value={value} checked={action === value} onChange={() => setAction(value)} disabled={value === "open" && !canDeclare} />
                {label}
              </label>
            ))}
          </fieldset>
          {action === "open" ? (
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
              <Field label="Incident title" error={errors.title} hint={typedTitle === null && suggestedTitle ? "Suggested from the selected findings; change it if you like." : undefined}>
                {(f) => <TextInput ids={f} name="title" maxLength={200} required value={typedTitle ?? suggestedTitle} onChange={(e) => setTypedTitle(e.target.value)} />}
              </Field>
              <Field label="Severity" error={errors.severity}>
                {(f) => (
                  <Select ids={f} name="severity" defaultValue="high">
                    {["low", "medium", "high", "critical"].map((s) => <option key={s} value={s}>{s}</option>)}
                  </Select>
                )}
              </Field>
              <Field label="Commander" error={errors.commanderId}>
                {(f) => (
                  <Select ids={f} name="commanderId" defaultValue={defaultCommanderId}>
                    {commanders.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                  </Select>
                )}
              </Field>
            </div>
          ) : action === "link" ? (
            <Field label="Incident" error={errors.incidentId} hint={incidents.length === 0 ? "There is no incident to link to yet." : undefined}>
              {(f) => (
                <Select ids={f} name="incidentId" defaultValue={incidents[0]?.id ?? ""}>
                  {incidents.map((i) => <option key={i.id} value={i.id}>#{i.reference} {i.title}</option>)}
                </Select>
              )}
            </Field>
          ) : (
            <Field label="Reason for dismissing" error={errors.reason} hint="Kept with the findings, for the audit.">
              {(f) => <TextInput ids={f} name="reason" maxLength={1000} required />}
            </Field>
          )}
          <div>
            <Button type="submit" disabled={ids.length === 0 || mutation.isPending}>
              {mutation.isPending ? "Working…" : action === "open" ? "Open incident" : action === "link" ? "Link findings" : "Dismiss findings"}
            </Button>
          </div>
        </form>
      ) : (
        <p className="text-sm text-slate-700">{whyNot}</p>
      )}
    </div>
  );
}
