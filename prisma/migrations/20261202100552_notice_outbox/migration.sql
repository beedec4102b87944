-- AlterTable
ALTER TABLE "notice_versions" ADD COLUMN     "author_token_id" UUID;

-- AlterTable
ALTER TABLE "notice_sends" ADD COLUMN     "follow_up" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "notice_recipients" ADD COLUMN     "claim_token" UUID;

-- AddForeignKey
ALTER TABLE "notice_versions" ADD CONSTRAINT "notice_versions_author_token_id_fkey" FOREIGN KEY ("author_token_id") REFERENCES "api_tokens"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A delivered recipient stays delivered: nothing (a retry, a lost claim, a rolled-back bookkeeping step) can put a
-- sent row back in the queue and so mail it again.
CREATE FUNCTION "notice_recipients_sent_is_final"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'sent' AND NEW.status <> 'sent' THEN
        RAISE EXCEPTION 'notice recipient % was delivered; it cannot return to %', OLD.id, NEW.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER "notice_recipients_sent_is_final"
    BEFORE UPDATE OF "status" ON "notice_recipients"
    FOR EACH ROW EXECUTE FUNCTION "notice_recipients_sent_is_final"();

-- A claimed row names its claimant.
ALTER TABLE "notice_recipients" ADD CONSTRAINT "notice_recipients_claim_named"
    CHECK ("status" <> 'sending' OR ("claim_token" IS NOT NULL AND "claimed_at" IS NOT NULL)) NOT VALID;

-- A notice's kind follows from its template (lib/notices/templates); rows drafted when the kind was the drafter's
-- choice are brought in line. Approvals are derived from the template in code, not from this column.
UPDATE "notices" SET "kind" = (CASE "template_id"
    WHEN 'gdpr-33' THEN 'regulator'
    WHEN 'gdpr-34' THEN 'individuals'
    WHEN 'uk-gdpr-33' THEN 'regulator'
    WHEN 'uk-gdpr-34' THEN 'individuals'
    WHEN 'california-1798-82' THEN 'individuals'
    WHEN 'hipaa-164-404' THEN 'individuals'
    WHEN 'sec-8k-1-05' THEN 'sec_filing'
    WHEN 'nydfs-500-17' THEN 'regulator'
    WHEN 'generic-regulator' THEN 'regulator'
    END)::"NoticeKind"
 WHERE "template_id" IN ('gdpr-33', 'gdpr-34', 'uk-gdpr-33', 'uk-gdpr-34', 'california-1798-82', 'hipaa-164-404', 'sec-8k-1-05', 'nydfs-500-17', 'generic-regulator');
