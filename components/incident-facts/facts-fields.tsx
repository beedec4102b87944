"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { JurisdictionInput } from "@/components/ui/jurisdiction-input";
import type { TFactsDraft, TFactsRow } from "@/lib/incident-facts/draft";
import { DATA_CATEGORIES, DATA_CATEGORY_LABELS } from "@/lib/incident-facts/schemas";

const TRI = [
  ["unknown", "Not known yet"],
  ["yes", "Yes"],
  ["no", "No"],
] as const;

/**
 * The fields of an incident's clock facts, as a lawyer knows them from the Facts page: personal data, encryption,
 * data categories, what happened, people affected per jurisdiction (typed by name or code) and the risk assessment.
 * Controlled: the Facts page saves what it holds, the What-if page evaluates it. `errors` are keyed like the API's
 * field names (`riskLevel` or `incident.riskLevel`, `affected.0.jurisdiction`).
 */
export function FactsFields({
  value,
  onChange,
  errors,
  riskExtra,
}: {
  value: TFactsDraft;
  onChange: (next: TFactsDraft) => void;
  errors: Record<string, string>;
  /** Shown beside the risk assessment (the Facts page's risk reasoning). */
  riskExtra?: React.ReactNode;
}) {
  const id = useId();
  const err = (name: string) => errors[name] ?? errors[`incident.${name}`];
  const set = <K extends keyof TFactsDraft>(key: K, next: TFactsDraft[K]) => onChange({ ...value, [key]: next });
  const setRow = (index: number, row: Partial<TFactsRow>) => set("rows", value.rows.map((r, j) => (j === index ? { ...r, ...row } : r)));
  const { categories, encryption } = value;

  return (
    <>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Field label="Personal data compromised" error={err("personalData")}>
          {(ids) => (
            <Select ids={ids} value={value.personalData} onChange={(e) => set("personalData", e.target.value as TFactsDraft["personalData"])}>
              {TRI.map(([option, text]) => <option key={option} value={option}>{text}</option>)}
            </Select>
          )}
        </Field>
        <Field label="Encryption" error={err("encryption.status") ?? err("encryption")}>
          {(ids) => (
            <Select ids={ids} value={encryption} onChange={(e) => set("encryption", e.target.value as TFactsDraft["encryption"])}>
              <option value="unknown">Not known yet</option>
              <option value="encrypted">Encrypted</option>
              <option value="none">Not encrypted</option>
            </Select>
          )}
        </Field>
        <Field label="Encryption key compromised" hint={encryption === "encrypted" ? undefined : "Only for encrypted data."} error={err("encryption.keyCompromised")}>
          {(ids) => (
            <Select ids={ids} value={encryption === "encrypted" ? value.keyCompromised : "unknown"} disabled={encryption !== "encrypted"} onChange={(e) => set("keyCompromised", e.target.value as TFactsDraft["keyCompromised"])}>
              {TRI.map(([option, text]) => <option key={option} value={option}>{text}</option>)}
            </Select>
          )}
        </Field>
      </div>

      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Data categories</legend>
        {err("dataCategories") ? <p className="text-sm font-medium text-red-800" id={`${id}-categories-error`}>Data categories {err("dataCategories")}</p> : null}
        <div className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3" aria-describedby={err("dataCategories") ? `${id}-categories-error` : undefined}>
          {DATA_CATEGORIES.map((category) => (
            <label key={category} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4"
                checked={categories.includes(category)}
                onChange={(e) => set("categories", e.target.checked ? [...categories, category] : categories.filter((c) => c !== category))}
              />
              {DATA_CATEGORY_LABELS[category]}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <label className="flex items-center gap-2"><input type="checkbox" className="size-4" checked={value.acquisition} onChange={(e) => set("acquisition", e.target.checked)} />Data were acquired / exfiltrated</label>
        <label className="flex items-center gap-2"><input type="checkbox" className="size-4" checked={value.phi} onChange={(e) => set("phi", e.target.checked)} />Includes HIPAA protected health information</label>
        <label className="flex items-center gap-2"><input type="checkbox" className="size-4" checked={value.ransomware} onChange={(e) => set("ransomware", e.target.checked)} />Ransomware deployed</label>
      </div>

      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">People affected per jurisdiction</legend>
        <p className="text-sm text-slate-600">A country, US state or Canadian province, by name or code (California or US-CA, Germany or DE). Leave the count empty when not known.</p>
        {errors.affected ? <p className="text-sm font-medium text-red-800">People affected {errors.affected}</p> : null}
        <ul className="mt-2 flex flex-col gap-2">
          {value.rows.map((row, index) => (
            <li key={index} className="grid grid-cols-2 items-start gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]">
              <div className="col-span-2 sm:col-span-1">
                <Field label={`Jurisdiction ${index + 1}`} error={errors[`affected.${index}.jurisdiction`]}>
                  {(ids) => <JurisdictionInput ids={ids} value={row.jurisdiction} onValue={(jurisdiction) => setRow(index, { jurisdiction })} />}
                </Field>
              </div>
              <Field label={`Residents affected ${index + 1}`} error={errors[`affected.${index}.count`]}>
                {(ids) => <TextInput ids={ids} inputMode="numeric" value={row.count} onChange={(e) => setRow(index, { count: e.target.value.replace(/\D/g, "") })} />}
              </Field>
              <Button variant="secondary" className="self-end justify-self-start sm:mt-6 sm:self-start" onClick={() => set("rows", value.rows.filter((_, j) => j !== index))}>
                Remove<span className="sr-only"> jurisdiction {index + 1}</span>
              </Button>
            </li>
          ))}
        </ul>
        <Button variant="secondary" className="mt-2" onClick={() => set("rows", [...value.rows, { jurisdiction: "", count: "" }])}>Add a jurisdiction</Button>
      </fieldset>

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Field label="Risk assessment" error={err("riskLevel")}>
          {(ids) => (
            <Select ids={ids} value={value.riskLevel} onChange={(e) => set("riskLevel", e.target.value as TFactsDraft["riskLevel"])}>
              <option value="unknown">Not assessed yet</option>
              <option value="none">None (unlikely to result in a risk)</option>
              <option value="risk">Risk</option>
              <option value="high">High risk</option>
            </Select>
          )}
        </Field>
        {riskExtra ? <div className="sm:col-span-2">{riskExtra}</div> : null}
      </div>
    </>
  );
}
