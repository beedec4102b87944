-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('regulator', 'individuals', 'public_media', 'sec_filing', 'other');

-- CreateEnum
CREATE TYPE "ApprovalDecision" AS ENUM ('approve', 'reject');

-- CreateEnum
CREATE TYPE "NoticeChannel" AS ENUM ('email', 'bulk_email', 'submission');

-- CreateEnum
CREATE TYPE "NoticeRecipientStatus" AS ENUM ('pending', 'sending', 'sent', 'failed');

-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "exercise" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "notices" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "obligation_id" UUID,
    "kind" "NoticeKind" NOT NULL,
    "template_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "latest_version" INTEGER NOT NULL DEFAULT 0,
    "sent_version_id" UUID,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notice_versions" (
    "id" UUID NOT NULL,
    "notice_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "recipients" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,
    "author_id" UUID,
    "author_label" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notice_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notice_approvals" (
    "id" UUID NOT NULL,
    "notice_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "approver_id" UUID NOT NULL,
    "approver_label" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "decision" "ApprovalDecision" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "content_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voided_at" TIMESTAMPTZ(3),
    "voided_reason" TEXT,

    CONSTRAINT "notice_approvals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notice_sends" (
    "id" UUID NOT NULL,
    "notice_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "channel" "NoticeChannel" NOT NULL,
    "sandbox" BOOLEAN NOT NULL DEFAULT false,
    "sent_by_id" UUID,
    "sent_by_label" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "first_delivered_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "portal" TEXT,
    "portal_reference" TEXT,
    "receipt_name" TEXT,
    "receipt_type" TEXT,
    "receipt_bytes" BYTEA,
    "receipt_sha256" TEXT,

    CONSTRAINT "notice_sends_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notice_recipients" (
    "id" UUID NOT NULL,
    "send_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "address" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "fields" JSONB NOT NULL DEFAULT '{}',
    "message_id" TEXT NOT NULL,
    "status" "NoticeRecipientStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimed_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "error" TEXT,

    CONSTRAINT "notice_recipients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sandbox_mails" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "notice_id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sandbox_mails_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "notices_sent_version_id_key" ON "notices"("sent_version_id");

-- CreateIndex
CREATE INDEX "notices_incident_id_idx" ON "notices"("incident_id");

-- CreateIndex
CREATE UNIQUE INDEX "notice_versions_notice_id_number_key" ON "notice_versions"("notice_id", "number");

-- CreateIndex
CREATE INDEX "notice_approvals_notice_id_idx" ON "notice_approvals"("notice_id");

-- CreateIndex
CREATE UNIQUE INDEX "notice_approvals_version_id_approver_id_key" ON "notice_approvals"("version_id", "approver_id");

-- CreateIndex
CREATE UNIQUE INDEX "notice_sends_notice_id_key" ON "notice_sends"("notice_id");

-- CreateIndex
CREATE INDEX "notice_recipients_send_id_status_idx" ON "notice_recipients"("send_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "notice_recipients_send_id_address_key" ON "notice_recipients"("send_id", "address");

-- CreateIndex
CREATE UNIQUE INDEX "notice_recipients_send_id_position_key" ON "notice_recipients"("send_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "sandbox_mails_message_id_key" ON "sandbox_mails"("message_id");

-- CreateIndex
CREATE INDEX "sandbox_mails_incident_id_created_at_idx" ON "sandbox_mails"("incident_id", "created_at");

-- AddForeignKey
ALTER TABLE "notices" ADD CONSTRAINT "notices_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notices" ADD CONSTRAINT "notices_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "obligations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notice_versions" ADD CONSTRAINT "notice_versions_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "notices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notice_versions" ADD CONSTRAINT "notice_versions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notice_approvals" ADD CONSTRAINT "notice_approvals_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "notices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notice_approvals" ADD CONSTRAINT "notice_approvals_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "notice_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notice_approvals" ADD CONSTRAINT "notice_approvals_approver_id_fkey" FOREIGN KEY ("approver_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notice_sends" ADD CONSTRAINT "notice_sends_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "notices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notice_sends" ADD CONSTRAINT "notice_sends_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "notice_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notice_recipients" ADD CONSTRAINT "notice_recipients_send_id_fkey" FOREIGN KEY ("send_id") REFERENCES "notice_sends"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sandbox_mails" ADD CONSTRAINT "sandbox_mails_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─── Hand-written (issue 7) ───
-- A notice version is immutable: what was approved and sent can never be rewritten.
CREATE FUNCTION "notice_versions_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'notice_versions is insert-only: % of version % refused', TG_OP, OLD."id"
        USING ERRCODE = 'restrict_violation',
              HINT = 'Save a new version instead of changing an existing one.';
END;
$$;

CREATE TRIGGER "notice_versions_insert_only"
    BEFORE UPDATE OR DELETE ON "notice_versions"
    FOR EACH ROW EXECUTE FUNCTION "notice_versions_refuse_change"();

-- An approval is never deleted or rewritten; the one change allowed is voiding it once (when a newer version is saved).
CREATE FUNCTION "notice_approvals_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND OLD."voided_at" IS NULL AND NEW."voided_at" IS NOT NULL
       AND (to_jsonb(NEW) - 'voided_at' - 'voided_reason') = (to_jsonb(OLD) - 'voided_at' - 'voided_reason') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'notice_approvals is insert-only (voiding once is the one update allowed): % of approval % refused', TG_OP, OLD."id"
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "notice_approvals_insert_only"
    BEFORE UPDATE OR DELETE ON "notice_approvals"
    FOR EACH ROW EXECUTE FUNCTION "notice_approvals_refuse_change"();

-- A rejection must say why.
ALTER TABLE "notice_approvals" ADD CONSTRAINT "notice_approvals_reject_has_comment"
    CHECK ("decision" <> 'reject' OR length(btrim("comment")) > 0);

-- A receipt, when attached, carries its hash.
ALTER TABLE "notice_sends" ADD CONSTRAINT "notice_sends_receipt_hashed"
    CHECK ("receipt_bytes" IS NULL OR "receipt_sha256" IS NOT NULL);
