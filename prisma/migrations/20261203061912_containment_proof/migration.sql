-- AlterTable
ALTER TABLE "organisation_profile" ADD COLUMN     "containment_target_hours" INTEGER;

-- CreateTable
CREATE TABLE "containment_execution_records" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "execution_id" UUID,
    "start_claim_token" UUID,
    "evidence_id" UUID NOT NULL,
    "sha256" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "containment_execution_records_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "containment_execution_records_execution_id_key" ON "containment_execution_records"("execution_id");

-- CreateIndex
CREATE UNIQUE INDEX "containment_execution_records_start_claim_token_key" ON "containment_execution_records"("start_claim_token");

-- CreateIndex
CREATE UNIQUE INDEX "containment_execution_records_evidence_id_key" ON "containment_execution_records"("evidence_id");

-- CreateIndex
CREATE INDEX "containment_execution_records_request_id_idx" ON "containment_execution_records"("request_id");

-- Hand-written: the references (kept out of the Prisma models, like the other containment tables' references to
-- shared tables), the value rules, and the history rule.
ALTER TABLE "organisation_profile"
    ADD CONSTRAINT "organisation_profile_containment_target_hours_range"
        CHECK ("containment_target_hours" IS NULL OR "containment_target_hours" BETWEEN 1 AND 720);

ALTER TABLE "containment_execution_records"
    ADD CONSTRAINT "containment_execution_records_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "containment_requests"("id") ON DELETE RESTRICT,
    ADD CONSTRAINT "containment_execution_records_execution_id_fkey" FOREIGN KEY ("execution_id") REFERENCES "containment_executions"("id") ON DELETE RESTRICT,
    ADD CONSTRAINT "containment_execution_records_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT,
    -- A record proves either an execution AWS ran, or a start AWS refused (no execution): exactly one of the two keys.
    ADD CONSTRAINT "containment_execution_records_one_key"
        CHECK (("execution_id" IS NULL) <> ("start_claim_token" IS NULL)),
    ADD CONSTRAINT "containment_execution_records_outcome_known" CHECK ("outcome" IN ('succeeded', 'failed')),
    ADD CONSTRAINT "containment_execution_records_sha256_is_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$');

-- The proof of an execution is recorded once and never changes.
CREATE TRIGGER "containment_execution_records_insert_only"
    BEFORE UPDATE OR DELETE ON "containment_execution_records"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"('The proof of a containment execution is recorded once.');
