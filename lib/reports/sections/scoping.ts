import "server-only";
import { prisma } from "@/lib/db";
import type { TScopingParameters, TScopingResult } from "@/lib/access-reconstruction/types";
import { instantText, iso, type TBlock } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * Scoping from CloudTrail: the latest finished reconstruction — which stores the suspects touched, how, when and from
 * where, with its evidence item — and every logging gap said first, in words (times in the sentences are UTC).
 */
export const scopingSection: TReportSection = {
  id: "scoping",
  title: "Scoping: access reconstructed from CloudTrail",
  async build({ data, zone }) {
    const run = await prisma.scopingRun.findFirst({
      where: { incidentId: data.incident.id, status: "succeeded" },
      orderBy: { finishedAt: "desc" },
      select: { id: true, parameters: true, result: true, resultSha256: true, evidenceId: true, finishedAt: true, requestedByLabel: true, linkedArns: true },
    });
    if (!run) return { blocks: [{ kind: "paragraph", text: "No CloudTrail access reconstruction has finished for this incident.", tone: "muted" }], json: null };
    const parameters = run.parameters as TScopingParameters;
    const result = run.result as TScopingResult;
    const at = (value: string | Date | null) => instantText(value, zone.zone);
    const blocks: TBlock[] = [
      {
        kind: "paragraph",
        text: `Reconstruction of ${[...parameters.accessKeyIds, ...parameters.principals, ...parameters.sourceIps].join(", ")} from ${at(parameters.start)} to ${at(parameters.end)} in ${parameters.accountId ? `account ${parameters.accountId}, ` : ""}${parameters.region}, requested by ${run.requestedByLabel}, finished ${at(run.finishedAt)}.`,
      },
      result.gaps.length === 0
        ? { kind: "paragraph", text: "No logging gap: management and data events were logged for every store assessed through the window." }
        : { kind: "paragraph", text: `${count(result.gaps.length, "logging gap")}: some access cannot be reconstructed.`, tone: "alert" },
      ...result.gaps.map((gap): TBlock => ({ kind: "paragraph", text: gap, tone: "alert" })),
      result.stores.length === 0
        ? { kind: "paragraph", text: "The suspects touched no data store in the window, as far as the logs show.", tone: "muted" }
        : {
            kind: "table",
            columns: [
              { label: "Store", width: 0.24 }, { label: "Objects or items", width: 0.1 }, { label: "Read / list / copy / policy", width: 0.14 },
              { label: "First – last", width: 0.22 }, { label: "By, from", width: 0.22 }, { label: "Linked", width: 0.08 },
            ],
            rows: result.stores.map((s) => [
              s.storeArn,
              s.objectCount.toLocaleString("en-US"),
              `${s.actions.read} / ${s.actions.list} / ${s.actions.copy} / ${s.actions["policy-change"]}`,
              `${at(s.first)} – ${at(s.last)}`,
              `${[...s.accessKeyIds, ...s.principals].join(", ")}; ${s.sourceIps.join(", ")}`,
              run.linkedArns.includes(s.storeArn) ? "yes" : "no",
            ]),
          },
      { kind: "entry", title: "Evidence: the queries, their parameters and CloudTrail's full answers", lines: [{ text: `Evidence item ${run.evidenceId}` }, { text: `SHA-256 ${run.resultSha256}`, mono: true }] },
    ];
    return { blocks, json: { runId: run.id, finishedAt: iso(run.finishedAt), parameters, result, evidenceId: run.evidenceId, sha256: run.resultSha256, linkedArns: run.linkedArns } };
  },
};
