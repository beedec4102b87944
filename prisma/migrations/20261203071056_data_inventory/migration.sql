-- AlterTable
ALTER TABLE "data_stores" ADD COLUMN     "account_id" TEXT,
ADD COLUMN     "discovered" JSONB,
ADD COLUMN     "discovery_scope" TEXT,
ADD COLUMN     "gone_since" TIMESTAMPTZ(3),
ADD COLUMN     "kms_key_id" TEXT,
ADD COLUMN     "last_seen_at" TIMESTAMPTZ(3),
ADD COLUMN     "manual_overrides" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "public_access" TEXT,
ADD COLUMN     "public_access_detail" TEXT,
ADD COLUMN     "region" TEXT,
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'manual',
ADD COLUMN     "tags" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "inventory_tag_rules" (
    "id" UUID NOT NULL,
    "tag_key" TEXT NOT NULL,
    "tag_value" TEXT NOT NULL,
    "data_categories" TEXT[],
    "jurisdictions" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inventory_tag_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inventory_runs" (
    "id" UUID NOT NULL,
    "trigger" TEXT NOT NULL,
    "requested_by" TEXT,
    "status" TEXT NOT NULL DEFAULT 'running',
    "results" JSONB NOT NULL DEFAULT '[]',
    "changes" INTEGER NOT NULL DEFAULT 0,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "inventory_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_store_changes" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "data_store_id" UUID NOT NULL,
    "arn" TEXT NOT NULL,
    "change" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_store_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "inventory_tag_rules_tag_key_tag_value_key" ON "inventory_tag_rules"("tag_key", "tag_value");

-- CreateIndex
CREATE INDEX "inventory_runs_started_at_idx" ON "inventory_runs"("started_at");

-- CreateIndex
CREATE INDEX "data_store_changes_data_store_id_at_idx" ON "data_store_changes"("data_store_id", "at");

-- CreateIndex
CREATE INDEX "data_store_changes_run_id_idx" ON "data_store_changes"("run_id");

-- Hand-written: the value rules, one mapping per tag whatever its case, one refresh at a time, and the history rule.
ALTER TABLE "data_stores"
    ADD CONSTRAINT "data_stores_source_known" CHECK ("source" IN ('manual', 'discovered')),
    ADD CONSTRAINT "data_stores_public_access_known" CHECK ("public_access" IS NULL OR "public_access" IN ('public', 'possibly-public', 'private', 'unknown'));

CREATE UNIQUE INDEX "inventory_tag_rules_tag_ci" ON "inventory_tag_rules" (lower("tag_key"), lower("tag_value"));

ALTER TABLE "inventory_runs"
    ADD CONSTRAINT "inventory_runs_trigger_known" CHECK ("trigger" IN ('schedule', 'manual')),
    ADD CONSTRAINT "inventory_runs_status_known" CHECK ("status" IN ('running', 'succeeded', 'partial', 'failed'));
-- At most one refresh runs at a time (the scheduled one and a "Refresh now" cannot interleave their upserts).
CREATE UNIQUE INDEX "inventory_runs_one_running" ON "inventory_runs" ((true)) WHERE "status" = 'running';

ALTER TABLE "data_store_changes"
    ADD CONSTRAINT "data_store_changes_change_known" CHECK ("change" IN ('appeared', 'changed', 'gone', 'returned')),
    ADD CONSTRAINT "data_store_changes_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "inventory_runs"("id") ON DELETE RESTRICT;

CREATE TRIGGER "data_store_changes_insert_only"
    BEFORE UPDATE OR DELETE ON "data_store_changes"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"('The inventory history records what discovery saw; a later run records the next change.');
