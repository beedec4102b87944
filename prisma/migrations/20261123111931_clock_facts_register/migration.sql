-- CreateEnum
CREATE TYPE "ObligationApplies" AS ENUM ('yes', 'no', 'undetermined');

-- CreateTable
CREATE TABLE "organisation_profile" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "profile" JSONB NOT NULL,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_declarations" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "moment" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "declared_by_id" UUID,
    "declared_by_label" TEXT NOT NULL,
    "supersedes_id" UUID,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_declarations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_facts" (
    "incident_id" UUID NOT NULL,
    "facts" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "incident_facts_pkey" PRIMARY KEY ("incident_id")
);

-- CreateTable
CREATE TABLE "data_stores" (
    "id" UUID NOT NULL,
    "arn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "data_categories" TEXT[],
    "residency" JSONB NOT NULL DEFAULT '[]',
    "encrypted" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "data_stores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "obligations" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "rule_id" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "rule_version" TEXT NOT NULL,
    "catalog_version" TEXT NOT NULL,
    "rule_snapshot" JSONB NOT NULL,
    "applies" "ObligationApplies" NOT NULL,
    "status" TEXT NOT NULL,
    "evaluation" JSONB NOT NULL,
    "due_at" TIMESTAMPTZ(3),
    "owner_id" UUID,
    "met_at" TIMESTAMPTZ(3),
    "retired_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "obligations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "obligation_changes" (
    "id" UUID NOT NULL,
    "obligation_id" UUID NOT NULL,
    "change" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "obligation_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "incident_declarations_supersedes_id_key" ON "incident_declarations"("supersedes_id");

-- CreateIndex
CREATE INDEX "incident_declarations_incident_id_moment_idx" ON "incident_declarations"("incident_id", "moment");

-- CreateIndex
CREATE UNIQUE INDEX "data_stores_arn_key" ON "data_stores"("arn");

-- CreateIndex
CREATE INDEX "obligations_status_due_at_idx" ON "obligations"("status", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "obligations_incident_id_rule_id_recipient_key" ON "obligations"("incident_id", "rule_id", "recipient");

-- CreateIndex
CREATE INDEX "obligation_changes_obligation_id_recorded_at_idx" ON "obligation_changes"("obligation_id", "recorded_at");

-- AddForeignKey
ALTER TABLE "incident_declarations" ADD CONSTRAINT "incident_declarations_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_declarations" ADD CONSTRAINT "incident_declarations_declared_by_id_fkey" FOREIGN KEY ("declared_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_declarations" ADD CONSTRAINT "incident_declarations_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "incident_declarations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_facts" ADD CONSTRAINT "incident_facts_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "obligation_changes" ADD CONSTRAINT "obligation_changes_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "obligations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Declarations and obligation history are records of what was known when: a correction is a new row, never an edit.
CREATE FUNCTION "refuse_change_insert_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is insert-only: % of row % refused', TG_TABLE_NAME, TG_OP, OLD."id"
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "incident_declarations_insert_only"
    BEFORE UPDATE OR DELETE ON "incident_declarations"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"();

CREATE TRIGGER "obligation_changes_insert_only"
    BEFORE UPDATE OR DELETE ON "obligation_changes"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"();

-- An obligation is met only with the instant it was met; a retired one keeps its row.
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_status_known"
    CHECK ("status" IN ('awaiting_trigger', 'on_track', 'due_soon', 'overdue', 'met', 'met_late', 'not_applicable'));
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_met_has_instant"
    CHECK ("status" NOT IN ('met', 'met_late') OR "met_at" IS NOT NULL);
