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
  // Fields are picked one by one: a row read back from the database carries more (id, hash) than is hashed.
  const canonical = canonicalize({
    incidentId: content.incidentId,
    sequence: content.sequence,
    kind: content.kind,
    occurredAt: content.occurredAt.toISOString(),
    recordedAt: content.recordedAt.toISOString(),
    actorUserId: content.actorUserId,
    actorTokenId: content.actorTokenId,
    actorLabel: content.actorLabel,
    payload: content.payload,
    prevHash: content.prevHash,
  });
  if (canonical === undefined) throw new Error("timeline event cannot be canonicalized");
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
