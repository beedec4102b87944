-- AlterEnum
ALTER TYPE "NoticeRecipientStatus" ADD VALUE 'bounced';

-- AlterTable
ALTER TABLE "notice_recipients" ADD COLUMN     "bounced_at" TIMESTAMPTZ(3),
ADD COLUMN     "provider_message_id" TEXT,
ADD COLUMN     "smtp_reply" TEXT;

-- CreateTable
CREATE TABLE "notice_bounce_reports" (
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "report_id" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "bounce_type" TEXT NOT NULL,
    "matched" INTEGER NOT NULL,
    "body" BYTEA NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notice_bounce_reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "notice_bounce_reports_source_report_id_key" ON "notice_bounce_reports"("source", "report_id");

-- CreateIndex
CREATE INDEX "notice_recipients_message_id_idx" ON "notice_recipients"("message_id");

-- CreateIndex
CREATE INDEX "notice_recipients_provider_message_id_idx" ON "notice_recipients"("provider_message_id");

-- A bounce report is evidence as received: insert-only, like the other records of what happened.
CREATE TRIGGER "notice_bounce_reports_insert_only" BEFORE UPDATE OR DELETE ON "notice_bounce_reports"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"('bounce reports are kept as received');

-- A delivered recipient stays delivered, except that the provider may later report the message undeliverable
-- (sent → bounced); a bounced one is final too. Compared as text: the enum value is new in this transaction.
CREATE OR REPLACE FUNCTION "notice_recipients_sent_is_final"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status::text = 'sent' AND NEW.status::text NOT IN ('sent', 'bounced') THEN
        RAISE EXCEPTION 'notice recipient % was delivered; it cannot return to %', OLD.id, NEW.status USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status::text = 'bounced' AND NEW.status::text <> 'bounced' THEN
        RAISE EXCEPTION 'notice recipient % was reported bounced; it cannot return to %', OLD.id, NEW.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
