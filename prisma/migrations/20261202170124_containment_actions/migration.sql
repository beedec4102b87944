-- CreateTable
CREATE TABLE "containment_requests" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "finding_id" UUID,
    "action_id" TEXT NOT NULL,
    "action_version" INTEGER NOT NULL,
    "runbook" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "role_arn" TEXT NOT NULL,
    "parameters" JSONB NOT NULL,
    "dry_run" BOOLEAN NOT NULL DEFAULT false,
    "request_hash" TEXT NOT NULL,
    "exercise" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'awaiting_approval',
    "requested_by_id" UUID,
    "requested_by_token_id" UUID,
    "requested_by_label" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "client_token" UUID,
    "claim_token" UUID,
    "claimed_at" TIMESTAMPTZ(3),
    "start_attempts" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "containment_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "containment_approvals" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "request_hash" TEXT NOT NULL,
    "approver_id" UUID NOT NULL,
    "approver_label" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voided_at" TIMESTAMPTZ(3),
    "voided_reason" TEXT,

    CONSTRAINT "containment_approvals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "containment_executions" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "request_hash" TEXT NOT NULL,
    "automation_execution_id" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "failure_message" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "containment_executions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "containment_execution_steps" (
    "id" UUID NOT NULL,
    "execution_id" UUID NOT NULL,
    "step_execution_id" TEXT NOT NULL,
    "step_name" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "outputs" JSONB NOT NULL,
    "failure_message" TEXT,
    "started_at" TIMESTAMPTZ(3),
    "ended_at" TIMESTAMPTZ(3),
    "observed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "containment_execution_steps_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "containment_requests_client_token_key" ON "containment_requests"("client_token");

-- CreateIndex
CREATE INDEX "containment_requests_incident_id_created_at_idx" ON "containment_requests"("incident_id", "created_at");

-- CreateIndex
CREATE INDEX "containment_requests_status_idx" ON "containment_requests"("status");

-- CreateIndex
CREATE UNIQUE INDEX "containment_approvals_request_id_request_hash_approver_id_key" ON "containment_approvals"("request_id", "request_hash", "approver_id");

-- CreateIndex
CREATE UNIQUE INDEX "containment_executions_request_id_key" ON "containment_executions"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "containment_executions_automation_execution_id_key" ON "containment_executions"("automation_execution_id");

-- CreateIndex
CREATE UNIQUE INDEX "containment_execution_steps_execution_id_step_execution_id__key" ON "containment_execution_steps"("execution_id", "step_execution_id", "status");

-- AddForeignKey
ALTER TABLE "containment_approvals" ADD CONSTRAINT "containment_approvals_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "containment_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "containment_executions" ADD CONSTRAINT "containment_executions_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "containment_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "containment_execution_steps" ADD CONSTRAINT "containment_execution_steps_execution_id_fkey" FOREIGN KEY ("execution_id") REFERENCES "containment_executions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: references to the shared tables (kept out of the Prisma models on purpose), the status values, and
-- the history rules.
ALTER TABLE "containment_requests"
    ADD CONSTRAINT "containment_requests_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT,
    ADD CONSTRAINT "containment_requests_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE RESTRICT,
    ADD CONSTRAINT "containment_requests_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT,
    ADD CONSTRAINT "containment_requests_requested_by_token_id_fkey" FOREIGN KEY ("requested_by_token_id") REFERENCES "api_tokens"("id") ON DELETE RESTRICT,
    ADD CONSTRAINT "containment_requests_status_known"
        CHECK ("status" IN ('awaiting_approval', 'approved', 'starting', 'running', 'succeeded', 'failed', 'cancelled')),
    ADD CONSTRAINT "containment_requests_hash_is_sha256" CHECK ("request_hash" ~ '^[0-9a-f]{64}$');

ALTER TABLE "containment_approvals"
    ADD CONSTRAINT "containment_approvals_approver_id_fkey" FOREIGN KEY ("approver_id") REFERENCES "users"("id") ON DELETE RESTRICT;

-- An approval is voided at most once and otherwise never changes or disappears.
CREATE FUNCTION "containment_approvals_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND OLD."voided_at" IS NULL AND NEW."voided_at" IS NOT NULL
       AND (to_jsonb(NEW) - 'voided_at' - 'voided_reason') = (to_jsonb(OLD) - 'voided_at' - 'voided_reason') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'containment_approvals is insert-only (voiding once is the one update allowed): % refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "containment_approvals_insert_only"
    BEFORE UPDATE OR DELETE ON "containment_approvals"
    FOR EACH ROW EXECUTE FUNCTION "containment_approvals_refuse_change"();

-- The steps AWS reported are history.
CREATE TRIGGER "containment_execution_steps_insert_only"
    BEFORE UPDATE OR DELETE ON "containment_execution_steps"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"('A step status is recorded once; a later status is a new row.');
