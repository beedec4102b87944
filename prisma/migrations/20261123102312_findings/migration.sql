-- CreateEnum
CREATE TYPE "FindingTriage" AS ENUM ('new', 'updated', 'linked', 'dismissed');

-- CreateTable
CREATE TABLE "findings" (
    "id" UUID NOT NULL,
    "product_arn" TEXT NOT NULL,
    "aws_id" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "severity_label" TEXT NOT NULL,
    "severity_rank" INTEGER NOT NULL,
    "types" TEXT[],
    "product_name" TEXT NOT NULL,
    "aws_account_id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "resources" JSONB NOT NULL,
    "resource_ids" TEXT[],
    "first_observed_at" TIMESTAMPTZ(3),
    "last_observed_at" TIMESTAMPTZ(3),
    "source_created_at" TIMESTAMPTZ(3) NOT NULL,
    "source_updated_at" TIMESTAMPTZ(3) NOT NULL,
    "compliance_status" TEXT,
    "record_state" TEXT NOT NULL,
    "workflow_status" TEXT NOT NULL,
    "current_hash" TEXT NOT NULL,
    "triage" "FindingTriage" NOT NULL DEFAULT 'new',
    "dismissed_reason" TEXT,
    "incident_id" UUID,
    "first_ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_versions" (
    "id" UUID NOT NULL,
    "finding_id" UUID NOT NULL,
    "payload_hash" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "source_updated_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "via" TEXT NOT NULL,

    CONSTRAINT "finding_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "findings_triage_severity_rank_idx" ON "findings"("triage", "severity_rank");

-- CreateIndex
CREATE INDEX "findings_incident_id_idx" ON "findings"("incident_id");

-- CreateIndex
CREATE UNIQUE INDEX "findings_product_arn_aws_id_key" ON "findings"("product_arn", "aws_id");

-- CreateIndex
CREATE INDEX "finding_versions_finding_id_source_updated_at_idx" ON "finding_versions"("finding_id", "source_updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "finding_versions_finding_id_payload_hash_key" ON "finding_versions"("finding_id", "payload_hash");

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_versions" ADD CONSTRAINT "finding_versions_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "findings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: every stored version of a finding is evidence; it is never changed or deleted.
CREATE FUNCTION "finding_versions_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'finding_versions is insert-only: % of version % refused', TG_OP, OLD."id"
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "finding_versions_insert_only"
    BEFORE UPDATE OR DELETE ON "finding_versions"
    FOR EACH ROW EXECUTE FUNCTION "finding_versions_refuse_change"();

-- A dismissed finding says why; a linked one names its incident.
ALTER TABLE "findings" ADD CONSTRAINT "findings_dismissed_has_reason"
    CHECK ("triage" <> 'dismissed' OR "dismissed_reason" IS NOT NULL);
ALTER TABLE "findings" ADD CONSTRAINT "findings_linked_has_incident"
    CHECK ("triage" <> 'linked' OR "incident_id" IS NOT NULL);
