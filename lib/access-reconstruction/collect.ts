import {
  DescribeTrailsCommand, GetEventSelectorsCommand, GetQueryResultsCommand, GetTrailStatusCommand, LookupEventsCommand, StartQueryCommand,
  type CloudTrailClient, type LookupAttribute,
} from "@aws-sdk/client-cloudtrail";
import type { TTrailState } from "@/lib/access-reconstruction/coverage";
import type { TCloudTrailAnswers } from "@/lib/access-reconstruction/result";
import { selectorsFromAnswer } from "@/lib/access-reconstruction/selectors";
import type { TScopingParameters } from "@/lib/access-reconstruction/types";
import { principalUserName } from "@/lib/access-reconstruction/validate";

/** Bounds, so a busy account cannot make one run unbounded: events kept per lookup, and how long a Lake query may run. */
const MAX_PAGES = 200;
const LAKE_TIMEOUT_MS = 10 * 60 * 1000;

export type TCollectOptions = { signal?: AbortSignal; pollMs?: number };

/**
 * The CloudTrail calls of one reconstruction, in no transaction: LookupEvents per suspect key and user (one lookup
 * attribute per call is all the API takes; source IPs alone mean the whole window, filtered afterwards), the Lake
 * query when an event data store is given, and every trail's status and selectors.
 */
export async function collectFromCloudTrail(client: CloudTrailClient, parameters: TScopingParameters, lakeQuery: string | null, options: TCollectOptions = {}): Promise<TCloudTrailAnswers & { lakeQueryId: string | null }> {
  const send = <T,>(command: Parameters<CloudTrailClient["send"]>[0]) => client.send(command, { abortSignal: options.signal }) as Promise<T>;
  const lookups: (LookupAttribute | null)[] = [
    ...parameters.accessKeyIds.map((value) => ({ AttributeKey: "AccessKeyId" as const, AttributeValue: value })),
    ...[...new Set(parameters.principals.map(principalUserName))].map((value) => ({ AttributeKey: "Username" as const, AttributeValue: value })),
  ];
  if (lookups.length === 0) lookups.push(null);
  const managementEvents: { CloudTrailEvent?: string }[] = [];
  for (const attribute of lookups) {
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await send<{ Events?: { CloudTrailEvent?: string }[]; NextToken?: string }>(
        new LookupEventsCommand({ StartTime: new Date(parameters.start), EndTime: new Date(parameters.end), MaxResults: 50, NextToken: token, ...(attribute ? { LookupAttributes: [attribute] } : {}) }),
      );
      managementEvents.push(...(answer.Events ?? []).map((e) => ({ ...e })));
      token = answer.NextToken;
      if (!token) break;
    }
  }

  let lakeRows: TCloudTrailAnswers["lakeRows"] = null;
  let lakeQueryId: string | null = null;
  if (lakeQuery) {
    const started = await send<{ QueryId?: string }>(new StartQueryCommand({ QueryStatement: lakeQuery }));
    if (!started.QueryId) throw new Error("CloudTrail Lake answered StartQuery without a query id.");
    lakeQueryId = started.QueryId;
    lakeRows = [];
    const deadline = Date.now() + LAKE_TIMEOUT_MS;
    let token: string | undefined;
    for (;;) {
      const answer = await send<{ QueryStatus?: string; QueryResultRows?: Record<string, string>[][]; NextToken?: string; ErrorMessage?: string }>(
        new GetQueryResultsCommand({ QueryId: lakeQueryId, NextToken: token }),
      );
      const status = answer.QueryStatus ?? "QUEUED";
      if (status === "FAILED" || status === "CANCELLED" || status === "TIMED_OUT") throw new Error(`The CloudTrail Lake query ended ${status}: ${(answer.ErrorMessage ?? "").slice(0, 500)}`);
      if (status === "FINISHED") {
        lakeRows.push(...(answer.QueryResultRows ?? []));
        token = answer.NextToken;
        if (!token) break;
        continue;
      }
      if (Date.now() > deadline) throw new Error("The CloudTrail Lake query did not finish within 10 minutes.");
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 2_000));
    }
  }

  const described = await send<{ trailList?: { Name?: string; TrailARN?: string; HomeRegion?: string; IsMultiRegionTrail?: boolean }[] }>(new DescribeTrailsCommand({ includeShadowTrails: true }));
  const trails: TTrailState[] = [];
  for (const trail of described.trailList ?? []) {
    const name = trail.TrailARN ?? trail.Name ?? "";
    if (!name) continue;
    const status = await send<{ IsLogging?: boolean; StartLoggingTime?: Date; StopLoggingTime?: Date }>(new GetTrailStatusCommand({ Name: name }));
    const selectors = await send<Parameters<typeof selectorsFromAnswer>[0]>(new GetEventSelectorsCommand({ TrailName: name }));
    trails.push({
      name: (trail.Name ?? name).slice(0, 256),
      homeRegion: trail.HomeRegion ?? parameters.region,
      multiRegion: trail.IsMultiRegionTrail ?? false,
      logging: status.IsLogging ?? false,
      startLoggingTime: status.StartLoggingTime?.toISOString() ?? null,
      stopLoggingTime: status.StopLoggingTime?.toISOString() ?? null,
      ...selectorsFromAnswer(selectors),
    });
  }
  return { managementEvents, lakeRows, trails, lakeQueryId };
}
