import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { getIncident } from "@/lib/incidents/service";
import { findOrganisationTimeZone, loadReportData } from "@/lib/reports/data";
import type { TReportOptions } from "@/lib/reports/schemas";
import { reportZone } from "@/lib/reports/time-zone";
import { buildExportBundle, buildReportPdf, CSV_EXPORTS, sha256Hex, type TCsvExport } from "@/lib/reports/exports";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { incidentReference } from "@/lib/incidents/reference";

export type TExportKind = "report.pdf" | "export.zip" | TCsvExport;

const CONTENT_TYPES = { pdf: "application/pdf", csv: "text/csv; charset=utf-8", zip: "application/zip" } as const;

function actorName(actor: TActor): string {
  return actor.kind === "user" ? `${actor.name} <${actor.email}>` : `API token “${actor.name}”`;
}

/**
 * Produces one export of an incident the actor may see (404 otherwise, like a missing incident) and records the
 * access on its timeline — who (the event's actor), what, and the SHA-256 of the exact bytes handed out — in one
 * transaction: an export is access to evidence, so no file leaves without its event.
 */
export async function exportIncident(actor: TActor, incidentId: string, kind: TExportKind, options: TReportOptions = {}) {
  assertCan(actor, "report.read");
  const incident = await getIncident(actor, incidentId);
  const generatedAt = new Date();
  const data = await loadReportData(incident.id);
  const context = { data, generatedAt, generatedBy: actorName(actor), zone: reportZone(options.timeZone, data.organisationTimeZone) };
  const bytes: Uint8Array =
    kind === "report.pdf"
      ? await buildReportPdf(context)
      : kind === "export.zip"
        ? await buildExportBundle(context)
        : new TextEncoder().encode(CSV_EXPORTS[kind](context.data));
  const format = kind === "report.pdf" ? "pdf" : kind === "export.zip" ? "zip" : "csv";
  const reference = incidentReference(incident.reference);
  const fileName = `${reference}-${kind}`;
  const sha256 = sha256Hex(bytes);
  await prisma.$transaction((tx) =>
    appendTimelineEvent(tx, { incidentId: incident.id, kind: "report.exported", actor, payload: { format, file: fileName, sha256, bytes: bytes.byteLength } }),
  );
  return { bytes, fileName, sha256, contentType: CONTENT_TYPES[format] };
}

/** What the console offers as the report's zone besides the viewer's own: the organisation's, if its profile names one. */
export async function getReportZoneDefault(actor: TActor): Promise<string | null> {
  assertCan(actor, "report.read");
  return findOrganisationTimeZone();
}
