-- CreateTable
CREATE TABLE "admin_audit_log" (
    "seq" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_kind" TEXT NOT NULL,
    "actor_id" UUID,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT,
    "target_label" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "admin_audit_log_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "admin_audit_log_action_seq_idx" ON "admin_audit_log"("action", "seq");

-- The administration log is a record of who changed what: entries are never edited or removed.
CREATE FUNCTION "admin_audit_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'admin_audit_log is insert-only: % of entry % refused', TG_OP, OLD."seq"
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "admin_audit_log_insert_only"
    BEFORE UPDATE OR DELETE ON "admin_audit_log"
    FOR EACH ROW EXECUTE FUNCTION "admin_audit_log_refuse_change"();

ALTER TABLE "admin_audit_log" ADD CONSTRAINT "admin_audit_log_actor_kind_known"
    CHECK ("actor_kind" IN ('user', 'token', 'system'));
