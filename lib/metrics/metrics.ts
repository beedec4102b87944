/**
 * Response metrics across incidents (pure). Every duration is measured from the first moment a provider observed a
 * linked finding; an incident with no linked finding has no starting point and is left out of those medians (it is
 * still counted for deadlines).
 */

export type TMetricNotice = { ruleId: string; recipient: string; dueAt: Date | null; metAt: Date | null };

export type TIncidentMetricInput = {
  id: string;
  reference: number;
  title: string;
  firstObservedAt: Date | null;
  /** The current (not superseded) declared "aware" moment. */
  awareAt: Date | null;
  declaredAt: Date;
  /** When the phase first moved to contained. */
  containedAt: Date | null;
  notices: TMetricNotice[];
};

export type TDeadlineOutcome = "met_on_time" | "met_late" | "missed" | "pending";

export function deadlineOutcome(notice: TMetricNotice, now: Date): TDeadlineOutcome | null {
  if (notice.dueAt === null) return notice.metAt ? "met_on_time" : null;
  if (notice.metAt) return notice.metAt.getTime() <= notice.dueAt.getTime() ? "met_on_time" : "met_late";
  return notice.dueAt.getTime() < now.getTime() ? "missed" : "pending";
}

const since = (from: Date | null, to: Date | null) => (from && to ? to.getTime() - from.getTime() : null);

export function incidentMetrics(input: TIncidentMetricInput, now: Date) {
  return {
    id: input.id,
    reference: input.reference,
    title: input.title,
    toAwarenessMs: since(input.firstObservedAt, input.awareAt),
    toDeclarationMs: since(input.firstObservedAt, input.declaredAt),
    toContainmentMs: since(input.firstObservedAt, input.containedAt),
    notices: input.notices
      .filter((n) => n.dueAt !== null || n.metAt !== null)
      .map((n) => ({
        ruleId: n.ruleId,
        recipient: n.recipient,
        toNoticeMs: since(input.firstObservedAt, n.metAt),
        /** Positive: sent this long before the deadline; negative: this long after. Null until sent. */
        marginMs: n.metAt && n.dueAt ? n.dueAt.getTime() - n.metAt.getTime() : null,
        outcome: deadlineOutcome(n, now),
      })),
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarizeMetrics(inputs: readonly TIncidentMetricInput[], now: Date) {
  const incidents = inputs.map((input) => incidentMetrics(input, now));
  const values = (pick: (m: (typeof incidents)[number]) => number | null) =>
    incidents.map(pick).filter((v): v is number => v !== null);
  const outcomes = { met_on_time: 0, met_late: 0, missed: 0, pending: 0 };
  for (const m of incidents) for (const n of m.notices) if (n.outcome) outcomes[n.outcome] += 1;
  const decided = outcomes.met_on_time + outcomes.met_late + outcomes.missed;
  const toNotice = incidents.flatMap((m) => m.notices.map((n) => n.toNoticeMs)).filter((v): v is number => v !== null);
  return {
    incidents,
    medians: {
      toAwarenessMs: median(values((m) => m.toAwarenessMs)),
      toDeclarationMs: median(values((m) => m.toDeclarationMs)),
      toContainmentMs: median(values((m) => m.toContainmentMs)),
      toNoticeMs: median(toNotice),
    },
    deadlines: {
      ...outcomes,
      /** Met on time among deadlines that are decided (met, or passed without a notice); null when none is. */
      shareOnTime: decided === 0 ? null : outcomes.met_on_time / decided,
    },
  };
}
