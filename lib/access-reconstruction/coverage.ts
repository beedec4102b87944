import type { TCoverage, TInterval, TStoreCoverage, TStoreKind } from "@/lib/access-reconstruction/types";

/**
 * Was the window logged? From the trails' status and event selectors, and from findings that report logging
 * switched off or a failing CloudTrail control, per store: the stretches of the window without management events
 * and without data events, each said in one plain sentence.
 */

export type TDataSelector = { type: "AWS::S3::Object" | "AWS::DynamoDB::Table"; /** arn prefixes; "all" for every resource of the type */ values: string[] | "all"; readEvents: boolean };

export type TTrailState = {
  name: string;
  homeRegion: string;
  multiRegion: boolean;
  logging: boolean;
  startLoggingTime: string | null;
  stopLoggingTime: string | null;
  management: { read: boolean; write: boolean };
  data: TDataSelector[];
};

export type TCoverageFinding = { title: string; types: string[]; controlId: string | null; complianceStatus: string | null; recordState: string; firstObservedAt: string | null; lastObservedAt: string | null };

export type TCoverageInput = {
  window: TInterval;
  region: string;
  stores: { arn: string; kind: TStoreKind; name: string }[];
  trails: TTrailState[];
  /** Data events were queried (a CloudTrail Lake event data store was given). */
  lakeQueried: boolean;
  findings: TCoverageFinding[];
  /** When the reconstruction ran (the event history reaches 90 days back from it). */
  now: string;
};

const HISTORY_MS = 90 * 24 * 3_600_000;

type TSpan = [number, number];
const ms = (iso: string) => new Date(iso).getTime();

/** When the trail was logging, as far as its status tells (the latest start and stop only). */
export function loggingSpans(trail: Pick<TTrailState, "logging" | "startLoggingTime" | "stopLoggingTime">): TSpan[] {
  const start = trail.startLoggingTime ? ms(trail.startLoggingTime) : null;
  const stop = trail.stopLoggingTime ? ms(trail.stopLoggingTime) : null;
  if (trail.logging) {
    if (start === null) return [[-Infinity, Infinity]];
    // Stopped, then started again: logging before the stop and since the start, not between.
    if (stop !== null && stop < start) return [[-Infinity, stop], [start, Infinity]];
    return [[start, Infinity]];
  }
  if (stop === null) return [];
  return [[-Infinity, stop]];
}

function union(spans: TSpan[]): TSpan[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: TSpan[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([...span]);
  }
  return out;
}

/** The parts of the window no span covers. */
export function uncovered(window: TInterval, spans: TSpan[]): TInterval[] {
  const gaps: TInterval[] = [];
  let cursor = ms(window.start);
  const end = ms(window.end);
  for (const [a, b] of union(spans)) {
    if (b <= cursor) continue;
    if (a >= end) break;
    if (a > cursor) gaps.push({ start: new Date(cursor).toISOString(), end: new Date(a).toISOString() });
    cursor = Math.max(cursor, b);
    if (cursor >= end) break;
  }
  if (cursor < end) gaps.push({ start: new Date(cursor).toISOString(), end: window.end });
  return gaps;
}

function minus(spans: TSpan[], holes: TSpan[]): TSpan[] {
  let out = spans;
  for (const [ha, hb] of holes) {
    out = out.flatMap(([a, b]): TSpan[] => {
      if (hb <= a || ha >= b) return [[a, b]];
      const parts: TSpan[] = [];
      if (ha > a) parts.push([a, ha]);
      if (hb < b) parts.push([hb, b]);
      return parts;
    });
  }
  return out;
}

const coversRegion = (trail: TTrailState, region: string) => trail.multiRegion || trail.homeRegion === region;
const storeRegion = (arn: string, fallback: string) => (arn.startsWith("arn:") && arn.split(":")[3]) || fallback;

function selects(selector: TDataSelector, store: { arn: string; kind: TStoreKind }): boolean {
  const type = store.kind === "s3" ? "AWS::S3::Object" : store.kind === "dynamodb" ? "AWS::DynamoDB::Table" : null;
  if (selector.type !== type || !selector.readEvents) return false;
  if (selector.values === "all") return true;
  return selector.values.some((value) => {
    if (store.kind === "s3") return value === "arn:aws:s3" || value === "arn:aws:s3:::" || value === `${store.arn}/` || value === store.arn;
    return value === store.arn;
  });
}

/** "2026-11-20 09:00 UTC": the sentences' time, to the minute, always in UTC (the report adds the zone it uses). */
export const sentenceTime = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
const between = (gap: TInterval) => `between ${sentenceTime(gap.start)} and ${sentenceTime(gap.end)}`;

const STORE_WORDS: Record<TStoreKind, { data: string; thing: string; what: string }> = {
  s3: { data: "S3 data events", thing: "bucket", what: "object-level access cannot be reconstructed" },
  dynamodb: { data: "DynamoDB data events", thing: "table", what: "item-level access cannot be reconstructed" },
  rds: { data: "", thing: "database", what: "" },
};

const CONTROL_SENTENCES: Record<string, string> = {
  "CloudTrail.1": "Security Hub control CloudTrail.1 failed: no multi-region trail records read and write management events, so management events may be missing in some regions.",
  "CloudTrail.2": "Security Hub control CloudTrail.2 failed: the CloudTrail logs are not encrypted with a KMS key, so whoever can read the log bucket can read (and learn from) them.",
  "CloudTrail.4": "Security Hub control CloudTrail.4 failed: log file integrity validation is off, so the logs cannot be proven unaltered.",
  "CloudTrail.5": "Security Hub control CloudTrail.5 failed: the trail is not sent to CloudWatch Logs, so no alarm watched these events as they happened.",
};

const isLoggingDisabledFinding = (f: TCoverageFinding) => f.types.some((t) => /CloudTrailLoggingDisabled/i.test(t));

export function computeCoverage(input: TCoverageInput): TCoverage {
  const general: string[] = [];
  // A finding saying logging was switched off: nothing was logged from its first sighting (until a trail restarted).
  const holes: TSpan[] = [];
  for (const finding of input.findings.filter(isLoggingDisabledFinding)) {
    if (!finding.firstObservedAt || finding.recordState === "ARCHIVED") continue;
    const off = ms(finding.firstObservedAt);
    const restarts = input.trails.map((t) => (t.startLoggingTime ? ms(t.startLoggingTime) : NaN)).filter((t) => t > off);
    holes.push([off, restarts.length ? Math.min(...restarts) : Infinity]);
    general.push(`GuardDuty reports CloudTrail logging was disabled at ${sentenceTime(new Date(off).toISOString())} (finding “${finding.title.slice(0, 200)}”): events after that may not have been logged.`);
  }
  const controls = new Set(
    input.findings.filter((f) => f.complianceStatus === "FAILED" && f.recordState !== "ARCHIVED" && f.controlId && CONTROL_SENTENCES[f.controlId]).map((f) => f.controlId!),
  );
  for (const control of [...controls].sort()) general.push(CONTROL_SENTENCES[control]!);
  if (input.trails.length === 0) general.push(`No CloudTrail trail was found in ${input.region}: only the 90-day event history of management events was available.`);

  const stores = input.stores.map((store): TStoreCoverage => {
    const region = storeRegion(store.arn, input.region);
    const inRegion = input.trails.filter((t) => coversRegion(t, region));
    // Management events: CloudTrail's event history records them for 90 days whether or not a trail logs (and keeps
    // recording while a trail is stopped), and LookupEvents reads it; older ones are only in a trail's log files.
    const managementGaps = uncovered(input.window, [[ms(input.now) - HISTORY_MS, Infinity]]);
    const dataTrails = inRegion.filter((t) => t.data.some((s) => selects(s, store)));
    const dataGaps = uncovered(input.window, minus(dataTrails.flatMap(loggingSpans), holes));
    const words = STORE_WORDS[store.kind];
    const sentences: string[] = [];
    for (const gap of managementGaps) {
      sentences.push(`Management events for ${words.thing} ${store.name} ${between(gap)} are older than CloudTrail's 90-day event history and were not queried: policy changes, copies and snapshots of it cannot be reconstructed here.`);
    }
    if (store.kind !== "rds") {
      for (const gap of dataGaps) sentences.push(`${words.data} for ${words.thing} ${store.name} were not logged ${between(gap)}: ${words.what}.`);
      if (dataGaps.length === 0 && !input.lakeQueried) {
        sentences.push(`${words.data} for ${words.thing} ${store.name} are logged by trail ${dataTrails.map((t) => t.name).join(", ")}, but no CloudTrail Lake event data store was queried: ${words.what} here; query the trail's log files.`);
      }
    }
    return {
      storeArn: store.arn,
      storeKind: store.kind,
      storeName: store.name,
      management: { covered: managementGaps.length === 0, gaps: managementGaps },
      data: { covered: store.kind !== "rds" && dataGaps.length === 0, gaps: store.kind === "rds" ? [] : dataGaps, queried: input.lakeQueried },
      sentences,
    };
  });
  return { stores, general };
}
