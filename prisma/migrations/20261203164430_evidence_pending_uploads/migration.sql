-- CreateTable
CREATE TABLE "evidence_pending_uploads" (
    "storage_key" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pending_uploads_pkey" PRIMARY KEY ("storage_key")
);
