import { COUNTS_OBJECTS } from "@/lib/access-reconstruction/classify";
import type { TAccessEvent, TStoreAccess } from "@/lib/access-reconstruction/types";

const SAMPLE = 200;

/** Events (the same event may come from several lookups: deduplicated by id) → one access summary per store, most events first. */
export function summarizeAccess(events: readonly TAccessEvent[]): TStoreAccess[] {
  const seen = new Set<string>();
  const byStore = new Map<string, { events: TAccessEvent[]; objects: Set<string> }>();
  for (const event of events) {
    const id = event.eventId || `${event.time}|${event.eventName}|${event.storeArn}|${event.object}`;
    if (seen.has(id) || !event.time) continue;
    seen.add(id);
    const entry = byStore.get(event.storeArn) ?? { events: [], objects: new Set<string>() };
    entry.events.push(event);
    if (event.object !== null && COUNTS_OBJECTS.has(event.action)) entry.objects.add(event.object);
    byStore.set(event.storeArn, entry);
  }
  const sorted = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort();
  return [...byStore.entries()]
    .map(([storeArn, { events: own, objects }]): TStoreAccess => {
      const times = own.map((e) => e.time).sort();
      const actions = { read: 0, list: 0, copy: 0, "policy-change": 0 };
      for (const e of own) actions[e.action] += 1;
      return {
        storeArn,
        storeKind: own[0]!.storeKind,
        storeName: own[0]!.storeName,
        events: own.length,
        actions,
        objectCount: objects.size,
        objects: sorted(objects).slice(0, SAMPLE),
        first: times[0]!,
        last: times.at(-1)!,
        principals: sorted(own.map((e) => e.principal)),
        accessKeyIds: sorted(own.map((e) => e.accessKeyId)),
        sourceIps: sorted(own.map((e) => e.sourceIp)),
      };
    })
    .sort((a, b) => b.events - a.events || a.storeArn.localeCompare(b.storeArn));
}
