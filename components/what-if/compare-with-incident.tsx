/** What the form's facts change compared with the incident they started from, in words (lib/what-if/compare.ts). */
export function CompareWithIncident({ lines }: { lines: string[] }) {
  return (
    <section aria-labelledby="what-if-compare-heading" data-testid="what-if-compare" className="rounded-lg border-l-4 border-blue-700 bg-blue-50 px-4 py-3 text-sm text-blue-950">
      <h2 id="what-if-compare-heading" className="text-base font-semibold">Compared with the incident</h2>
      {lines.length === 0 ? (
        <p className="mt-1">The same obligations and due times as the incident&apos;s own facts.</p>
      ) : (
        <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
          {lines.map((line) => <li key={line}>{line}</li>)}
        </ul>
      )}
    </section>
  );
}
