import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

export const GENESIS_HASH = "0".repeat(64);

export type THashedEventContent = {
  incidentId: string;
  sequence: number;
  kind: string;
  occurredAt: Date;
  recordedAt: Date;
  actorUserId: string | null;
  actorTokenId: string | null;
  actorLabel: string;
  payload: unknown;
  prevHash: string;
};

/**
 * SHA-256 over the event's canonical JSON (RFC 8785) including the previous event's hash, so changing,
 * removing or reordering any event breaks every later link.
 */
export function hashTimelineEvent(content: THashedEventContent): string {
  const canonical = canonicalize({
    ...content,
    occurredAt: content.occurredAt.toISOString(),
    recordedAt: content.recordedAt.toISOString(),
  });
  if (canonical === undefined) throw new Error("timeline event cannot be canonicalized");
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
