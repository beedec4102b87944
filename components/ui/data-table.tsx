import { useId, type ReactNode } from "react";

/** A column heading: its text, or the text with classes (`sr-only` text, `hidden md:table-cell`, `text-right`). */
export type TDataColumn = string | { label: ReactNode; className?: string; key?: string };

type TDensity = "roomy" | "regular" | "compact";

// Cell padding is set once here for every cell, so rows write plain <td>/<th>. Literal strings: Tailwind reads them.
const CELLS: Record<TDensity, string> = {
  roomy: "[&_td]:px-4 [&_td]:py-3 [&_th]:px-4 [&_th]:py-3",
  regular: "[&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2",
  compact: "[&_td]:py-1 [&_th]:py-1 [&_td:not(:last-child)]:pr-3 [&_th:not(:last-child)]:pr-3",
};

/**
 * A data table with the accessible markup every table of the console keeps: a caption naming it (read by screen
 * readers; shown when `captionVisible`), column headers with scope, and a scroll box of its own, so at 320 px the
 * table scrolls sideways instead of the page (WCAG 1.4.10). The box takes the focus, so a keyboard can scroll it too,
 * and is named by the caption; a group rather than a region, so that tables do not add landmarks (the API reference
 * has dozens) or repeat the name of the section around them. Rows are the caller's: `<tr>` with `<td>`, or
 * `<th scope="row">` for a row header.
 */
export function DataTable({
  caption,
  captionVisible = false,
  columns,
  density = "regular",
  framed = true,
  className = "",
  foot,
  children,
}: {
  caption: string;
  captionVisible?: boolean;
  columns: readonly TDataColumn[];
  density?: TDensity;
  /** A bordered white box; false inside a card that already has one. */
  framed?: boolean;
  /** Classes of the scroll box (margins). */
  className?: string;
  /** A <tr> for the table's footer (totals). */
  foot?: ReactNode;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div
      role="group"
      aria-labelledby={captionId}
      tabIndex={0}
      className={`relative overflow-x-auto ${framed ? "rounded-lg border border-slate-200 bg-white" : ""} ${className}`}
    >
      <table className={`w-full text-left text-sm ${CELLS[density]}`}>
        <caption id={captionId} className={captionVisible ? "px-3 py-2 text-left font-semibold text-slate-900" : "sr-only"}>
          {caption}
        </caption>
        <thead className={density === "compact" ? "" : "bg-slate-100 text-slate-800"}>
          <tr>
            {columns.map((column, index) => {
              const { label, className: columnClass = "", key } = typeof column === "string" ? { label: column } : column;
              return (
                <th key={key ?? (typeof label === "string" ? label : index)} scope="col" className={`font-semibold ${columnClass}`}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 border-t border-slate-200">{children}</tbody>
        {foot ? <tfoot className="border-t-2 border-slate-300 font-semibold">{foot}</tfoot> : null}
      </table>
    </div>
  );
}
