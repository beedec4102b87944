import type { ChainVerifier, TChainRow } from "@/lib/timeline/verify-chain";

/**
 * One page of a timeline's events in sequence order, with exactly the columns the hash covers, in a range of
 * sequence numbers. Shared by the request path (the pg pool) and the verification worker (its own connection),
 * so both read the same rows the same way. Types as node-postgres gives them with lib/db/timestamptz's parsers:
 * uuid as text, timestamptz as Date, jsonb parsed.
 */
export const CHAIN_PAGE_SQL = `SELECT incident_id AS "incidentId", sequence, kind, occurred_at AS "occurredAt", recorded_at AS "recordedAt",
        actor_user_id AS "actorUserId", actor_token_id AS "actorTokenId", actor_label AS "actorLabel",
        payload, prev_hash AS "prevHash", hash
   FROM timeline_events
  WHERE incident_id = $1::uuid AND sequence > $2::int AND sequence <= $3::int
  ORDER BY sequence ASC
  LIMIT $4::int`;

export const LAST_SEQUENCE = 2_147_483_647;

export type TChainRange = { incidentId: string; afterSequence: number; throughSequence: number };

/** What a verification worker is given: a range, and the database to read it from (the URL holds a password). */
export type TVerifyRangeJob = TChainRange & { databaseUrl: string };

export type TFetchChainPage = (afterSequence: number, limit: number) => Promise<TChainRow[]>;

const PAGE_SIZE = 20_000;

/**
 * Feeds a verifier every event after `afterSequence`, page by page, until the pages run out or a broken link
 * is found. The next page is fetched while the current one is hashed, so the database and the hashing overlap.
 */
export async function verifyPages(fetchPage: TFetchChainPage, verifier: ChainVerifier, afterSequence = 0): Promise<void> {
  let page = await fetchPage(afterSequence, PAGE_SIZE);
  while (page.length > 0) {
    const next = page.length === PAGE_SIZE ? fetchPage(page.at(-1)!.sequence, PAGE_SIZE) : null;
    // A rejected prefetch must not become an unhandled rejection if hashing stops early.
    next?.catch(() => undefined);
    if (!verifier.push(page) || !next) return;
    page = await next;
  }
}
