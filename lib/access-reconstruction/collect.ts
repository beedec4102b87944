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
  const how = { abortSignal: options.signal };
  const lookups: (LookupAttribute | null)[] = [
    ...parameters.accessKeyIds.map((value) => ({ AttributeKey: "AccessKeyId" as const, AttributeValue: value })),
    ...[...new Set(parameters.principals.map(principalUserName))].map((value) => ({ AttributeKey: "Username" as const, AttributeValue: value })),
  ];
  if (lookups.length === 0) lookups.push(null);
  const managementEvents: { CloudTrailEvent?: string }[] = [];
  for (const attribute of lookups) {
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await client.send(
        new LookupEventsCommand({ StartTime: new Date(parameters.start), EndTime: new Date(parameters.end), MaxResults: 50, NextToken: token, ...(attribute ? { LookupAttributes: [attribute] } : {}) }),
        how,
      );
      managementEvents.push(...(answer.Events ?? []).map((e) => ({ ...e })));
      token = answer.NextToken;
      if (!token) break;
    }
  }

  let lakeRows: TCloudTrailAnswers["lakeRows"] = null;
  let lakeQueryId: string | null = null;
  if (lakeQuery) {
    const started = await client.send(new StartQueryCommand({ QueryStatement: lakeQuery }), how);
    if (!started.QueryId) throw new Error("CloudTrail Lake answered StartQuery without a query id.");
    lakeQueryId = started.QueryId;
    lakeRows = [];
    const deadline = Date.now() + LAKE_TIMEOUT_MS;
    let token: string | undefined;
    for (;;) {
      const answer = await client.send(new GetQueryResultsCommand({ QueryId: lakeQueryId, NextToken: token }), how);
      const status = answer.QueryStatus ?? "QUEUED";
      if (status === "FAILED" || status === "CANCELLED" || status === "TIMED_OUT") throw new Error(`The CloudTrail Lake query ended ${status}: ${(answer.ErrorMessage ?? "").slice(0, 500)}`);
      if (status === "FINISHED") {
        lakeRows.push(...((answer.QueryResultRows ?? []) as Record<string, string>[][]));
        token = answer.NextToken;
        if (!token) break;
        continue;
      }
      if (Date.now() > deadline) throw new Error("The CloudTrail Lake query did not finish within 10 minutes.");
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 2_000));
    }
  }

  const described = await client.send(new DescribeTrailsCommand({ includeShadowTrails: true }), how);
  const trails: TTrailState[] = [];
  for (const trail of described.trailList ?? []) {
    const name = trail.TrailARN ?? trail.Name ?? "";
    if (!name) continue;
    const status = await client.send(new GetTrailStatusCommand({ Name: name }), how);
    const selectors = await client.send(new GetEventSelectorsCommand({ TrailName: name }), how);
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
