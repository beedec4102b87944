import { seal, unseal } from "@/lib/crypto/field-encryption";
import { dataKey } from "@/lib/env";

/**
 * A connection's secrets at rest: sealed under the data key when one is configured ("sealed:" + base64), as given
 * otherwise (like webhook secrets on a console without a data key). Never returned by a route, never logged.
 */
const SEALED = "sealed:";

export function sealConnectionSecret(plain: string): string {
  const key = dataKey();
  return key ? SEALED + seal(key, plain).toString("base64") : plain;
}

export function openConnectionSecret(stored: string): string {
  if (!stored.startsWith(SEALED)) return stored;
  const key = dataKey();
  if (!key) throw new Error("a connection secret is sealed but no data key is configured");
  return unseal(key, Buffer.from(stored.slice(SEALED.length), "base64"));
}
