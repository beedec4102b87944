import { createHash } from "node:crypto";
import JSZip from "jszip";
import { instantText, iso } from "@/lib/reports/blocks";
import { toCsv, type TCsvColumn } from "@/lib/csv/write-csv";
import type { TReportData } from "@/lib/reports/data";
import { obligationsCsv } from "@/lib/reports/obligations-csv";
import { renderPdf } from "@/lib/reports/pdf";
import type { TReportContext } from "@/lib/reports/section";
import { REPORT_SECTIONS } from "@/lib/reports/sections";
import { incidentReference } from "@/lib/incidents/reference";

export const sha256Hex = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

const reference = (data: TReportData) => incidentReference(data.incident.reference);

/** Builds every section once: the PDF and the bundle show the same content. */
async function buildSections(context: TReportContext) {
  return Promise.all(REPORT_SECTIONS.map(async (section) => ({ section, ...(await section.build(context)) })));
}

export async function buildReportPdf(context: TReportContext, built?: Awaited<ReturnType<typeof buildSections>>): Promise<Uint8Array> {
  const sections = built ?? (await buildSections(context));
  const ref = reference(context.data);
  return renderPdf(
    {
      title: `${ref} incident report`,
      subtitle: `${context.data.incident.title} — generated ${instantText(context.generatedAt, context.zone.zone)} by ${context.generatedBy}`,
      footer: `${ref} · Breachdesk incident report · generated ${instantText(context.generatedAt, context.zone.zone)}`,
      createdAt: context.generatedAt,
    },
    sections.map(({ section, blocks }) => ({ title: section.title, blocks })),
  );
}

type TTimelineRow = TReportData["timeline"][number];
type TFindingRow = TReportData["findings"][number];

const TIMELINE_COLUMNS: TCsvColumn<TTimelineRow>[] = [
  { header: "sequence", value: (e) => e.sequence },
  { header: "kind", value: (e) => e.kind },
  { header: "occurred_at", value: (e) => e.occurredAt },
  { header: "recorded_at", value: (e) => e.recordedAt },
  { header: "actor", value: (e) => e.actorLabel },
  { header: "payload", value: (e) => e.payload },
  { header: "prev_hash", value: (e) => e.prevHash },
  { header: "hash", value: (e) => e.hash },
];

const FINDING_COLUMNS: TCsvColumn<TFindingRow>[] = [
  { header: "id", value: (f) => f.id },
  { header: "aws_id", value: (f) => f.awsId },
  { header: "title", value: (f) => f.title },
  { header: "severity", value: (f) => f.severityLabel },
  { header: "product", value: (f) => f.productName },
  { header: "account", value: (f) => f.awsAccountId },
  { header: "region", value: (f) => f.region },
  { header: "resources", value: (f) => f.resourceIds.join(" ") },
  { header: "first_observed_at", value: (f) => f.firstObservedAt },
  { header: "provider_updated_at", value: (f) => f.sourceUpdatedAt },
  { header: "record_state", value: (f) => f.recordState },
  { header: "workflow_status", value: (f) => f.workflowStatus },
  { header: "sha256", value: (f) => f.currentHash },
];

export const CSV_EXPORTS = {
  "timeline.csv": (data: TReportData) => toCsv(TIMELINE_COLUMNS, data.timeline),
  "findings.csv": (data: TReportData) => toCsv(FINDING_COLUMNS, data.findings),
  "obligations.csv": (data: TReportData) => obligationsCsv(data.obligations, data.coverage),
} as const;

export type TCsvExport = keyof typeof CSV_EXPORTS;
export const CSV_EXPORT_NAMES = Object.keys(CSV_EXPORTS) as [TCsvExport, ...TCsvExport[]];

export const BUNDLE_FORMAT = "breachdesk-export/1";

/**
 * The complete export: sections/<id>.json for every report section, report.pdf, the three CSVs, and manifest.json
 * listing every other file with its SHA-256 and size — so a second tool can check the bundle with nothing but a
 * zip reader and a SHA-256.
 */
export async function buildExportBundle(context: TReportContext): Promise<Uint8Array> {
  const built = await buildSections(context);
  const files: [string, Uint8Array][] = [];
  const encoder = new TextEncoder();
  for (const { section, json } of built) files.push([`sections/${section.id}.json`, encoder.encode(`${JSON.stringify(json, null, 2)}\n`)]);
  for (const name of CSV_EXPORT_NAMES) files.push([`csv/${name}`, encoder.encode(CSV_EXPORTS[name](context.data))]);
  files.push(["report.pdf", await buildReportPdf(context, built)]);

  const manifest = {
    format: BUNDLE_FORMAT,
    incident: { id: context.data.incident.id, reference: reference(context.data), title: context.data.incident.title },
    generatedAt: iso(context.generatedAt),
    generatedBy: context.generatedBy,
    files: files.map(([path, bytes]) => ({ path, sha256: sha256Hex(bytes), bytes: bytes.byteLength })),
  };
  const zip = new JSZip();
  const date = context.generatedAt;
  zip.file("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const [path, bytes] of files) zip.file(path, bytes, { date });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
