import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const evidenceSelect = {
  id: true,
  incidentId: true,
  kind: true,
  name: true,
  description: true,
  sha256: true,
  hashSource: true,
  sizeBytes: true,
  mediaType: true,
  uri: true,
  storageKey: true,
  custodianLabel: true,
  custodian: { select: { id: true, name: true } },
  legalHold: true,
  legalHoldReason: true,
  deletedAt: true,
  deletedReason: true,
  version: true,
  createdByLabel: true,
  createdAt: true,
} as const;

export type TEvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

/** An incident's register, newest first, each item with its chain of custody (oldest entry first). */
export function findEvidenceList(incidentId: string, db: TDbClient = prisma) {
  return db.evidence.findMany({
    where: { incidentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      ...evidenceSelect,
      custody: { orderBy: { at: "asc" }, select: { id: true, action: true, actorLabel: true, reason: true, detail: true, at: true } },
    },
  });
}

/** One item, scoped to its incident (never by id alone). */
export function findEvidence(incidentId: string, evidenceId: string, db: TDbClient = prisma) {
  return db.evidence.findFirst({ where: { id: evidenceId, incidentId }, select: evidenceSelect });
}

/** The live (not deleted) stored file with these bytes on this incident, if any. */
export function findStoredDuplicate(incidentId: string, sha256: string, db: TDbClient = prisma) {
  return db.evidence.findFirst({ where: { incidentId, sha256, kind: "file", deletedAt: null }, select: evidenceSelect });
}

/** The stored file with these bytes on this incident: the live one, else the most recently deleted (refused as such). */
export function findFileBySha256(incidentId: string, sha256: string, db: TDbClient = prisma) {
  return db.evidence.findFirst({
    where: { incidentId, sha256, kind: "file" },
    orderBy: [{ deletedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: evidenceSelect,
  });
}
