-- AlterEnum
ALTER TYPE "NoticeRecipientStatus" ADD VALUE 'postal_mail_needed';

-- CreateTable
CREATE TABLE "notice_ledger_selections" (
    "notice_id" UUID NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "import_id" UUID,
    "people" INTEGER NOT NULL,
    "people_with_email" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notice_ledger_selections_pkey" PRIMARY KEY ("notice_id")
);

-- AddForeignKey
ALTER TABLE "notice_ledger_selections" ADD CONSTRAINT "notice_ledger_selections_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "notices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The selection a ledger notice was drafted from is a record: insert-only.
CREATE TRIGGER notice_ledger_selections_insert_only BEFORE UPDATE OR DELETE ON notice_ledger_selections
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"('a ledger notice''s selection is a record of what was drafted');
