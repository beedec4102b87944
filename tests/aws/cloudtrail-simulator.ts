/**
 * A local HTTP server speaking the CloudTrail wire protocol (JSON 1.1: POST /, `X-Amz-Target:
 * CloudTrail_20131101.<Operation>` as @aws-sdk/client-cloudtrail sends it — the service's older long form
 * `com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.<Operation>` is accepted too — times as epoch seconds) well enough for the
 * real @aws-sdk/client-cloudtrail, reached through AWS_ENDPOINT_URL_CLOUDTRAIL. It answers LookupEvents from the
 * management events of its event history (one lookup attribute, paginated), StartQuery / GetQueryResults from its
 * data events (CloudTrail Lake: the query's time bounds and IN lists are read from the SQL, whose string literals
 * must be well formed; the first poll answers RUNNING), and DescribeTrails / GetTrailStatus / GetEventSelectors from
 * its trails. Every call is recorded with the caller's access key id.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";

/** A CloudTrail record as CloudTrail writes it (eventTime ISO, eventCategory Management or Data). */
export type TSimRecord = {
  eventID: string;
  eventTime: string;
  eventSource: string;
  eventName: string;
  eventCategory: "Management" | "Data";
  awsRegion: string;
  recipientAccountId: string;
  sourceIPAddress: string;
  userIdentity: { type: string; arn: string; accessKeyId: string; userName?: string; accountId: string };
  requestParameters: Record<string, unknown>;
  resources?: { type: string; ARN: string }[];
};

export type TSimTrail = {
  Name: string;
  TrailARN: string;
  HomeRegion: string;
  IsMultiRegionTrail: boolean;
  status: { IsLogging: boolean; StartLoggingTime?: string; StopLoggingTime?: string };
  EventSelectors?: { ReadWriteType: string; IncludeManagementEvents: boolean; DataResources: { Type: string; Values: string[] }[] }[];
  AdvancedEventSelectors?: { Name?: string; FieldSelectors: { Field: string; Equals?: string[]; StartsWith?: string[] }[] }[];
};

export type TCloudTrailSimulator = {
  url: string;
  records: TSimRecord[];
  trails: TSimTrail[];
  eventDataStores: Set<string>;
  pageSize: number;
  calls: { operation: string; target: string; accessKeyId: string; input: Record<string, unknown> }[];
  /** Statements StartQuery received, verbatim. */
  queries: string[];
  close(): Promise<void>;
};

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const seconds = (iso: string) => new Date(iso).getTime() / 1000;
const LITERAL = /'((?:[^']|'')*)'/g;
const unquote = (text: string) => [...text.matchAll(LITERAL)].map((m) => m[1]!.replaceAll("''", "'"));

/** The filters a Lake statement names, read from its SQL; null when a string literal is left open. */
function parseStatement(sql: string) {
  const withoutLiterals = sql.replace(LITERAL, "''");
  if (withoutLiterals.includes("'") && (withoutLiterals.match(/'/g)!.length % 2 !== 0)) return null;
  const from = /\bFROM\s+([A-Za-z0-9-]+)/.exec(withoutLiterals)?.[1] ?? "";
  const list = (column: string) => {
    const match = new RegExp(`${column.replace(".", "\\.")} IN \\(((?:\\s*'(?:[^']|'')*'\\s*,?)*)\\)`).exec(sql);
    return match ? unquote(match[1]!) : [];
  };
  const bound = (op: string) => {
    const match = new RegExp(`eventTime ${op} '([0-9: -]+)'`).exec(sql);
    return match ? new Date(`${match[1]!.replace(" ", "T")}Z`).toISOString() : null;
  };
  return {
    from, start: bound(">="), end: bound("<="),
    keys: list("userIdentity.accessKeyId"), arns: list("userIdentity.arn"), names: list("userIdentity.username"), ips: list("sourceIPAddress"),
  };
}

function lakeRow(r: TSimRecord): Record<string, string>[] {
  const p = r.requestParameters;
  const text = (v: unknown) => (v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));
  return [
    { eventID: r.eventID }, { eventTime: r.eventTime.slice(0, 19).replace("T", " ") + ".000" }, { eventSource: r.eventSource }, { eventName: r.eventName },
    { awsRegion: r.awsRegion }, { recipientAccountId: r.recipientAccountId }, { sourceIPAddress: r.sourceIPAddress },
    { accessKeyId: r.userIdentity.accessKeyId }, { principalArn: r.userIdentity.arn }, { userName: r.userIdentity.userName ?? "" },
    { bucketName: text(p.bucketName) }, { objectKey: text(p.key) }, { tableName: text(p.tableName) }, { copySource: text(p["x-amz-copy-source"]) },
  ];
}

export async function startCloudTrailSimulator(): Promise<TCloudTrailSimulator> {
  const queries = new Map<string, { rows: Record<string, string>[][]; polls: number }>();
  const sim: Omit<TCloudTrailSimulator, "url" | "close"> = { records: [], trails: [], eventDataStores: new Set(), pageSize: 3, calls: [], queries: [] };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const text = await body(req);
      const send = (status: number, payload: unknown, type?: string) => {
        res.writeHead(status, { "content-type": "application/x-amz-json-1.1", ...(type ? { "x-amzn-errortype": type } : {}) });
        res.end(JSON.stringify(type ? { __type: type, message: (payload as { message: string }).message } : payload));
      };
      const target = String(req.headers["x-amz-target"] ?? "");
      const operation = target.split(".").at(-1) ?? "";
      const input = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
      const accessKeyId = /Credential=([^/]+)\//.exec(req.headers.authorization ?? "")?.[1] ?? "";
      if (!/^(com\.amazonaws\.cloudtrail\.v20131101\.)?CloudTrail_20131101\.[A-Za-z]+$/.test(target)) return send(400, { message: `Unknown target ${target}` }, "UnknownOperationException");
      sim.calls.push({ operation, target, accessKeyId, input });
      const page = <T,>(items: T[], token: unknown) => {
        const offset = Number(token ?? "0");
        const next = offset + sim.pageSize < items.length ? String(offset + sim.pageSize) : undefined;
        return { items: items.slice(offset, offset + sim.pageSize), next };
      };
      if (operation === "LookupEvents") {
        const start = typeof input.StartTime === "number" ? input.StartTime : -Infinity;
        const end = typeof input.EndTime === "number" ? input.EndTime : Infinity;
        const attribute = (input.LookupAttributes as { AttributeKey: string; AttributeValue: string }[] | undefined)?.[0];
        if (((input.LookupAttributes as unknown[] | undefined)?.length ?? 0) > 1) return send(400, { message: "Only one lookup attribute is allowed." }, "InvalidLookupAttributesException");
        const matching = sim.records
          .filter((r) => r.eventCategory === "Management" && seconds(r.eventTime) >= start && seconds(r.eventTime) <= end)
          .filter((r) => !attribute || (attribute.AttributeKey === "AccessKeyId" ? r.userIdentity.accessKeyId === attribute.AttributeValue
            : attribute.AttributeKey === "Username" ? (r.userIdentity.userName ?? r.userIdentity.arn.split("/").at(-1)) === attribute.AttributeValue
              : attribute.AttributeKey === "EventName" ? r.eventName === attribute.AttributeValue : false))
          .sort((a, b) => b.eventTime.localeCompare(a.eventTime));
        const { items, next } = page(matching, input.NextToken);
        return send(200, {
          Events: items.map((r) => ({
            EventId: r.eventID, EventName: r.eventName, ReadOnly: r.eventName.startsWith("Get") || r.eventName.startsWith("List") ? "true" : "false",
            AccessKeyId: r.userIdentity.accessKeyId, EventTime: seconds(r.eventTime), EventSource: r.eventSource, Username: r.userIdentity.userName,
            Resources: (r.resources ?? []).map((x) => ({ ResourceType: x.type, ResourceName: x.ARN })), CloudTrailEvent: JSON.stringify({ eventVersion: "1.09", ...r }),
          })),
          ...(next ? { NextToken: next } : {}),
        });
      }
      if (operation === "StartQuery") {
        const statement = String(input.QueryStatement ?? "");
        sim.queries.push(statement);
        const parsed = parseStatement(statement);
        if (!parsed) return send(400, { message: "The query statement is not valid SQL." }, "InvalidQueryStatementException");
        if (!sim.eventDataStores.has(parsed.from)) return send(400, { message: `The event data store ${parsed.from} does not exist.` }, "EventDataStoreNotFoundException");
        const rows = sim.records
          .filter((r) => r.eventCategory === "Data")
          .filter((r) => (!parsed.start || r.eventTime >= parsed.start) && (!parsed.end || r.eventTime <= parsed.end))
          .filter((r) => parsed.keys.includes(r.userIdentity.accessKeyId) || parsed.arns.includes(r.userIdentity.arn)
            || parsed.names.includes(r.userIdentity.userName ?? "") || parsed.ips.includes(r.sourceIPAddress))
          .sort((a, b) => a.eventTime.localeCompare(b.eventTime))
          .map(lakeRow);
        const id = randomUUID();
        queries.set(id, { rows, polls: 0 });
        return send(200, { QueryId: id });
      }
      if (operation === "GetQueryResults") {
        const query = queries.get(String(input.QueryId ?? ""));
        if (!query) return send(400, { message: "The query does not exist." }, "QueryIdNotFoundException");
        query.polls += 1;
        if (query.polls === 1) return send(200, { QueryStatus: "RUNNING", QueryResultRows: [] });
        const { items, next } = page(query.rows, input.NextToken);
        return send(200, { QueryStatus: "FINISHED", QueryStatistics: { ResultsCount: items.length, TotalResultsCount: query.rows.length }, QueryResultRows: items, ...(next ? { NextToken: next } : {}) });
      }
      if (operation === "DescribeTrails") {
        return send(200, { trailList: sim.trails.map((t) => ({ Name: t.Name, TrailARN: t.TrailARN, HomeRegion: t.HomeRegion, IsMultiRegionTrail: t.IsMultiRegionTrail, S3BucketName: "trail-logs" })) });
      }
      const trail = sim.trails.find((t) => t.Name === (input.Name ?? input.TrailName) || t.TrailARN === (input.Name ?? input.TrailName));
      if (operation === "GetTrailStatus") {
        if (!trail) return send(400, { message: "Unknown trail." }, "TrailNotFoundException");
        const { IsLogging, StartLoggingTime, StopLoggingTime } = trail.status;
        return send(200, { IsLogging, ...(StartLoggingTime ? { StartLoggingTime: seconds(StartLoggingTime) } : {}), ...(StopLoggingTime ? { StopLoggingTime: seconds(StopLoggingTime) } : {}) });
      }
      if (operation === "GetEventSelectors") {
        if (!trail) return send(400, { message: "Unknown trail." }, "TrailNotFoundException");
        return send(200, { TrailARN: trail.TrailARN, ...(trail.AdvancedEventSelectors ? { AdvancedEventSelectors: trail.AdvancedEventSelectors } : { EventSelectors: trail.EventSelectors ?? [] }) });
      }
      return send(400, { message: `The simulator does not implement ${operation || "this call"}.` }, "UnknownOperationException");
    })().catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/x-amz-json-1.1" });
      res.end(JSON.stringify({ __type: "InternalServerError", message: error instanceof Error ? error.message : String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(sim, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  });
}
