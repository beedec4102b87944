"use client";

import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";

/**
 * Downloading evidence writes a custody entry, so it is a POST: a plain HTML form (no script needed; the browser
 * saves the attachment and stays on the page). The server refuses it from another site (Origin check).
 */
export function EvidenceDownloadForm({ action, fileName }: { action: string; fileName: string }) {
  return (
    <form method="post" action={action} aria-label={`Download “${fileName}”`} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
      <p className="text-sm font-semibold">Download</p>
      <Field label="Why are you downloading it?" hint="Required; recorded with your name and the time.">
        {(ids) => <TextInput ids={ids} name="reason" required maxLength={2000} />}
      </Field>
      <div>
        <Button type="submit" variant="secondary">Download</Button>
      </div>
    </form>
  );
}
