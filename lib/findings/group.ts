type TGroupable = { resources: unknown };

/** Groups findings by their first (primary) affected resource, keeping the input order inside each group. */
export function groupByResource<T extends TGroupable>(items: T[]): { resource: string; resourceType: string; items: T[] }[] {
  const groups = new Map<string, { resource: string; resourceType: string; items: T[] }>();
  for (const item of items) {
    const first = (Array.isArray(item.resources) ? item.resources[0] : undefined) as { id?: string; type?: string } | undefined;
    const resource = first?.id ?? "Unknown resource";
    let group = groups.get(resource);
    if (!group) {
      group = { resource, resourceType: first?.type ?? "Other", items: [] };
      groups.set(resource, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}
