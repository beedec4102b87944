import { useEffect, useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

type TFieldProps = { label: string; error?: string; hint?: string; children: (ids: TFieldIds) => ReactNode };
type TFieldIds = { id: string; describedBy: string | undefined; invalid: boolean };

/**
 * After a refused submit, keyboard and screen-reader users land on the first field that needs correcting: the first
 * invalid control of the form takes focus, unless focus is already on an invalid control.
 */
function useFocusWhenFirstInvalid(id: string, error: string | undefined) {
  useEffect(() => {
    if (!error) return;
    const control = document.getElementById(id);
    const scope = control?.closest("form") ?? document;
    if (!control || scope.querySelector('[aria-invalid="true"]') !== control) return;
    if (document.activeElement?.getAttribute("aria-invalid") === "true") return;
    control.focus();
  }, [id, error]);
}

/** A label, a control, a hint and an error message tied to the control (aria-describedby, aria-invalid). */
export function Field({ label, error, hint, children }: TFieldProps) {
  const id = useId();
  useFocusWhenFirstInvalid(id, error);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {label} {error}
        </p>
      ) : null}
    </div>
  );
}

const CONTROL =
  "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";

export function TextInput({ ids, ...props }: InputHTMLAttributes<HTMLInputElement> & { ids: TFieldIds }) {
  return (
    <input id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} className={CONTROL} {...props} />
  );
}

export function TextArea({ ids, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { ids: TFieldIds }) {
  return (
    <textarea id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} className={CONTROL} {...props} />
  );
}

export function Select({ ids, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { ids: TFieldIds }) {
  return (
    <select id={ids.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} className={CONTROL} {...props} />
  );
}
