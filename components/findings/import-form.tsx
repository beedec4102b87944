"use client";

import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { apiUpload } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TImportResult = {
  received: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: { index: number; key?: string; reasons: { name: string; reason: string }[] }[];
  problems: { line: number; reason: string }[];
};

/** Uploads a findings file as the request body; the server streams it line by line. */
export function ImportForm() {
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  // The file is the request body as it is: the server streams it line by line.
  const mutation = useApiMutation({ mutationFn: (file: File) => apiUpload<TImportResult>(routes.findingsImport(), file) });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setFileError("Choose a file of findings first.");
      return;
    }
    setFileError(null);
    mutation.mutate(file);
  }

  const result = mutation.data;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-semibold text-slate-800">Findings file</label>
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          An ASFF array, {"{\"Findings\": [...]}"}, EventBridge events, native GuardDuty findings, or NDJSON of any of these.
        </p>
        <input
          id={id}
          name="file"
          type="file"
          accept=".json,.ndjson,.jsonl,application/json"
          aria-describedby={`${id}-hint${fileError ? ` ${id}-error` : ""}`}
          aria-invalid={Boolean(fileError)}
          className="text-sm"
        />
        {fileError ? <p id={`${id}-error`} className="text-sm font-medium text-red-800"><span aria-hidden="true">⚠ </span>{fileError}</p> : null}
      </div>
      <div>
        <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Importing…" : "Import findings"}</Button>
      </div>
      {mutation.error ? <Alert tone="error" title="Nothing was imported">{mutation.error.message}</Alert> : null}
      {result ? (
        <div role="status" className="text-sm text-slate-800">
          <p className="font-semibold">
            Imported: {result.inserted} new, {result.updated} updated, {result.unchanged} unchanged, {result.rejected} rejected.
          </p>
          {result.rejections.length + result.problems.length > 0 ? (
            <ul className="mt-2 list-disc pl-5 break-words">
              {result.problems.map((p) => <li key={`l${p.line}`}>Line {p.line}: {p.reason}</li>)}
              {result.rejections.map((r) => (
                <li key={`f${r.index}`}>
                  Finding #{r.index + 1}{r.key ? ` (${r.key})` : ""}: {r.reasons.map((x) => `${x.name} ${x.reason}`).join("; ")}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
