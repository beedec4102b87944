"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { jurisdictionCodeOrText } from "@/components/ui/jurisdiction-input";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiFetch, listFieldError } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import type { TDataCategory } from "@/lib/clocks/types";
import { DATA_CATEGORIES, DATA_CATEGORY_LABELS } from "@/lib/incident-facts/schemas";
import { DATA_STORE_KINDS } from "@/lib/data-stores/schemas";

type TStore = {
  id: string; arn: string; name: string; kind: string; dataCategories: string[]; residency: { jurisdiction: string; count: number | null }[]; encrypted: boolean;
  source?: string; region?: string | null; accountId?: string | null; kmsKeyId?: string | null; publicAccess?: string | null; publicAccessDetail?: string | null;
  tags?: Record<string, string>; manualOverrides?: string[]; goneSince?: string | Date | null;
};

const PUBLIC_WORDS: Record<string, string> = { public: "PUBLIC", "possibly-public": "possibly public", private: "not public", unknown: "public access unknown" };

/** The data inventory: where personal data live, which categories, whose. Administrators add and remove stores. */
export function DataStores({ stores }: { stores: TStore[] }) {
  const remove = useApiMutation({ mutationFn: (id: string) => apiFetch(routes.dataStore(id), { method: "DELETE" }) });
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = stores.find((s) => s.id === editingId) ?? null;
  return (
    <section aria-labelledby="inventory-heading" className="mb-8">
      <h2 id="inventory-heading" className="mb-3 text-xl font-bold">Data inventory</h2>
      {stores.length === 0 ? (
        <p className="mb-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          No data stores listed yet. Add the S3 buckets, databases and tables that hold personal data: findings on them will
          suggest an incident&apos;s affected data.
        </p>
      ) : (
        <DataTable
          caption="Data stores"
          columns={["Store", "Data categories", "People by residency", { key: "actions", label: <span className="sr-only">Actions</span> }]}
          className="mb-4"
        >
          {stores.map((s) => (
            <tr key={s.id} className="align-top">
              <th scope="row" className="font-normal">
                <span className="font-semibold">{s.name}</span> <span className="text-slate-600">({s.kind}{s.encrypted ? ", encrypted" : ""})</span>
                <span className="block break-all font-mono text-xs text-slate-600">{s.arn}</span>
                {s.source === "discovered" ? <DiscoveredDetails store={s} /> : null}
              </th>
              <td>{s.dataCategories.map((c) => DATA_CATEGORY_LABELS[c as TDataCategory] ?? c).join(", ") || "—"}</td>
              <td>{s.residency.map((r) => `${r.jurisdiction}: ${r.count ?? "unknown"}`).join(", ") || "—"}</td>
              <td>
                <div className="flex flex-wrap gap-2">
                  <Button variant="secondary" onClick={() => setEditingId(s.id)}>
                    Edit<span className="sr-only"> {s.name}</span>
                  </Button>
                  <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate(s.id)}>
                    Remove<span className="sr-only"> {s.name}</span>
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {remove.error ? <Alert tone="error" title="Not removed">{remove.error.message}</Alert> : null}
      {editing ? <StoreForm key={editing.id} store={editing} onDone={() => setEditingId(null)} /> : <StoreForm key="new" store={null} onDone={() => undefined} />}
    </section>
  );
}

/**
 * Adds a store, or edits one. On a discovered store the ARN and kind come from AWS (shown, not editable), and each
 * field changed here is kept over what later refreshes find.
 */
function StoreForm({ store, onDone }: { store: TStore | null; onDone: () => void }) {
  const discovered = store?.source === "discovered";
  const [arn, setArn] = useState(store?.arn ?? "");
  const [name, setName] = useState(store?.name ?? "");
  const [kind, setKind] = useState<(typeof DATA_STORE_KINDS)[number]>((store?.kind as (typeof DATA_STORE_KINDS)[number] | undefined) ?? "s3");
  const [categories, setCategories] = useState<TDataCategory[]>((store?.dataCategories ?? []) as TDataCategory[]);
  const [residency, setResidency] = useState(store ? store.residency.map((r) => (r.count === null ? r.jurisdiction : `${r.jurisdiction}: ${r.count}`)).join(", ") : "");
  const [encrypted, setEncrypted] = useState(store?.encrypted ?? false);
  const headingId = store ? `edit-store-${store.id}` : "add-store";
  const mutation = useApiMutation({
    mutationFn: () =>
      apiFetch(store ? routes.dataStore(store.id) : routes.dataStores(), {
        method: store ? "PUT" : "POST",
        body: {
          arn,
          name,
          kind,
          dataCategories: categories,
          encrypted,
          residency: residency
            .split(",")
            .map((part) => part.trim())
            .filter(Boolean)
            .map((part) => {
              // "New York: 300", "US-NY 300", "Germany" (count not known).
              const [, place = "", count] = /^(.*?)(?:\s*[:=\s]\s*(\d+))?$/.exec(part) ?? [];
              return { jurisdiction: jurisdictionCodeOrText(place), count: count ? Number(count) : null };
            }),
        },
      }),
    onSuccess: () => {
      if (store) return onDone();
      setArn("");
      setName("");
      setCategories([]);
      setResidency("");
    },
  });
  const errors = mutation.fieldErrors;
  return (
    <form onSubmit={mutation.submit} noValidate aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={headingId} className="font-semibold">{store ? `Edit ${store.name}` : "Add a data store"}</h3>
      {discovered ? <p className="text-sm text-slate-700">Discovered in AWS: the fields you change here keep your value over later refreshes.</p> : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Field label="ARN" error={errors.arn}>{(ids) => <TextInput ids={ids} value={arn} onChange={(e) => setArn(e.target.value)} readOnly={discovered} required />}</Field>
        <Field label="Name" error={errors.name}>{(ids) => <TextInput ids={ids} value={name} onChange={(e) => setName(e.target.value)} required />}</Field>
        <Field label="Kind" error={errors.kind}>
          {(ids) => (
            <Select ids={ids} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} disabled={discovered}>
              {DATA_STORE_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
            </Select>
          )}
        </Field>
      </div>
      <Field label="People by residency" hint="Comma-separated place: count, by name or code, e.g. California: 12000, GB: 300 (count optional)." error={listFieldError(errors, "residency")}>
        {(ids) => <TextInput ids={ids} value={residency} onChange={(e) => setResidency(e.target.value)} />}
      </Field>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Data categories</legend>
        <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-3">
          {DATA_CATEGORIES.map((c) => (
            <label key={c} className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" checked={categories.includes(c)} onChange={(e) => setCategories(e.target.checked ? [...categories, c] : categories.filter((x) => x !== c))} />
              {DATA_CATEGORY_LABELS[c]}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" className="size-4" checked={encrypted} onChange={(e) => setEncrypted(e.target.checked)} />Encrypted at rest</label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={mutation.isPending}>{store ? (mutation.isPending ? "Saving…" : "Save changes") : mutation.isPending ? "Adding…" : "Add data store"}</Button>
        {store ? <Button type="button" variant="secondary" onClick={onDone}>Cancel</Button> : null}
      </div>
      {mutation.error ? <Alert tone="error" title={store ? "Not saved" : "Not added"}>{mutation.error.message}</Alert> : null}
    </form>
  );
}

/** What discovery found about a store (AWS text shown as text). */
function DiscoveredDetails({ store }: { store: TStore }) {
  const tags = Object.entries(store.tags ?? {});
  return (
    <span className="mt-1 block text-xs text-slate-700">
      Discovered in {store.region ?? "?"}{store.accountId ? `, account ${store.accountId}` : ""}; {store.encrypted ? `encrypted${store.kmsKeyId ? ` (KMS key ${store.kmsKeyId})` : ""}` : "NOT encrypted at rest"};{" "}
      <span title={store.publicAccessDetail ?? undefined} className={store.publicAccess === "public" ? "font-semibold text-red-800" : undefined}>{PUBLIC_WORDS[store.publicAccess ?? "unknown"] ?? store.publicAccess}</span>
      {store.publicAccessDetail ? <span className="block">{store.publicAccessDetail}</span> : null}
      {tags.length > 0 ? <span className="block break-all">Tags: {tags.map(([k, v]) => `${k}=${v}`).join(", ")}</span> : null}
      {store.manualOverrides && store.manualOverrides.length > 0 ? <span className="block">Kept as edited by hand: {store.manualOverrides.join(", ")}</span> : null}
      {store.goneSince ? <span className="block font-semibold">No longer found in AWS since {new Date(store.goneSince).toISOString().slice(0, 16).replace("T", " ")} UTC</span> : null}
    </span>
  );
}
