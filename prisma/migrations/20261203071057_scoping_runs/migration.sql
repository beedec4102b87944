-- CreateTable
CREATE TABLE "scoping_runs" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "parameters" JSONB NOT NULL,
    "region" TEXT NOT NULL,
    "role_arn" TEXT NOT NULL DEFAULT '',
    "lake_query" TEXT,
    "claim_token" UUID,
    "claimed_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "result" JSONB,
    "evidence_id" UUID,
    "result_sha256" TEXT,
    "linked_arns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "failure" TEXT,
    "requested_by_id" UUID,
    "requested_by_label" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "scoping_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "scoping_runs_incident_id_created_at_idx" ON "scoping_runs"("incident_id", "created_at");

-- CreateIndex
CREATE INDEX "scoping_runs_status_idx" ON "scoping_runs"("status");

-- Hand-written: the references (kept out of the Prisma models, like the containment tables', so the Incident model
-- stays untouched) and the statuses a run may have.
ALTER TABLE "scoping_runs" ADD CONSTRAINT "scoping_runs_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "scoping_runs" ADD CONSTRAINT "scoping_runs_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "scoping_runs" ADD CONSTRAINT "scoping_runs_status_check" CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed'));
