import type { ReactNode } from "react";

const TONES = {
  error: { box: "border-red-700 bg-red-50 text-red-900", icon: "⚠", label: "Error" },
  success: { box: "border-green-700 bg-green-50 text-green-900", icon: "✓", label: "Done" },
  info: { box: "border-blue-700 bg-blue-50 text-blue-900", icon: "ℹ", label: "Note" },
} as const;

/** A message box; errors are announced to screen readers as soon as they appear. */
export function Alert({ tone, title, children }: { tone: keyof typeof TONES; title?: string; children?: ReactNode }) {
  const style = TONES[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border-l-4 px-4 py-3 text-sm ${style.box}`}>
      <p className="font-semibold">
        <span aria-hidden="true">{style.icon} </span>
        {title ?? style.label}
      </p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
