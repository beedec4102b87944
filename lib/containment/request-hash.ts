import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/hashing/canonical-json";

/** Exactly what an approver approves: what runs, where, as whom, with which values. */
export type THashedRequest = {
  runbook: string;
  version: number;
  parameters: Record<string, string>;
  account: string;
  region: string;
  role: string;
};

/** SHA-256 (hex) of the RFC 8785 canonical JSON of the request: the same request hashes the same on any machine. */
export function containmentRequestHash(request: THashedRequest): string {
  const { runbook, version, parameters, account, region, role } = request;
  return createHash("sha256").update(canonicalJson({ runbook, version, parameters, account, region, role }), "utf8").digest("hex");
}
