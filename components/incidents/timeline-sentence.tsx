import { Fragment } from "react";
import { Instant } from "@/components/ui/instant";
import type { TSentence } from "@/lib/timeline-text/parts";

/** A timeline sentence: its text as text (payloads may carry attacker-controlled strings), its instants in the viewer's zone. */
export function TimelineSentence({ sentence }: { sentence: TSentence }) {
  return (
    <>
      {sentence.map((part, index) => (
        <Fragment key={index}>{typeof part === "string" ? part : <Instant value={part.instant} withUtc={false} />}</Fragment>
      ))}
    </>
  );
}
