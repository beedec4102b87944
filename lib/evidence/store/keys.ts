/** The register's content address of some bytes: independent of where they are stored. */
export function storageKeyOf(sha256: string): string {
  return `sha256/${sha256.slice(0, 2)}/${sha256}`;
}

export function isStorageKey(key: string): boolean {
  return /^sha256\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key);
}

/** The hex SHA-256 a key addresses. */
export function sha256OfKey(key: string): string {
  if (!isStorageKey(key)) throw new Error("not an evidence storage key");
  return key.slice(key.lastIndexOf("/") + 1);
}
