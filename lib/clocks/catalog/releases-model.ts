/**
 * One recorded catalog version: for each rule id, the rule's version and its digest (digest.ts). Written by
 * `npm run catalog:release` into releases.ts, never by hand.
 */
export type TCatalogRelease = {
  readonly catalogVersion: string;
  readonly rules: Readonly<Record<string, readonly [version: string, digest: string]>>;
};
