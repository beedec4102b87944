-- One trigger function for every insert-only table.
--
-- Earlier migrations each wrote their own copy of "refuse UPDATE and DELETE", with two different SQLSTATEs and
-- messages worded per table. A table is insert-only because it is a record of what happened (the timeline, stored
-- finding versions, declarations, obligation history, chain of custody, notice versions, the administration log,
-- counsel's rule reviews): a correction is a new row, never an edit. One function keeps that rule identical
-- everywhere: SQLSTATE 23001 (restrict_violation) and the message "<table> is insert-only: <UPDATE|DELETE> refused".
-- A trigger may pass one argument, a hint saying what to do instead.
--
-- A new insert-only table adds only its trigger:
--   CREATE TRIGGER "<table>_insert_only" BEFORE UPDATE OR DELETE ON "<table>"
--       FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"();
--
-- TRUNCATE stays allowed: it fires no row-level trigger, needs the table owner's rights, and is how the integration
-- tests reset the database.
--
-- Tables that allow one narrow change keep their own trigger, unchanged by this migration:
--   notice_approvals  "notice_approvals_refuse_change": voiding an approval once (voided_at, voided_reason) is the
--                     one update allowed, because saving a new version voids the approvals of the old one;
--   evidence          "evidence_guard_change": never deleted, content columns never change, a soft delete is final
--                     (a row is updated for custody, legal hold and soft deletion);
--   notice_recipients "notice_recipients_sent_is_final": a delivered recipient never returns to the queue (the
--                     outbox updates status while it delivers).

-- The name is kept so that triggers already pointing at it (incident_declarations, obligation_changes,
-- rule_reviews) and any migration written against it keep working; the body no longer reads OLD."id", which
-- admin_audit_log (keyed by seq) does not have.
CREATE OR REPLACE FUNCTION "refuse_change_insert_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is insert-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation',
              HINT = COALESCE(TG_ARGV[0], 'Insert a new row instead of changing or deleting this one.');
END;
$$;

DROP TRIGGER "timeline_events_append_only" ON "timeline_events";
DROP FUNCTION "timeline_events_refuse_change"();
CREATE TRIGGER "timeline_events_insert_only"
    BEFORE UPDATE OR DELETE ON "timeline_events"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"('Record a new timeline event instead of changing or deleting an existing one.');

DROP TRIGGER "finding_versions_insert_only" ON "finding_versions";
DROP FUNCTION "finding_versions_refuse_change"();
CREATE TRIGGER "finding_versions_insert_only"
    BEFORE UPDATE OR DELETE ON "finding_versions"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"('A finding that changed is stored as a new version.');

DROP TRIGGER "evidence_custody_insert_only" ON "evidence_custody";
DROP FUNCTION "evidence_custody_refuse_change"();
CREATE TRIGGER "evidence_custody_insert_only"
    BEFORE UPDATE OR DELETE ON "evidence_custody"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"('Record a new custody entry instead.');

DROP TRIGGER "notice_versions_insert_only" ON "notice_versions";
DROP FUNCTION "notice_versions_refuse_change"();
CREATE TRIGGER "notice_versions_insert_only"
    BEFORE UPDATE OR DELETE ON "notice_versions"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"('Save a new version instead of changing an existing one.');

DROP TRIGGER "admin_audit_log_insert_only" ON "admin_audit_log";
DROP FUNCTION "admin_audit_log_refuse_change"();
CREATE TRIGGER "admin_audit_log_insert_only"
    BEFORE UPDATE OR DELETE ON "admin_audit_log"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"();

-- incident_declarations, obligation_changes and rule_reviews already call "refuse_change_insert_only"(); recreating
-- their triggers is not needed.
