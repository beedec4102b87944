"use client";

import { DataTable } from "@/components/ui/data-table";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * Charts for the status view. The chart itself is hidden from assistive technology; the same numbers are in the
 * table that follows it (WCAG 1.1.1), which is also what prints.
 */
function ChartFigure({ title, summary, children, table }: { title: string; summary: string; children: React.ReactNode; table: React.ReactNode }) {
  return (
    <figure className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 break-inside-avoid">
      <figcaption className="font-semibold text-slate-900">{title}</figcaption>
      <p className="text-sm text-slate-700">{summary}</p>
      <div aria-hidden="true" className="mt-2 h-56 w-full print:hidden">
        {children}
      </div>
      <details className="mt-2" open>
        <summary className="cursor-pointer text-sm font-semibold text-blue-800">Data as a table</summary>
        {table}
      </details>
    </figure>
  );
}

export function FindingsOverTimeChart({ data }: { data: { day: string; count: number }[] }) {
  const total = data.reduce((sum, d) => sum + d.count, 0);
  if (data.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">No findings are linked to this incident yet. Link findings from the Findings page.</p>;
  }
  return (
    <ChartFigure
      title="Findings over time"
      summary={`${total} finding(s) linked, first observed between ${data[0]!.day} and ${data.at(-1)!.day} (UTC days).`}
      table={
        <DataTable caption="Findings first observed per day (UTC)" columns={["Day (UTC)", "Findings"]} density="compact" framed={false} className="mt-2">
          {data.map((d) => <tr key={d.day}><td>{d.day}</td><td className="tabular-nums">{d.count}</td></tr>)}
        </DataTable>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={32} />
          <Tooltip />
          <Bar dataKey="count" name="Findings" fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export type TDeadlinePoint = { label: string; dueAt: string; hours: number };

export function DeadlineTimelineChart({ data }: { data: TDeadlinePoint[] }) {
  if (data.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">No deadline is running yet. A deadline appears here once its clock starts; what holds the clocks back is listed under Decisions awaiting someone.</p>;
  }
  const overdue = data.filter((d) => d.hours < 0).length;
  return (
    <ChartFigure
      title="Deadline timeline"
      summary={`${data.length} open deadline(s), ${overdue} overdue. Bars show hours until due (negative: overdue, marked ⚠ in the table).`}
      table={
        <DataTable caption="Open deadlines, soonest first" columns={["Obligation", "Due (UTC)", "Hours until due"]} density="compact" framed={false} className="mt-2">
          {data.map((d) => (
            <tr key={d.label}>
              <td className="break-words">{d.label}</td>
              <td className="tabular-nums">{d.dueAt.replace("T", " ").slice(0, 16)}</td>
              <td className="tabular-nums">{d.hours < 0 ? `⚠ overdue by ${Math.abs(d.hours)}` : d.hours}</td>
            </tr>
          ))}
        </DataTable>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" tick={{ fontSize: 12 }} unit=" h" />
          <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="hours" name="Hours until due" isAnimationActive={false}>
            {data.map((d) => <Cell key={d.label} fill={d.hours < 0 ? "#b91c1c" : "#1d4ed8"} />)}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
