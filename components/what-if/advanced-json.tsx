"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { TWhatIfFacts } from "@/lib/what-if/facts";

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * For those who know the clock-engine contract: the facts the form builds, as JSON, editable; "Use these facts"
 * loads them into the form. Never needed for anything the form can say.
 */
export function AdvancedJson({ facts, onUse }: { facts: TWhatIfFacts; onUse: (facts: Partial<TWhatIfFacts>) => void }) {
  const id = useId();
  const [edited, setEdited] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function use() {
    let parsed: unknown;
    try {
      parsed = JSON.parse(edited ?? pretty(facts));
    } catch (error) {
      setProblem(`The facts are not valid JSON: ${(error as Error).message}`);
      return;
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      setProblem("The facts must be one JSON object, as the clock-engine contract describes.");
      return;
    }
    setProblem(null);
    setEdited(null);
    onUse(parsed as Partial<TWhatIfFacts>);
  }

  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-semibold">Advanced: the facts as JSON</summary>
      <div className="mt-3 flex flex-col gap-2">
        <label htmlFor={`${id}-json`} className="text-sm font-semibold text-slate-800">Facts (JSON)</label>
        <p id={`${id}-hint`} className="text-sm text-slate-600">The clock-engine contract v1, as the form builds it. Edit it and choose “Use these facts” to load it into the form.</p>
        <textarea
          id={`${id}-json`}
          value={edited ?? pretty(facts)}
          onChange={(e) => setEdited(e.target.value)}
          rows={14}
          spellCheck={false}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 aria-[invalid=true]:border-red-700"
        />
        {problem ? <p id={`${id}-problem`} className="text-sm font-medium text-red-800"><span aria-hidden="true">⚠ </span>{problem}</p> : null}
        <div className="flex gap-2">
          <Button variant="secondary" onClick={use}>Use these facts</Button>
          {edited !== null ? <Button variant="secondary" onClick={() => { setEdited(null); setProblem(null); }}>Discard my JSON edits</Button> : null}
        </div>
      </div>
    </details>
  );
}
