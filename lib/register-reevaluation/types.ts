/** Shapes the Organisation page and the incident pages read (no server code: client components import them). */

/** How far the latest organisation-profile re-evaluation has got, for the Organisation page. */
export type TReevaluationProgress = {
  runId: string;
  cause: string;
  startedBy: string;
  startedAt: string;
  total: number;
  done: number;
  failed: number;
  pending: number;
  state: "running" | "finished" | "superseded";
  finishedAt: string | null;
  /** The latest incident settled, to tell a stalled run (no worker) from a slow one. */
  lastProgressAt: string | null;
  /** A need-to-know incident the reader cannot see is named by its reference only (title null). */
  failures: { incidentId: string; reference: string; title: string | null; reason: string }[];
};

/**
 * Whether an incident's clocks still wait for the organisation profile's re-evaluation (pending in the current
 * run) or could not follow it (failed, not settled since): its pages must say so rather than look settled.
 */
export type TIncidentReevaluation = { state: "pending" | "failed"; since: string; reason: string | null } | null;

