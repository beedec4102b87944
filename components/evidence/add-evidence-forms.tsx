"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { useApiMutation } from "@/components/ui/use-api-mutation";
import { ApiError, apiFetch, apiUpload } from "@/lib/client/api";
import { routes } from "@/lib/client/routes";

type TResult = { evidence: { name: string; sha256: string | null }; duplicate: boolean };

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function Done({ result }: { result: TResult | null }) {
  return (
    <div aria-live="polite">
      {result ? (
        <p className="text-sm text-green-900">
          ✓ {result.duplicate ? `These bytes are already registered as “${result.evidence.name}”.` : `Registered “${result.evidence.name}”.`}
          {result.evidence.sha256 ? <> SHA-256 <span className="font-mono break-all">{result.evidence.sha256}</span></> : null}
        </p>
      ) : null}
    </div>
  );
}

/** Upload a file: the server computes its SHA-256 while receiving it. */
export function UploadEvidenceForm({ incidentId, maxBytes, refusedSummary }: { incidentId: string; maxBytes: number; refusedSummary: string }) {
  const [file, setFile] = useState<File | null>(null);
  // Bumping the key clears the file input after an upload (a file input cannot be set from state).
  const [fileKey, setFileKey] = useState(0);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<TResult | null>(null);
  const mutation = useApiMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append("reason", reason);
      form.append("description", description);
      if (name) form.append("name", name);
      if (!file) throw new ApiError(400, "Choose a file to upload.", { file: "is required" }, null);
      if (file.size > maxBytes) {
        throw new ApiError(413, `The file is larger than the limit of ${formatBytes(maxBytes)}.`, { file: `must be at most ${formatBytes(maxBytes)}` }, null);
      }
      form.append("file", file, file.name);
      return apiUpload<TResult>(routes.incident(incidentId).evidenceUploads(), form);
    },
    onSuccess: (data) => {
      setResult(data);
      setName("");
      setDescription("");
      setReason("");
      setFile(null);
      setFileKey((k) => k + 1);
    },
  });
  const errors = mutation.fieldErrors;
  function submit(event: FormEvent) {
    setResult(null);
    mutation.submit(event);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="upload-evidence" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="upload-evidence" className="font-semibold">Upload a file</h3>
      <Field label="File" error={errors.file} hint={`Logs, screenshots, exports, archives — up to ${formatBytes(maxBytes)}. Refused: ${refusedSummary}.`}>
        {(ids) => <TextInput key={fileKey} ids={ids} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </Field>
      <Field label="Name" hint="Leave empty to use the file's name." error={errors.name}>
        {(ids) => <TextInput ids={ids} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Description" error={errors.description}>
        {(ids) => <TextArea ids={ids} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <Field label="Reason" hint="Why it is collected; the first entry of its chain of custody." error={errors.reason}>
        {(ids) => <TextInput ids={ids} value={reason} onChange={(e) => setReason(e.target.value)} required />}
      </Field>
      <div>
        <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Uploading…" : "Upload evidence"}</Button>
      </div>
      <Done result={result} />
      {mutation.error ? <Alert tone="error" title="Not uploaded">{mutation.error.message}</Alert> : null}
    </form>
  );
}

/** Register an item that stays elsewhere (S3, a case system…), with an optional declared SHA-256. */
export function RegisterUriForm({ incidentId }: { incidentId: string }) {
  const [draft, setDraft] = useState({ name: "", uri: "", sha256: "", description: "", reason: "" });
  const [result, setResult] = useState<TResult | null>(null);
  const set = (key: keyof typeof draft, value: string) => setDraft({ ...draft, [key]: value });
  const mutation = useApiMutation({
    mutationFn: () => apiFetch<TResult>(routes.incident(incidentId).evidenceList(), { method: "POST", body: draft }),
    onSuccess: (data) => {
      setResult(data);
      setDraft({ name: "", uri: "", sha256: "", description: "", reason: "" });
    },
  });
  const errors = mutation.fieldErrors;
  function submit(event: FormEvent) {
    setResult(null);
    mutation.submit(event);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="register-uri" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="register-uri" className="font-semibold">Register external evidence</h3>
      <Field label="Name" error={errors.name}>{(ids) => <TextInput ids={ids} value={draft.name} onChange={(e) => set("name", e.target.value)} />}</Field>
      <Field label="URI" hint="https://, s3://, sftp:// or smb://" error={errors.uri}>
        {(ids) => <TextInput ids={ids} value={draft.uri} onChange={(e) => set("uri", e.target.value)} />}
      </Field>
      <Field label="Declared SHA-256" hint="Optional. Recorded as declared; the console cannot check it." error={errors.sha256}>
        {(ids) => <TextInput ids={ids} value={draft.sha256} onChange={(e) => set("sha256", e.target.value)} />}
      </Field>
      <Field label="Description" error={errors.description}>
        {(ids) => <TextArea ids={ids} rows={2} value={draft.description} onChange={(e) => set("description", e.target.value)} />}
      </Field>
      <Field label="Reason" hint="Why it is registered." error={errors.reason}>
        {(ids) => <TextInput ids={ids} value={draft.reason} onChange={(e) => set("reason", e.target.value)} />}
      </Field>
      <div>
        <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Registering…" : "Register evidence"}</Button>
      </div>
      <Done result={result} />
      {mutation.error ? <Alert tone="error" title="Not registered">{mutation.error.message}</Alert> : null}
    </form>
  );
}
