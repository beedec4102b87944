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

-- The copies: each table's trigger moves to the generic function (renamed "<table>_insert_only" where it was not),
-- with the hint its copy gave, and the copy is dropped.
DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN
        SELECT * FROM (VALUES
            ('timeline_events', 'timeline_events_append_only', 'timeline_events_refuse_change',
             'Record a new timeline event instead of changing or deleting an existing one.'),
            ('finding_versions', 'finding_versions_insert_only', 'finding_versions_refuse_change',
             'A finding that changed is stored as a new version.'),
            ('evidence_custody', 'evidence_custody_insert_only', 'evidence_custody_refuse_change',
             'Record a new custody entry instead.'),
            ('notice_versions', 'notice_versions_insert_only', 'notice_versions_refuse_change',
             'Save a new version instead of changing an existing one.'),
            ('admin_audit_log', 'admin_audit_log_insert_only', 'admin_audit_log_refuse_change',
             'The administration log records changes; it is never changed itself.')
        ) AS copies (table_name, old_trigger, old_function, hint)
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t.old_trigger, t.table_name);
        EXECUTE format('DROP FUNCTION %I()', t.old_function);
        EXECUTE format(
            'CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"(%L)',
            t.table_name || '_insert_only', t.table_name, t.hint);
    END LOOP;
END;
$$;

-- incident_declarations, obligation_changes and rule_reviews already call "refuse_change_insert_only"(); their
-- triggers stay as they are.
