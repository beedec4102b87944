"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { JurisdictionInput } from "@/components/ui/jurisdiction-input";
import { jurisdictionLabel, parseJurisdiction } from "@/lib/clocks/jurisdictions";

type TFacts = { affected?: { jurisdiction: string; count: number | null }[] } & Record<string, unknown>;

/**
 * People affected in a place, added to the what-if facts by name ("California", "Germany") or code: the entry for
 * that place in `affected` is replaced, or added. The facts stay the JSON the engine reads.
 */
export function WhatIfAffected({ text, onText }: { text: string; onText: (text: string) => void }) {
  const [place, setPlace] = useState("");
  const [count, setCount] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [added, setAdded] = useState<string | null>(null);

  function add(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const parsed = parseJurisdiction(place);
    if ("problem" in parsed) {
      setError(parsed.problem);
      return;
    }
    let facts: TFacts;
    try {
      facts = JSON.parse(text) as TFacts;
    } catch {
      setError("cannot be added while the facts below are not valid JSON: correct them first");
      return;
    }
    if (typeof facts !== "object" || facts === null || Array.isArray(facts)) {
      setError("cannot be added: the facts below must be one JSON object");
      return;
    }
    const entry = { jurisdiction: parsed.code, count: count === "" ? null : Number(count) };
    const others = (Array.isArray(facts.affected) ? facts.affected : []).filter((a) => a?.jurisdiction !== parsed.code);
    onText(JSON.stringify({ ...facts, affected: [...others, entry] }, null, 2));
    setError(undefined);
    setPlace("");
    setCount("");
    setAdded(`${jurisdictionLabel(parsed.code)}: ${count === "" ? "count not known" : `${Number(count).toLocaleString("en-US")} people`}, in the facts below.`);
  }

  return (
    <form onSubmit={add} noValidate aria-labelledby="what-if-affected" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="what-if-affected" className="text-lg font-semibold">People affected in a place</h2>
      <div className="grid grid-cols-1 items-start gap-3 sm:grid-cols-[2fr_1fr_auto]">
        <Field label="Jurisdiction" hint="A country, US state or Canadian province, by name or code (California, Germany, US-CA, DE)." error={error}>
          {(ids) => <JurisdictionInput ids={ids} value={place} onValue={setPlace} />}
        </Field>
        <Field label="People affected" hint="Leave empty when not known.">
          {(ids) => <TextInput ids={ids} inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value.replace(/\D/g, ""))} />}
        </Field>
        <Button type="submit" variant="secondary" className="sm:mt-6">Add to the facts</Button>
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">{added}</p>
    </form>
  );
}
