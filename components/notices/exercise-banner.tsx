/** Shown on every page of an exercise incident: nothing it sends reaches a real recipient. */
export function ExerciseBanner({ exercise }: { exercise: boolean }) {
  if (!exercise) return null;
  return (
    <div role="note" aria-label="Exercise" className="mb-4 rounded-md border-2 border-dashed border-purple-700 bg-purple-50 px-4 py-3 text-sm text-purple-950">
      <p className="font-bold">
        <span aria-hidden="true">⚑ </span>EXERCISE — this incident is a tabletop drill.
      </p>
      <p>Notices are delivered only to the sandbox mailbox on the Notices tab, never to real recipients.</p>
    </div>
  );
}
