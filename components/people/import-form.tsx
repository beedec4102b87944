"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { ApiError, apiUpload } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";
import { MAPPING_FIELDS, guessColumns, readColumns, type TMappingKey } from "@/components/people/column-mapping";

type TResult = { import: { rowsRead: number; rowsRejected: number; peopleAdded: number; peopleUpdated: number; unresolved: number }; ledger: { total: number } };

const formatOf = (name: string): "csv" | "ndjson" => (/\.(nd)?jsonl?$/i.test(name) ? "ndjson" : "csv");

/**
 * Import an extract: the file's columns are read in the browser (its first line only) so the person maps them
 * before sending; the file itself streams to the server, which reads every row again and is the judge.
 */
export function ImportPeopleForm({ incidentId }: { incidentId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [format, setFormat] = useState<"csv" | "ndjson">("csv");
  const [columns, setColumns] = useState<string[]>([]);
  const [fields, setFields] = useState<Partial<Record<TMappingKey, string>>>({});
  const [address, setAddress] = useState<string[]>([]);
  const [defaultCountry, setDefaultCountry] = useState("");
  const [result, setResult] = useState<TResult | null>(null);

  async function choose(chosen: File | null) {
    setFile(chosen);
    setResult(null);
    if (!chosen) return setColumns([]);
    const detected = formatOf(chosen.name);
    setFormat(detected);
    const read = await readColumns(chosen, detected);
    setColumns(read);
    const guess = guessColumns(read);
    setFields(guess.fields);
    setAddress(guess.address);
  }

  const mutation = useApiMutation({
    mutationFn: () => {
      if (!file) throw new ApiError(400, "Choose a file to import.", { file: "is required" }, null);
      if (!fields.identifier) throw new ApiError(400, "Choose the column that identifies each person.", { "mapping.identifier": "is required" }, null);
      const mapping = {
        ...Object.fromEntries(Object.entries(fields).filter(([, column]) => column)),
        ...(address.length > 0 ? { address } : {}),
        ...(defaultCountry.trim() ? { defaultCountry: defaultCountry.trim() } : {}),
      };
      return apiUpload<TResult>(routes.incident(incidentId).affectedPeopleImport({ format, fileName: file.name, mapping: JSON.stringify(mapping) }), file);
    },
    onSuccess: (data) => {
      setResult(data);
      setFile(null);
      setColumns([]);
      setFileKey((k) => k + 1);
    },
  });
  const errors = mutation.fieldErrors;
  function submit(event: FormEvent) {
    setResult(null);
    mutation.submit(event);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="import-people" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="import-people" className="font-semibold">Import affected people</h3>
      <Field label="File" error={errors.file} hint="CSV with a header row (UTF-8), or NDJSON (.ndjson, one JSON object per line). Millions of rows are fine: the file streams.">
        {(ids) => <TextInput key={fileKey} ids={ids} type="file" accept=".csv,.txt,.ndjson,.jsonl,text/csv" onChange={(e) => void choose(e.target.files?.[0] ?? null)} />}
      </Field>
      {file ? (
        <Field label="Format" error={errors.format}>
          {(ids) => (
            <Select ids={ids} value={format} onChange={(e) => setFormat(e.target.value as "csv" | "ndjson")}>
              <option value="csv">CSV</option>
              <option value="ndjson">NDJSON</option>
            </Select>
          )}
        </Field>
      ) : null}
      {file && columns.length === 0 ? (
        <Alert tone="error" title="No columns found">The file&apos;s first line names no columns. A CSV needs a header row; an NDJSON file a JSON object per line.</Alert>
      ) : null}
      {columns.length > 0 ? (
        <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">Which column holds what</legend>
          <div className="grid gap-3 md:grid-cols-2">
            {MAPPING_FIELDS.map((field) => (
              <Field key={field.key} label={field.label} hint={field.hint || undefined} error={errors[`mapping.${field.key}`]}>
                {(ids) => (
                  <Select ids={ids} value={fields[field.key] ?? ""} onChange={(e) => setFields({ ...fields, [field.key]: e.target.value || undefined })}>
                    <option value="">{field.key === "identifier" ? "Choose a column" : "Not in this file"}</option>
                    {columns.map((column) => (
                      <option key={column} value={column}>{column}</option>
                    ))}
                  </Select>
                )}
              </Field>
            ))}
          </div>
          <fieldset>
            <legend className="text-sm font-semibold text-slate-800">Postal address lines, in order</legend>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {columns.map((column) => (
                <li key={column}>
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={address.includes(column)}
                      onChange={(e) => setAddress(e.target.checked ? [...address, column] : address.filter((c) => c !== column))}
                    />
                    {column}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <Field label="Country when the row has none" hint="For an extract of one country's store, e.g. US." error={errors["mapping.defaultCountry"]}>
            {(ids) => <TextInput ids={ids} value={defaultCountry} onChange={(e) => setDefaultCountry(e.target.value)} />}
          </Field>
        </fieldset>
      ) : null}
      <div>
        <Button type="submit" disabled={mutation.isPending || !file}>{mutation.isPending ? "Importing…" : "Import people"}</Button>
      </div>
      {result ? (
        <Alert tone={result.import.rowsRejected > 0 || result.import.unresolved > 0 ? "info" : "success"} title="Imported">
          {result.import.rowsRead.toLocaleString("en-US")} rows read: {result.import.peopleAdded.toLocaleString("en-US")} people added,{" "}
          {result.import.peopleUpdated.toLocaleString("en-US")} updated
          {result.import.rowsRejected > 0 ? `, ${result.import.rowsRejected.toLocaleString("en-US")} rows refused (listed below)` : ""}
          {result.import.unresolved > 0 ? `, ${result.import.unresolved.toLocaleString("en-US")} people not placed in a jurisdiction` : ""}. The ledger holds{" "}
          {result.ledger.total.toLocaleString("en-US")} people; the facts and the obligations follow it.
        </Alert>
      ) : null}
      {mutation.error ? <Alert tone="error" title="Nothing was imported">{mutation.error.message}</Alert> : null}
    </form>
  );
}
