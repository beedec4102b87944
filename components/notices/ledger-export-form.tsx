"use client";

import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";

/**
 * The regulator export of a ledger notice holds people's full contact data, so it is a POST with a reason that goes on
 * the timeline: a plain HTML form (the browser saves the CSV and stays on the page).
 */
export function LedgerExportForm({ action }: { action: string }) {
  return (
    <form method="post" action={action} aria-label="Export who was notified" className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
      <p className="text-sm font-semibold">Export for regulators (CSV)</p>
      <p className="text-sm text-slate-700">Each person with the channel, full address, status, time, and the approved version and its hash.</p>
      <Field label="Why are you exporting it?" hint="Required; recorded on the timeline with your name and the time.">
        {(ids) => <TextInput ids={ids} name="reason" required maxLength={500} />}
      </Field>
      <div>
        <Button type="submit" variant="secondary">Export CSV</Button>
      </div>
    </form>
  );
}
