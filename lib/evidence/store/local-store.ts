import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { evidenceSettings } from "@/lib/env";
import { isStorageKey } from "@/lib/evidence/store/keys";
import type { TEvidenceStore } from "@/lib/evidence/store/types";

export function localPath(key: string): string {
  if (!isStorageKey(key)) throw new Error("not an evidence storage key");
  return path.join(evidenceSettings().dir, key);
}

/** Files under `<dir>/sha256/<first two hex>/<sha256>`; the legal hold is the register's (and its CHECK constraint). */
export const localStore: TEvidenceStore = {
  kind: "local",
  async putFile(tempPath, sha256) {
    const key = `sha256/${sha256.slice(0, 2)}/${sha256}`;
    const target = localPath(key);
    await mkdir(path.dirname(target), { recursive: true });
    // The temporary file is in the same directory tree, so the rename is atomic: no half-written file at the address.
    if (!(await stat(target).catch(() => null))) await rename(tempPath, target);
    return key;
  },
  async get(key): Promise<Readable> {
    return createReadStream(localPath(key));
  },
  async exists(key) {
    return Boolean(await stat(localPath(key)).catch(() => null));
  },
  async holdEnforced() {
    return false;
  },
  async setLegalHold() {},
  async setRetention() {},
};
