import type { ReactNode } from "react";

/** A titled region of the status view; its heading names the landmark. */
export function StatusSection({ id, title, children, className = "" }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`rounded-lg border border-slate-200 bg-white p-4 break-inside-avoid ${className}`}>
      <h2 id={id} className="text-lg font-semibold text-slate-900">{title}</h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-slate-700">{children}</p>;
}
