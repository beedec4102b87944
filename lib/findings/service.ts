import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { can, type TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { recordAdminChange } from "@/lib/admin-log/record";
import { declareIncident } from "@/lib/incidents/service";
import { visibleIncidentsWhere } from "@/lib/auth/incident-access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countTriageQueueBySeverity, findDetectionLatencyByVia, findFinding, findTriageQueue } from "@/lib/findings/queries";
import { enqueueWriteback } from "@/lib/findings/writeback";
import { incidentDetection } from "@/lib/findings/latency";
import {
  ZCreateSourceInput,
  type TCreateSourceInput,
  ZDismissInput,
  ZFindingListQuery,
  ZLinkInput,
  ZOpenIncidentInput,
  type TDismissInput,
  type TFindingListQuery,
  type TLinkInput,
  type TOpenIncidentInput,
} from "@/lib/findings/schemas";

export async function listTriageQueue(actor: TActor, query: Partial<TFindingListQuery> = {}) {
  assertCan(actor, "finding.list");
  return findTriageQueue(ZFindingListQuery.parse(query));
}

/** What waits for triage, per severity, for the dashboard; null when the viewer may not see the queue. */
export async function triageBacklog(actor: TActor) {
  if (!can(actor, "finding.list")) return null;
  return countTriageQueueBySeverity();
}

export async function getFinding(actor: TActor, id: string) {
  assertCan(actor, "finding.read");
  const finding = await findFinding(id);
  if (!finding) throw AppError.notFound("The finding");
  // A need-to-know incident is not named to people who cannot see it, not even through its findings.
  if (finding.incident) {
    const visible = await prisma.incident.count({ where: { id: finding.incident.id, ...visibleIncidentsWhere(actor) } });
    if (visible === 0) return { ...finding, incidentId: null, incident: null, linkedToHiddenIncident: true };
  }
  return { ...finding, linkedToHiddenIncident: false };
}

/**
 * Links findings to an incident and writes one "finding.linked" event, in one transaction. Conditional write:
 * only findings not linked yet are taken; if any of them is already linked (or missing) nothing changes.
 */
export async function linkFindings(actor: TActor, input: TLinkInput, tx?: Prisma.TransactionClient) {
  assertCan(actor, "finding.triage");
  const data = ZLinkInput.parse(input);
  const run = async (db: Prisma.TransactionClient) => {
    const incident = await db.incident.findFirst({
      where: { id: data.incidentId, ...visibleIncidentsWhere(actor) },
      select: { id: true },
    });
    if (!incident) throw AppError.notFound("The incident");
    const ids = [...new Set(data.findingIds)];
    const { count } = await db.finding.updateMany({
      where: { id: { in: ids }, incidentId: null },
      data: { incidentId: incident.id, triage: "linked" },
    });
    if (count !== ids.length) {
      throw AppError.conflict("Some of these findings are already linked to an incident or no longer exist. Reload and try again.");
    }
    const findings = await db.finding.findMany({
      where: { id: { in: ids }, incidentId: incident.id },
      select: { id: true, title: true, severityLabel: true, productName: true, awsId: true },
      orderBy: { severityRank: "desc" },
    });
    await appendTimelineEvent(db, {
      incidentId: incident.id,
      kind: "finding.linked",
      actor,
      payload: {
        findings: findings.map((f) => ({ id: f.id, title: f.title, severity: f.severityLabel, product: f.productName, awsId: f.awsId })),
      },
    });
    // Optional Security Hub write-back: a queued job in this transaction, done later by the worker.
    await enqueueWriteback(db, { incidentId: incident.id, findingIds: ids });
    return { incidentId: incident.id, linked: count };
  };
  return tx ? run(tx) : prisma.$transaction(run);
}

/** Declares an incident from findings and links them, in one transaction. */
export async function openIncidentFromFindings(actor: TActor, input: TOpenIncidentInput) {
  assertCan(actor, "finding.triage");
  assertCan(actor, "incident.declare");
  const data = ZOpenIncidentInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const findings = await tx.finding.findMany({ where: { id: { in: data.findingIds } }, select: { title: true } });
    const summary = `Opened from ${findings.length} finding(s): ${findings.map((f) => f.title).join("; ")}`.slice(0, 10_000);
    const incident = await declareIncident(actor, { title: data.title, severity: data.severity, summary, commanderId: data.commanderId }, tx);
    await linkFindings(actor, { incidentId: incident.id, findingIds: data.findingIds }, tx);
    return incident;
  });
}

/** Dismisses findings from the triage queue with a reason (kept on the row). */
export async function dismissFindings(actor: TActor, input: TDismissInput) {
  assertCan(actor, "finding.triage");
  const data = ZDismissInput.parse(input);
  const { count } = await prisma.finding.updateMany({
    where: { id: { in: data.findingIds }, incidentId: null, triage: { in: ["new", "updated"] } },
    data: { triage: "dismissed", dismissedReason: data.reason },
  });
  return { dismissed: count };
}

/** Sources with their health: last error, and lag = now − watermark (how far behind the provider we are). */
export async function listSources(actor: TActor) {
  assertCan(actor, "source.list");
  const [sources, latencies] = await Promise.all([
    prisma.findingSource.findMany({ orderBy: [{ kind: "asc" }, { region: "asc" }] }),
    findDetectionLatencyByVia(),
  ]);
  const byVia = new Map(latencies.map((l) => [l.via, l]));
  // Detection latency (median, 7 days): first observed by AWS → first stored here, for findings this source brought.
  return sources.map((s) => {
    const latency = byVia.get(`pull:${s.kind}:${s.region}`);
    return { ...s, detectionP50Ms: latency ? Math.round(latency.p50Ms) : null, detectedFindings: latency?.findings ?? 0 };
  });
}

export async function createSource(actor: TActor, input: TCreateSourceInput) {
  assertCan(actor, "source.manage");
  const data = ZCreateSourceInput.parse(input);
  const existing = await prisma.findingSource.findUnique({ where: { kind_region_roleArn: data } });
  if (existing) throw AppError.conflict("This source is already configured.");
  return prisma.$transaction(async (tx) => {
    const source = await tx.findingSource.create({ data, select: { id: true } });
    await recordAdminChange(tx, actor, {
      action: "source.created",
      target: { type: "source", id: source.id, label: `${data.kind} ${data.region}` },
      before: null,
      after: { kind: data.kind, region: data.region, roleArn: data.roleArn },
    });
    return source;
  });
}

/**
 * Detection latency of an incident: first finding observed (by the provider) → incident declared. Scoped to an
 * incident the actor may see (need-to-know incidents answer "not found" like missing ones).
 */
export async function getIncidentDetection(actor: TActor, incidentId: string) {
  assertCan(actor, "finding.read");
  const incident = await prisma.incident.findFirst({
    where: { id: incidentId, ...visibleIncidentsWhere(actor) },
    select: { declaredAt: true, findings: { select: { firstObservedAt: true } } },
  });
  if (!incident) throw AppError.notFound("The incident");
  return incidentDetection(incident.declaredAt, incident.findings.map((f) => f.firstObservedAt));
}
