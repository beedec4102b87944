import { AsyncLocalStorage } from "node:async_hooks";

/**
 * GET and HEAD must not change anything: browsers send them cross-site with the session cookie (links, images,
 * prefetches) and the same-origin check does not apply to them. withRoute runs those handlers inside
 * `runReadOnly`, and the writes that record access (timeline events, custody entries) call `assertMayWrite`, so a
 * GET that writes fails in the first test that reaches it instead of shipping.
 */
const readOnly = new AsyncLocalStorage<{ method: string }>();

export function runReadOnly<T>(method: string, work: () => Promise<T>): Promise<T> {
  return readOnly.run({ method }, work);
}

export function assertMayWrite(what: string): void {
  const context = readOnly.getStore();
  if (context) throw new Error(`A ${context.method} request tried to write ${what}; state-changing routes must be POST, PUT, PATCH or DELETE.`);
}
