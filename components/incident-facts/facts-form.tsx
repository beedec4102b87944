"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { JurisdictionInput } from "@/components/ui/jurisdiction-input";
import { ApiError, apiFetch, type TFieldErrors } from "@/lib/client/api";
import { jurisdictionLabel, parseJurisdiction } from "@/lib/clocks/jurisdictions";
import type { TDataCategory } from "@/lib/clocks/types";
import { DATA_CATEGORIES, DATA_CATEGORY_LABELS, type TStoredFacts } from "@/lib/incident-facts/schemas";

type TRow = { jurisdiction: string; count: string };
type TResult = { version: number; changes: unknown[]; register: { added: unknown[]; retired: unknown[]; retimed: unknown[] } | null };

const TRI = [
  ["unknown", "Not known yet"],
  ["yes", "Yes"],
  ["no", "No"],
] as const;

/**
 * The incident's clock facts: personal data, categories, encryption, people affected per jurisdiction, the risk
 * assessment with its reasoning, and the other facts the rules read. Saving writes old → new on the timeline with
 * the reason, and re-evaluates the obligation register in the same transaction.
 */
export function FactsForm({ incidentId, facts, version, readOnlyReason }: { incidentId: string; facts: TStoredFacts; version: number; readOnlyReason: string | null }) {
  const router = useRouter();
  const i = facts.incident;
  const [personalData, setPersonalData] = useState(i.personalData ?? "unknown");
  const [categories, setCategories] = useState<TDataCategory[]>(i.dataCategories ?? []);
  const [encryption, setEncryption] = useState(i.encryption?.status ?? "unknown");
  const [keyCompromised, setKeyCompromised] = useState(i.encryption?.keyCompromised ?? "unknown");
  const [riskLevel, setRiskLevel] = useState(i.riskLevel ?? "unknown");
  const [riskReasoning, setRiskReasoning] = useState(facts.riskReasoning ?? "");
  const [phi, setPhi] = useState(i.phi ?? false);
  const [ransomware, setRansomware] = useState(i.ransomware ?? false);
  const [acquisition, setAcquisition] = useState(i.compromise?.includes("acquisition") ?? false);
  const [rows, setRows] = useState<TRow[]>(facts.affected.map((a) => ({ jurisdiction: jurisdictionLabel(a.jurisdiction), count: a.count === null ? "" : String(a.count) })));
  const [rowErrors, setRowErrors] = useState<TFieldErrors>({});
  const [reason, setReason] = useState("");
  const [saved, setSaved] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (affected: { jurisdiction: string; count: number | null }[]) =>
      apiFetch<TResult>(`/api/incidents/${incidentId}/facts`, {
        method: "PUT",
        body: {
          expectedVersion: version,
          reason,
          ...(riskReasoning !== (facts.riskReasoning ?? "") ? { riskReasoning } : {}),
          // Only what the user changed, so the timeline shows real changes, not defaults being filled in.
          incident: changedOnly(
            {
              personalData: i.personalData ?? "unknown",
              dataCategories: i.dataCategories ?? [],
              encryption: { status: i.encryption?.status ?? "unknown", keyCompromised: i.encryption?.keyCompromised ?? "unknown" },
              riskLevel: i.riskLevel ?? "unknown",
              phi: i.phi ?? false,
              ransomware: i.ransomware ?? false,
              compromise: i.compromise ?? null,
            },
            {
              personalData,
              dataCategories: categories,
              encryption: { status: encryption, keyCompromised: encryption === "encrypted" ? keyCompromised : "unknown" },
              riskLevel,
              phi,
              ransomware,
              compromise: mergeCompromise(i.compromise ?? null, acquisition),
            },
          ),
          affected,
        },
      }),
    onSuccess: (result) => {
      setReason("");
      const r = result.register;
      setSaved(
        result.changes.length === 0
          ? "Nothing changed."
          : `Saved. Register: ${r?.added.length ?? 0} added, ${r?.retimed.length ?? 0} re-timed, ${r?.retired.length ?? 0} retired.`,
      );
      router.refresh();
    },
  });
  const errors = { ...(mutation.error instanceof ApiError ? mutation.error.fieldErrors : {}), ...rowErrors };
  const err = (name: string) => errors[name] ?? errors[`incident.${name}`];
  const readOnly = readOnlyReason !== null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    // Names ("California") and codes alike become codes here; text that names no place stops at its own field.
    const problems: TFieldErrors = {};
    const affected = rows.flatMap((row, index) => {
      if (row.jurisdiction.trim() === "") return [];
      const parsed = parseJurisdiction(row.jurisdiction);
      if ("problem" in parsed) {
        problems[`affected.${index}.jurisdiction`] = parsed.problem;
        return [];
      }
      return [{ jurisdiction: parsed.code, count: row.count === "" ? null : Number(row.count) }];
    });
    setRowErrors(problems);
    if (Object.keys(problems).length > 0) {
      mutation.reset();
      return;
    }
    mutation.mutate(affected);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="facts-heading" className="mb-8 flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-6">
      <div>
        <h2 id="facts-heading" className="text-xl font-bold">Affected data and risk</h2>
        <p className="mt-1 text-sm text-slate-700">Version {version}. {readOnlyReason ?? "Every change is recorded on the timeline with its reason."}</p>
      </div>
      <fieldset disabled={readOnly} className="flex flex-col gap-5">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <Field label="Personal data compromised" error={err("personalData")}>
            {(ids) => (
              <Select ids={ids} value={personalData} onChange={(e) => setPersonalData(e.target.value as typeof personalData)}>
                {TRI.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
              </Select>
            )}
          </Field>
          <Field label="Encryption" error={err("encryption.status")}>
            {(ids) => (
              <Select ids={ids} value={encryption} onChange={(e) => setEncryption(e.target.value as typeof encryption)}>
                <option value="unknown">Not known yet</option>
                <option value="encrypted">Encrypted</option>
                <option value="none">Not encrypted</option>
              </Select>
            )}
          </Field>
          <Field label="Encryption key compromised" hint={encryption === "encrypted" ? undefined : "Only for encrypted data."} error={err("encryption.keyCompromised")}>
            {(ids) => (
              <Select ids={ids} value={encryption === "encrypted" ? keyCompromised : "unknown"} disabled={encryption !== "encrypted"} onChange={(e) => setKeyCompromised(e.target.value as typeof keyCompromised)}>
                {TRI.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
              </Select>
            )}
          </Field>
        </div>

        <fieldset>
          <legend className="text-sm font-semibold text-slate-800">Data categories</legend>
          {err("dataCategories") ? <p className="text-sm font-medium text-red-800" id="categories-error">Data categories {err("dataCategories")}</p> : null}
          <div className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3" aria-describedby={err("dataCategories") ? "categories-error" : undefined}>
            {DATA_CATEGORIES.map((category) => (
              <label key={category} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={categories.includes(category)}
                  onChange={(e) => setCategories(e.target.checked ? [...categories, category] : categories.filter((c) => c !== category))}
                />
                {DATA_CATEGORY_LABELS[category]}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <label className="flex items-center gap-2"><input type="checkbox" className="size-4" checked={acquisition} onChange={(e) => setAcquisition(e.target.checked)} />Data were acquired / exfiltrated</label>
          <label className="flex items-center gap-2"><input type="checkbox" className="size-4" checked={phi} onChange={(e) => setPhi(e.target.checked)} />Includes HIPAA protected health information</label>
          <label className="flex items-center gap-2"><input type="checkbox" className="size-4" checked={ransomware} onChange={(e) => setRansomware(e.target.checked)} />Ransomware deployed</label>
        </div>

        <fieldset>
          <legend className="text-sm font-semibold text-slate-800">People affected per jurisdiction</legend>
          <p className="text-sm text-slate-600">A country, US state or Canadian province, by name or code (California or US-CA, Germany or DE). Leave the count empty when not known.</p>
          {errors.affected ? <p className="text-sm font-medium text-red-800">People affected {errors.affected}</p> : null}
          <ul className="mt-2 flex flex-col gap-2">
            {rows.map((row, index) => (
              <li key={index} className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-2 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)_auto]">
                {/* On a phone the place takes the whole line; the count and Remove share the next. */}
                <div className="col-span-2 sm:col-span-1">
                  <Field label={`Jurisdiction ${index + 1}`} error={errors[`affected.${index}.jurisdiction`]}>
                    {(ids) => (
                      <JurisdictionInput
                        ids={ids}
                        value={row.jurisdiction}
                        onValue={(value) => {
                          setRows(rows.map((r, j) => (j === index ? { ...r, jurisdiction: value } : r)));
                          // The refusal was about the text before this edit.
                          setRowErrors(Object.fromEntries(Object.entries(rowErrors).filter(([name]) => name !== `affected.${index}.jurisdiction`)));
                        }}
                      />
                    )}
                  </Field>
                </div>
                <Field label={`Residents affected ${index + 1}`} error={errors[`affected.${index}.count`]}>
                  {(ids) => <TextInput ids={ids} inputMode="numeric" value={row.count} onChange={(e) => setRows(rows.map((r, j) => (j === index ? { ...r, count: e.target.value.replace(/\D/g, "") } : r)))} />}
                </Field>
                <Button variant="secondary" className="mt-6" onClick={() => { setRows(rows.filter((_, j) => j !== index)); setRowErrors({}); }}>
                  Remove<span className="sr-only"> jurisdiction {index + 1}</span>
                </Button>
              </li>
            ))}
          </ul>
          <Button variant="secondary" className="mt-2" onClick={() => setRows([...rows, { jurisdiction: "", count: "" }])}>Add a jurisdiction</Button>
        </fieldset>

        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <Field label="Risk assessment" error={err("riskLevel")}>
            {(ids) => (
              <Select ids={ids} value={riskLevel} onChange={(e) => setRiskLevel(e.target.value as typeof riskLevel)}>
                <option value="unknown">Not assessed yet</option>
                <option value="none">None (unlikely to result in a risk)</option>
                <option value="risk">Risk</option>
                <option value="high">High risk</option>
              </Select>
            )}
          </Field>
          <div className="sm:col-span-2">
            <Field label="Risk reasoning" error={errors.riskReasoning}>
              {(ids) => <TextArea ids={ids} rows={2} value={riskReasoning} onChange={(e) => setRiskReasoning(e.target.value)} />}
            </Field>
          </div>
        </div>

        <Field label="Why this change" hint="Recorded on the timeline with the old and new values." error={errors.reason}>
          {(ids) => <TextInput ids={ids} value={reason} onChange={(e) => setReason(e.target.value)} required />}
        </Field>
        <div>
          <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Saving…" : "Save facts"}</Button>
        </div>
      </fieldset>
      <div aria-live="polite">{saved ? <Alert tone="success" title={saved} /> : null}</div>
      {mutation.error ? (
        <Alert tone="error" title="Not saved">
          {mutation.error.message}
          {mutation.error instanceof ApiError && mutation.error.status === 409 ? " Reload the page to see the current facts." : null}
        </Alert>
      ) : null}
    </form>
  );
}

function changedOnly<T extends Record<string, unknown>>(initial: T, current: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(current).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(initial[key])),
  ) as Partial<T>;
}

function mergeCompromise(current: string[] | null, acquisition: boolean): string[] | null {
  const rest = (current ?? []).filter((c) => c !== "acquisition");
  const next = acquisition ? [...rest, "acquisition"] : rest;
  return next.length === 0 && current === null ? null : next;
}
