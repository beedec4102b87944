import "server-only";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { visibleIncidentsWhere } from "@/lib/auth/incident-access";
import { summarizeMetrics } from "@/lib/metrics/metrics";
import { findMetricInputs } from "@/lib/metrics/queries";

/** Metrics over the incidents this actor may see: a need-to-know incident counts only for those who can see it. */
export async function getMetrics(actor: TActor, now = new Date()) {
  assertCan(actor, "metrics.read");
  return summarizeMetrics(await findMetricInputs(visibleIncidentsWhere(actor)), now);
}
