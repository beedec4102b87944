import "server-only";
import { GetFindingsCommand, type SecurityHubClient } from "@aws-sdk/client-securityhub";
import {
  GetFindingsCommand as GetGuardDutyFindingsCommand,
  type GuardDutyClient,
  ListDetectorsCommand,
  ListFindingsCommand,
} from "@aws-sdk/client-guardduty";
import { INGEST_BATCH_SIZE, type TIncomingFinding } from "@/lib/findings/ingest";
import { handled, type TPullCommits } from "@/lib/findings/pull-commits";
import { sendKeepingWireJson, wireList } from "@/lib/findings/wire-json";

export type TPullProgress = { fetched: number; pages: number };

/**
 * Security Hub: GetFindings 100 per page, UpdatedAt from `start` to now, oldest first. Pages are committed in
 * groups of about INGEST_BATCH_SIZE findings (a transaction per 100 findings spent more on its own round trips than
 * on the rows). One page is fetched ahead and a group is prepared while the group before it commits; at most one
 * group waits, so memory stays flat however many pages there are. Throttling and 5xx are retried by the SDK's
 * standard retry strategy with exponential backoff.
 */
export async function pullSecurityHub(client: SecurityHubClient, start: Date, commits: TPullCommits, progress: TPullProgress) {
  // One window for every page of this pull: a NextToken belongs to the query that produced it.
  const end = new Date().toISOString();
  const fetchPage = (nextToken: string | undefined) =>
    sendKeepingWireJson(
      new GetFindingsCommand({
        Filters: { UpdatedAt: [{ Start: start.toISOString(), End: end }] },
        SortCriteria: [{ Field: "UpdatedAt", SortOrder: "asc" }],
        MaxResults: 100,
        ...(nextToken ? { NextToken: nextToken } : {}),
      }),
      (command) => client.send(command),
    );
  let pending: ReturnType<typeof fetchPage> | undefined = fetchPage(undefined);
  let previousCommit: Promise<void> = Promise.resolve();
  let group: TIncomingFinding[] = [];
  while (pending) {
    let page: Awaited<ReturnType<typeof fetchPage>>;
    try {
      page = await pending;
    } catch (error) {
      // Whatever was fetched before the failure is stored (with its watermark) so the next run starts after it.
      if (group.length > 0) await Promise.all([previousCommit, commits.commit(group)]);
      throw error;
    }
    const nextToken = typeof page.value.NextToken === "string" && page.value.NextToken ? page.value.NextToken : undefined;
    pending = nextToken ? handled(fetchPage(nextToken)) : undefined;
    const findings = wireList(page, "Findings");
    progress.fetched += findings.length;
    progress.pages += 1;
    group.push(...findings);
    if (group.length < INGEST_BATCH_SIZE && pending) continue;
    const thisCommit = commits.commit(group);
    group = [];
    await previousCommit;
    previousCommit = thisCommit;
  }
  await previousCommit;
}

/**
 * GuardDuty: every detector of the region (ListDetectors), finding ids updated since `start`, oldest first
 * (ListFindings, 50 per page), then the findings themselves (GetFindings) as GuardDuty's native camelCase JSON
 * from the wire, which is what is normalized and stored.
 */
export async function pullGuardDuty(client: GuardDutyClient, start: Date, commits: TPullCommits, progress: TPullProgress) {
  const detectors = await client.send(new ListDetectorsCommand({}));
  for (const detectorId of detectors.DetectorIds ?? []) {
    let nextToken: string | undefined;
    do {
      const list = await client.send(
        new ListFindingsCommand({
          DetectorId: detectorId,
          FindingCriteria: { Criterion: { updatedAt: { GreaterThanOrEqual: start.getTime() } } },
          SortCriteria: { AttributeName: "updatedAt", OrderBy: "ASC" },
          MaxResults: 50,
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      );
      const ids = list.FindingIds ?? [];
      if (ids.length > 0) {
        const got = await sendKeepingWireJson(
          new GetGuardDutyFindingsCommand({ DetectorId: detectorId, FindingIds: ids }),
          (command) => client.send(command),
        );
        const findings = wireList(got, "findings");
        progress.fetched += findings.length;
        progress.pages += 1;
        await commits.commit(findings);
      }
      nextToken = list.NextToken || undefined;
    } while (nextToken);
  }
}
