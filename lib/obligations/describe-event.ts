/**
 * Pure: one line of text for the clock-facts and register timeline events (rendered as text by the timeline list).
 * Returns null for kinds it does not know.
 */
type TPayload = Record<string, unknown>;
type TRef = { ruleId: string; recipient: string };

const short = (value: unknown) => {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};
const ref = (r: TRef) => `${r.ruleId} (${r.recipient})`;

export function describeClockEvent(kind: string, payload: TPayload | null): string | null {
  if (!payload) return null;
  switch (kind) {
    case "moment.declared": {
      const supersedes = payload.supersedes as { at: string } | null;
      return `${String(payload.moment)} at ${String(payload.at)}${supersedes ? ` (corrects ${supersedes.at})` : ""}: ${String(payload.reason)}`;
    }
    case "facts.changed": {
      const changes = (payload.changes as { field: string; from: unknown; to: unknown }[]) ?? [];
      return `${changes.map((c) => `${c.field}: ${short(c.from)} → ${short(c.to)}`).join("; ")}. Why: ${String(payload.reason)}`;
    }
    case "obligations.reevaluated": {
      const added = (payload.added as (TRef & { dueAt: string | null })[]) ?? [];
      const retired = (payload.retired as TRef[]) ?? [];
      const retimed = (payload.retimed as (TRef & { from: string | null; to: string | null })[]) ?? [];
      const applicability = (payload.applicability as (TRef & { from: string; to: string })[]) ?? [];
      const parts = [
        added.length ? `added ${added.map((a) => `${ref(a)}${a.dueAt ? ` due ${a.dueAt}` : ""}`).join(", ")}` : "",
        retimed.length ? `re-timed ${retimed.map((r) => `${ref(r)} ${r.from ?? "none"} → ${r.to ?? "none"}`).join(", ")}` : "",
        retired.length ? `retired ${retired.map(ref).join(", ")}` : "",
        applicability.length ? `applicability ${applicability.map((a) => `${ref(a)} ${a.from} → ${a.to}`).join(", ")}` : "",
      ].filter(Boolean);
      return `${parts.join("; ")} (${String(payload.cause)})`;
    }
    case "obligation.owner-changed": {
      const to = payload.to as { name: string } | null;
      return `${String(payload.ruleId)} (${String(payload.recipient)}): owner ${to ? to.name : "removed"}`;
    }
    case "obligation.met": {
      const via = payload.via as { label: string } | undefined;
      return `${String(payload.ruleId)} (${String(payload.recipient)}) ${payload.late ? "met late" : "met"} at ${String(payload.metAt)}${via ? ` by ${via.label}` : ""}`;
    }
    default:
      return null;
  }
}
