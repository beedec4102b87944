/**
 * A local HTTP server that speaks the Security Hub REST-JSON wire protocol (GetFindings: POST /findings) well enough
 * for the real @aws-sdk/client-securityhub, reached through AWS_ENDPOINT_URL_SECURITYHUB, and GuardDuty's REST-JSON
 * (ListDetectors GET /detector, ListFindings POST /detector/{id}/findings, GetFindings POST …/findings/get, camelCase
 * names) for @aws-sdk/client-guardduty through AWS_ENDPOINT_URL_GUARDDUTY. It filters on UpdatedAt,
 * sorts, paginates with NextToken, and can inject throttling, 5xx and credential failures. It also answers STS
 * AssumeRole (query protocol, XML; through AWS_ENDPOINT_URL_STS) with temporary credentials whose access key id it
 * remembers, and Security Hub BatchUpdateFindings (PATCH /findings/batchupdate), which it records.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type TFakeFinding = Record<string, unknown> & { Id: string; UpdatedAt: string };

export type TFakeAws = {
  url: string;
  findings: TFakeFinding[];
  /** Native GuardDuty findings (camelCase), all under detector "det-1". */
  guardDutyFindings: (Record<string, unknown> & { id: string; updatedAt: string })[];
  /** Responses to fail before answering normally, consumed in order: an HTTP status and error type. */
  failures: { status: number; type: string }[];
  /** Regions (from the SigV4 credential scope) whose calls are refused as bad credentials. */
  badCredentialRegions: Set<string>;
  /** When set, the nth GetFindings call (1-based) and all later ones fail with 500: a "dead" provider. */
  dieAtCall: number | null;
  calls: { start: string | undefined; nextToken: string | undefined; accessKeyId: string }[];
  /** AssumeRole requests: the role asked for, the caller's access key id and the temporary key id handed out. */
  assumeRoleCalls: { roleArn: string; callerAccessKeyId: string; issuedAccessKeyId: string }[];
  /** BatchUpdateFindings requests as received (parsed JSON body), with the caller's access key id. */
  batchUpdates: { body: { FindingIdentifiers?: { Id: string; ProductArn: string }[]; Workflow?: { Status?: string }; Note?: { Text?: string; UpdatedBy?: string } }; accessKeyId: string }[];
  /** Responses to fail BatchUpdateFindings with before answering normally, consumed in order. */
  batchUpdateFailures: { status: number; type: string }[];
  /**
   * When set, GetFindings pages come from this function instead of `findings` (a generator for benchmarks, so a large
   * estate is never held in memory): it gets the filter window and offset and returns the page (the findings, or
   * the JSON text of their array, already serialized) and the next offset.
   */
  /** Indentation of JSON responses (0: compact), so a test can tell bytes kept verbatim from a re-serialization. */
  responseIndent: number;
  /**
   * Security Hub's published GetFindings quota, enforced like the service (a token bucket per caller: `ratePerSecond`
   * refill, `burst` capacity; over it → 429 TooManyRequestsException). Null: unlimited.
   */
  getFindingsQuota: { ratePerSecond: number; burst: number } | null;
  /** GetFindings calls refused by the quota. */
  throttled: number;
  pageSource: ((input: { start?: string; end?: string; offset: number; size: number }) => { page: unknown[] | string; next?: number }) | null;
  close(): Promise<void>;
};

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakeAws(): Promise<TFakeAws> {
  const state = {
    findings: [] as TFakeFinding[],
    guardDutyFindings: [] as (Record<string, unknown> & { id: string; updatedAt: string })[],
    failures: [] as { status: number; type: string }[],
    badCredentialRegions: new Set<string>(),
    dieAtCall: null as number | null,
    calls: [] as TFakeAws["calls"],
    assumeRoleCalls: [] as TFakeAws["assumeRoleCalls"],
    batchUpdates: [] as TFakeAws["batchUpdates"],
    batchUpdateFailures: [] as TFakeAws["batchUpdateFailures"],
    pageSource: null as TFakeAws["pageSource"],
    responseIndent: 0,
    getFindingsQuota: null as TFakeAws["getFindingsQuota"],
    throttled: 0,
  };
  // The quota's bucket: starts full, refills continuously.
  const bucket = { tokens: Number.NaN, at: 0 };
  const withinQuota = (): boolean => {
    const quota = state.getFindingsQuota;
    if (!quota) return true;
    const now = performance.now();
    bucket.tokens = Number.isNaN(bucket.tokens) ? quota.burst : Math.min(quota.burst, bucket.tokens + ((now - bucket.at) / 1000) * quota.ratePerSecond);
    bucket.at = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const text = await body(req);
      const send = (status: number, payload: unknown, type?: string) => {
        res.writeHead(status, { "content-type": "application/json", ...(type ? { "x-amzn-errortype": type } : {}) });
        res.end(JSON.stringify(payload, null, state.responseIndent || undefined));
      };
      const region = /Credential=[^/]+\/\d+\/([^/]+)\//.exec(req.headers.authorization ?? "")?.[1] ?? "";
      if (state.badCredentialRegions.has(region)) return send(403, { message: "The security token included in the request is invalid." }, "UnrecognizedClientException");
      const accessKeyId = /Credential=([^/]+)\//.exec(req.headers.authorization ?? "")?.[1] ?? "";
      const route = req.url?.split("?")[0] ?? "";
      if (req.method === "POST" && route === "/" && text.includes("Action=AssumeRole")) {
        const form = new URLSearchParams(text);
        const issuedAccessKeyId = `ASIAFAKE${String(state.assumeRoleCalls.length + 1).padStart(8, "0")}`;
        state.assumeRoleCalls.push({ roleArn: form.get("RoleArn") ?? "", callerAccessKeyId: accessKeyId, issuedAccessKeyId });
        const expiration = new Date(Date.now() + 3_600_000).toISOString();
        res.writeHead(200, { "content-type": "text/xml" });
        return res.end(
          `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>` +
            `<AccessKeyId>${issuedAccessKeyId}</AccessKeyId><SecretAccessKey>fake-assumed-secret</SecretAccessKey>` +
            `<SessionToken>fake-session-token</SessionToken><Expiration>${expiration}</Expiration></Credentials>` +
            `<AssumedRoleUser><Arn>${form.get("RoleArn") ?? ""}/${form.get("RoleSessionName") ?? ""}</Arn><AssumedRoleId>AROAFAKE:${form.get("RoleSessionName") ?? ""}</AssumedRoleId></AssumedRoleUser>` +
            `</AssumeRoleResult><ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata></AssumeRoleResponse>`,
        );
      }
      if (req.method === "PATCH" && route === "/findings/batchupdate") {
        const failure = state.batchUpdateFailures.shift();
        if (failure) return send(failure.status, { message: "injected" }, failure.type);
        const input = JSON.parse(text || "{}") as TFakeAws["batchUpdates"][number]["body"];
        state.batchUpdates.push({ body: input, accessKeyId });
        return send(200, { ProcessedFindings: input.FindingIdentifiers ?? [], UnprocessedFindings: [] });
      }
      if (req.method === "GET" && route === "/detector") return send(200, { detectorIds: ["det-1"] });
      if (req.method === "POST" && route === "/detector/det-1/findings") {
        const input = JSON.parse(text || "{}") as { findingCriteria?: { criterion?: { updatedAt?: { greaterThanOrEqual?: number } } }; maxResults?: number; nextToken?: string };
        const since = input.findingCriteria?.criterion?.updatedAt?.greaterThanOrEqual ?? 0;
        const matching = state.guardDutyFindings.filter((f) => Date.parse(f.updatedAt) >= since).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
        const offset = Number(input.nextToken ?? "0");
        const size = Math.min(input.maxResults ?? 50, 50);
        const next = offset + size < matching.length ? String(offset + size) : "";
        return send(200, { findingIds: matching.slice(offset, offset + size).map((f) => f.id), nextToken: next });
      }
      if (req.method === "POST" && route === "/detector/det-1/findings/get") {
        const ids = new Set((JSON.parse(text || "{}") as { findingIds?: string[] }).findingIds ?? []);
        return send(200, { findings: state.guardDutyFindings.filter((f) => ids.has(f.id)) });
      }
      if (req.method !== "POST" || route !== "/findings") return send(404, { message: "Unknown operation" }, "ResourceNotFoundException");
      const input = JSON.parse(text || "{}") as { Filters?: { UpdatedAt?: { Start?: string; End?: string }[] }; MaxResults?: number; NextToken?: string };
      state.calls.push({ start: input.Filters?.UpdatedAt?.[0]?.Start, nextToken: input.NextToken, accessKeyId });
      if (state.dieAtCall !== null && state.calls.length >= state.dieAtCall) return send(500, { message: "Internal failure" }, "InternalException");
      const failure = state.failures.shift();
      if (failure) return send(failure.status, { message: "injected" }, failure.type);
      if (!withinQuota()) {
        state.throttled += 1;
        return send(429, { message: "Rate exceeded" }, "TooManyRequestsException");
      }
      const start = input.Filters?.UpdatedAt?.[0]?.Start;
      const end = input.Filters?.UpdatedAt?.[0]?.End;
      if (state.pageSource) {
        const generated = state.pageSource({ start, end, offset: Number(input.NextToken ?? "0"), size: Math.min(input.MaxResults ?? 100, 100) });
        const nextToken = generated.next !== undefined ? { NextToken: String(generated.next) } : {};
        if (typeof generated.page !== "string") return send(200, { Findings: generated.page, ...nextToken });
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(`{"Findings":${generated.page}${generated.next !== undefined ? `,"NextToken":"${generated.next}"` : ""}}`);
      }
      const matching = state.findings
        .filter((f) => (!start || f.UpdatedAt >= start) && (!end || f.UpdatedAt <= end))
        .sort((a, b) => (a.UpdatedAt < b.UpdatedAt ? -1 : a.UpdatedAt > b.UpdatedAt ? 1 : a.Id < b.Id ? -1 : 1));
      const offset = Number(input.NextToken ?? "0");
      const size = Math.min(input.MaxResults ?? 100, 100);
      const page = matching.slice(offset, offset + size);
      const next = offset + size < matching.length ? String(offset + size) : undefined;
      send(200, { Findings: page, ...(next ? { NextToken: next } : {}) });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** A realistic ASFF finding built from a real sample, with its own Id, bucket and UpdatedAt. */
export function fakeFinding(base: Record<string, unknown>, n: number, updatedAt: string): TFakeFinding {
  return {
    ...base,
    Id: `arn:aws:securityhub:us-east-1:111111111111:subscription/fake/finding/${String(n).padStart(8, "0")}`,
    UpdatedAt: updatedAt,
    Resources: [{ Type: "AwsS3Bucket", Id: `arn:aws:s3:::bucket-${n % 37}`, Partition: "aws", Region: "us-east-1" }],
  };
}
