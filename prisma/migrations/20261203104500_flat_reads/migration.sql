-- Reads that stay flat as data grows (issue 21 point 3). Hand-written: Prisma's schema cannot express trigram or
-- partial indexes, so they live only here (see the comments in schema.prisma next to each model).

-- pg_trgm ships with PostgreSQL's contrib (in embedded-postgres, Debian's postgresql and RDS/Aurora alike).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Incident search (lib/incidents/read-queries.ts): substring ILIKE on title and summary.
CREATE INDEX "incidents_title_trgm_idx" ON "incidents" USING gin ("title" gin_trgm_ops);
CREATE INDEX "incidents_summary_trgm_idx" ON "incidents" USING gin ("summary" gin_trgm_ops);

-- ... and on the text / rationale of notes and decisions only (the kinds search reads), not every event.
CREATE INDEX "timeline_events_note_text_trgm_idx" ON "timeline_events" USING gin (("payload"->>'text') gin_trgm_ops)
  WHERE "kind" IN ('note.added', 'decision.recorded');
CREATE INDEX "timeline_events_note_rationale_trgm_idx" ON "timeline_events" USING gin (("payload"->>'rationale') gin_trgm_ops)
  WHERE "kind" IN ('note.added', 'decision.recorded');

-- Bulk-send claim (lib/notices/outbox.ts claimNext): only claimable rows, in send order.
CREATE INDEX "notice_recipients_claimable_idx" ON "notice_recipients" ("send_id", "position")
  WHERE "status" IN ('pending', 'sending');

-- Reminders scan (lib/reminders/run.ts): only obligations that can still remind (open, applying, timed).
CREATE INDEX "obligations_remindable_idx" ON "obligations" ("due_at")
  WHERE "applies" = 'yes' AND "met_at" IS NULL AND "retired_at" IS NULL AND "due_at" IS NOT NULL;
