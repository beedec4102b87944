"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Field, TextInput } from "@/components/ui/field";
import { Instant } from "@/components/ui/instant";
import { jurisdictionCodeOrText } from "@/components/ui/jurisdiction-input";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch, listFieldError } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TDataCategory } from "@/lib/clocks/types";
import { DATA_CATEGORIES, DATA_CATEGORY_LABELS } from "@/lib/incident-facts/schemas";

type TUnit = { scope: string; service: string; region: string; roleArn: string; ok: boolean; found: number; changes: number; error?: string };
export type TInventoryRun = { id: string; trigger: string; requestedBy: string | null; status: string; changes: number; startedAt: string | Date; finishedAt: string | Date | null; results: TUnit[] };
export type TInventoryChange = { id: string; arn: string; change: string; at: string | Date; before: Record<string, unknown> | null; after: Record<string, unknown> | null };
export type TTagRule = { id: string; tagKey: string; tagValue: string; dataCategories: string[]; jurisdictions: string[] };

const STATUS_WORDS: Record<string, string> = { running: "running", succeeded: "succeeded", partial: "partly failed", failed: "failed" };
const CHANGE_WORDS: Record<string, string> = { appeared: "appeared", changed: "changed", gone: "no longer found", returned: "found again" };

/** Discovery from AWS: "Refresh inventory now", the last run per account, region and service, and recent changes. */
export function InventoryDiscovery({ lastRun, changes, canManage }: { lastRun: TInventoryRun | null; changes: TInventoryChange[]; canManage: boolean }) {
  const refresh = useApiMutation({ mutationFn: () => apiFetch(routes.inventoryRefresh(), { method: "POST" }), refreshOnConflict: true });
  const failed = lastRun?.results.filter((r) => !r.ok) ?? [];
  return (
    <section aria-labelledby="discovery-heading" className="mb-8">
      <h2 id="discovery-heading" className="mb-3 text-xl font-bold">Discovery from AWS</h2>
      <p className="mb-3 text-sm text-slate-700">
        S3 buckets, RDS and Aurora instances and clusters, DynamoDB tables and Redshift clusters in the accounts and regions of the findings sources,
        refreshed by the worker on a schedule. Fields you edit on a discovered store keep your value.
      </p>
      {lastRun ? (
        <p className="mb-3 text-sm">
          Last refresh ({lastRun.trigger === "manual" ? `asked by ${lastRun.requestedBy ?? "someone"}` : "scheduled"}) started <Instant value={lastRun.startedAt} />:{" "}
          <span className="font-semibold">{STATUS_WORDS[lastRun.status] ?? lastRun.status}</span>, {lastRun.results.reduce((n, r) => n + r.found, 0)} stores found,{" "}
          {lastRun.changes} changes.
        </p>
      ) : (
        <p className="mb-3 text-sm">No refresh has run yet.</p>
      )}
      {failed.length > 0 ? (
        <Alert tone="error" title="Some accounts or regions could not be read">
          <ul className="list-disc pl-5">
            {failed.map((r) => (
              <li key={r.scope}>
                {r.service} in {r.region} ({r.roleArn || "default credentials"}): <span className="break-words">{r.error}</span>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {canManage ? (
        <div className="my-3">
          <Button onClick={() => refresh.mutate()} disabled={refresh.isPending}>{refresh.isPending ? "Refreshing…" : "Refresh inventory now"}</Button>
        </div>
      ) : null}
      {refresh.error ? <Alert tone="error" title="Not refreshed">{refresh.error.message}</Alert> : null}
      {changes.length > 0 ? (
        <DataTable caption="Recent inventory changes" columns={["When", "Store", "Change"]} className="mt-3">
          {changes.map((c) => (
            <tr key={c.id} className="align-top">
              <td><Instant value={c.at} /></td>
              <td className="break-all font-mono text-xs">{c.arn}</td>
              <td>{CHANGE_WORDS[c.change] ?? c.change}{c.change === "changed" ? `: ${describeChange(c.before, c.after)}` : ""}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}

function describeChange(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string {
  return Object.keys(after ?? {})
    .map((key) => `${key} ${JSON.stringify(before?.[key] ?? null)} → ${JSON.stringify(after?.[key] ?? null)}`)
    .join("; ");
}

/** The tag mapping: AWS tag key=value → data categories and residency (administrators edit it). */
export function TagMapping({ rules, canManage }: { rules: TTagRule[]; canManage: boolean }) {
  const remove = useApiMutation({ mutationFn: (id: string) => apiFetch(routes.tagRule(id), { method: "DELETE" }) });
  return (
    <section aria-labelledby="tag-mapping-heading" className="mb-8">
      <h2 id="tag-mapping-heading" className="mb-3 text-xl font-bold">Tag mapping</h2>
      <p className="mb-3 text-sm text-slate-700">
        Discovered stores are classified by their AWS tags: a tag matching a mapping (key and value, ignoring case; a value may list several
        separated by commas or semicolons) gives the store its data categories and residency. Changes apply at the next refresh.
      </p>
      {rules.length === 0 ? (
        <p className="mb-3 text-sm">No tag is mapped yet.</p>
      ) : (
        <DataTable caption="Tag mapping" columns={["Tag", "Data categories", "Residency", ...(canManage ? [{ key: "actions", label: <span className="sr-only">Actions</span> }] : [])]} className="mb-4">
          {rules.map((r) => (
            <tr key={r.id} className="align-top">
              <th scope="row" className="font-mono text-sm font-normal break-all">{r.tagKey}={r.tagValue}</th>
              <td>{r.dataCategories.map((c) => DATA_CATEGORY_LABELS[c as TDataCategory] ?? c).join(", ") || "—"}</td>
              <td>{r.jurisdictions.join(", ") || "—"}</td>
              {canManage ? (
                <td>
                  <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate(r.id)}>
                    Remove<span className="sr-only"> the mapping of {r.tagKey}={r.tagValue}</span>
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      {remove.error ? <Alert tone="error" title="Not removed">{remove.error.message}</Alert> : null}
      {canManage ? <AddTagRuleForm /> : null}
    </section>
  );
}

function AddTagRuleForm() {
  const [tagKey, setTagKey] = useState("DataClassification");
  const [tagValue, setTagValue] = useState("");
  const [categories, setCategories] = useState<TDataCategory[]>([]);
  const [jurisdictions, setJurisdictions] = useState("");
  const mutation = useApiMutation({
    mutationFn: () =>
      apiFetch(routes.tagRules(), {
        method: "POST",
        body: {
          tagKey, tagValue, dataCategories: categories,
          jurisdictions: jurisdictions.split(",").map((p) => p.trim()).filter(Boolean).map(jurisdictionCodeOrText),
        },
      }),
    onSuccess: () => {
      setTagValue("");
      setCategories([]);
      setJurisdictions("");
    },
  });
  const errors = mutation.fieldErrors;
  return (
    <form onSubmit={mutation.submit} noValidate aria-labelledby="add-tag-rule" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="add-tag-rule" className="font-semibold">Map a tag</h3>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Field label="Tag key" error={errors.tagKey}>{(ids) => <TextInput ids={ids} value={tagKey} onChange={(e) => setTagKey(e.target.value)} required />}</Field>
        <Field label="Tag value" error={errors.tagValue}>{(ids) => <TextInput ids={ids} value={tagValue} onChange={(e) => setTagValue(e.target.value)} required />}</Field>
        <Field label="Residency" hint="Comma-separated, by name or code: EU, California, GB." error={listFieldError(errors, "jurisdictions")}>
          {(ids) => <TextInput ids={ids} value={jurisdictions} onChange={(e) => setJurisdictions(e.target.value)} />}
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Data categories</legend>
        {listFieldError(errors, "dataCategories") ? <p className="text-sm text-red-800">{listFieldError(errors, "dataCategories")}</p> : null}
        <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-3">
          {DATA_CATEGORIES.map((c) => (
            <label key={c} className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" checked={categories.includes(c)} onChange={(e) => setCategories(e.target.checked ? [...categories, c] : categories.filter((x) => x !== c))} />
              {DATA_CATEGORY_LABELS[c]}
            </label>
          ))}
        </div>
      </fieldset>
      <div><Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Adding…" : "Add mapping"}</Button></div>
      {mutation.error ? <Alert tone="error" title="Not added">{mutation.error.message}</Alert> : null}
    </form>
  );
}
