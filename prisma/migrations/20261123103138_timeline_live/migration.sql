-- CreateIndex
CREATE INDEX "timeline_events_incident_id_occurred_at_sequence_idx" ON "timeline_events"("incident_id", "occurred_at", "sequence");

-- =====================================================================================================
-- HAND-WRITTEN SQL BELOW (not generated from schema.prisma; `npm run db:migration` will not reproduce it)
-- =====================================================================================================

-- Live updates: every new timeline event is announced on the "timeline_events" channel. NOTIFY is
-- transactional, so listeners hear about an event only once the transaction that wrote it has committed,
-- and never about one that rolled back; it works across any number of console processes sharing the database.
-- The payload is tiny (ids only): listeners read the event itself through the normal, access-checked path.
CREATE FUNCTION "timeline_events_notify"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('timeline_events',
        json_build_object('incidentId', NEW."incident_id", 'sequence', NEW."sequence")::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER "timeline_events_notify"
    AFTER INSERT ON "timeline_events"
    FOR EACH ROW EXECUTE FUNCTION "timeline_events_notify"();
