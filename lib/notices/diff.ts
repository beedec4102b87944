import { diffLines } from "diff";

export type TDiffPart = { kind: "added" | "removed" | "same"; text: string };

/** Line diff between two texts (the `diff` package); rendered as text by the review queue, never as HTML. */
export function textDiff(before: string, after: string): TDiffPart[] {
  return diffLines(before, after).map((part) => ({ kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value }));
}
