/**
 * The latest CloudTrail reconstruction's logging gaps, each in plain words ("S3 data events for bucket X were not
 * logged between … and …"), for the exec status view, the facts and the Scoping tab. Text only: the sentences carry
 * names read from AWS. Renders nothing when there is no gap to say.
 */
export function LoggingGaps({ gaps, headingLevel = 2, id = "logging-gaps" }: { gaps: readonly string[]; headingLevel?: 2 | 3; id?: string }) {
  if (gaps.length === 0) return null;
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby={`${id}-heading`} data-testid="logging-gaps" className="rounded-md border-l-4 border-amber-700 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <Heading id={`${id}-heading`} className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {gaps.length === 1 ? "1 logging gap: some access cannot be reconstructed" : `${gaps.length} logging gaps: some access cannot be reconstructed`}
      </Heading>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
        {gaps.map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>
    </section>
  );
}
