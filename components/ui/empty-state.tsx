import type { ReactNode } from "react";

/** The empty state of a list: what is missing, and what to do about it. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-1 text-slate-700">{children}</p>
    </div>
  );
}
