"use client";

import { useSyncExternalStore, type InputHTMLAttributes } from "react";
import { TextInput } from "@/components/ui/field";
import { jurisdictionChoices, jurisdictionLabel, parseJurisdiction } from "@/lib/clocks/jurisdictions";

const noSubscription = () => () => {};

type TFieldIds = { id: string; describedBy: string | undefined; invalid: boolean };

/**
 * A jurisdiction field that takes a name ("California", "Germany") as well as a code (US-CA, DE), with the places
 * listed as you type (a datalist: the input keeps its combobox role and free typing). Under the field it says which
 * place the text was read as, so "CA" visibly means Canada, not California. The form turns the text into a code
 * with parseJurisdiction, which also gives the field's error for text that names nothing.
 */
export function JurisdictionInput({ ids, value, onValue, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> & { ids: TFieldIds; value: string; onValue: (value: string) => void }) {
  const listId = `${ids.id}-places`;
  const readId = `${ids.id}-read-as`;
  // Names come from the runtime's Intl data, which may differ between server and browser: the list is the browser's.
  const listed = useSyncExternalStore(noSubscription, () => true, () => false);
  const parsed = value.trim() === "" ? null : parseJurisdiction(value);
  const readAs = parsed && "code" in parsed && jurisdictionLabel(parsed.code) !== value.trim() ? jurisdictionLabel(parsed.code) : null;
  return (
    <>
      <TextInput
        ids={{ ...ids, describedBy: [ids.describedBy, readAs ? readId : undefined].filter(Boolean).join(" ") || undefined }}
        list={listId}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        {...props}
      />
      {listed ? (
        <datalist id={listId}>
          {jurisdictionChoices().map((choice) => (
            <option key={choice.code} value={jurisdictionLabel(choice.code)} />
          ))}
        </datalist>
      ) : null}
      {readAs ? (
        <p id={readId} className="text-sm text-slate-700">
          Read as {readAs}
        </p>
      ) : null}
    </>
  );
}


/**
 * One place of a comma-separated list typed in a form, as its code; text that names no place is sent as typed, so
 * the server's refusal names the field.
 */
export function jurisdictionCodeOrText(text: string): string {
  const parsed = parseJurisdiction(text);
  return "code" in parsed ? parsed.code : text.trim().toUpperCase();
}
