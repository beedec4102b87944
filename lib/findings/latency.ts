/** Detection latency: from when the provider first observed the activity to when the console first stored it. Pure. */
export function detectionLatencyMs(firstObservedAt: Date | null, firstIngestedAt: Date): number | null {
  if (!firstObservedAt) return null;
  return Math.max(0, firstIngestedAt.getTime() - firstObservedAt.getTime());
}

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return `${Math.round(ms / 1000)} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export type TIncidentDetection = {
  findings: number;
  /** The earliest first-observed moment among the incident's findings (null when none says when). */
  firstObservedAt: Date | null;
  declaredAt: Date;
  /** First finding observed → incident declared; null without an observation, 0 when declared before it. */
  observedToDeclaredMs: number | null;
};

/** An incident's detection latency from its linked findings' first-observed moments. Pure. */
export function incidentDetection(declaredAt: Date, firstObserved: (Date | null)[]): TIncidentDetection {
  const known = firstObserved.filter((d): d is Date => d !== null).map((d) => d.getTime());
  const first = known.length > 0 ? new Date(Math.min(...known)) : null;
  return {
    findings: firstObserved.length,
    firstObservedAt: first,
    declaredAt,
    observedToDeclaredMs: first ? Math.max(0, declaredAt.getTime() - first.getTime()) : null,
  };
}
