-- Exactly one current declaration per incident and moment, enforced by the database: a moment has one first
-- declaration (the partial unique index below), each declaration is corrected at most once (the existing unique
-- supersedes_id), and a correction stays within its incident and moment (the composite foreign key). Together they
-- make the declarations of a moment one chain, whose end is the current one.

-- First declarations of the same moment recorded concurrently before this migration would block the index. Each
-- later one (in recording order) is linked as a correction of the end of the chain before it, which joins them into
-- one chain and keeps every declaration on record. The insert-only trigger is lifted for this repair only.
ALTER TABLE "incident_declarations" DISABLE TRIGGER "incident_declarations_insert_only";
DO $$
DECLARE
    extra RECORD;
    chain_end uuid;
BEGIN
    FOR extra IN
        SELECT d.id, d.incident_id, d.moment
          FROM "incident_declarations" d
         WHERE d.supersedes_id IS NULL
           AND EXISTS (SELECT 1 FROM "incident_declarations" e
                        WHERE e.incident_id = d.incident_id AND e.moment = d.moment AND e.supersedes_id IS NULL
                          AND (e.recorded_at, e.id) < (d.recorded_at, d.id))
         ORDER BY d.recorded_at, d.id
    LOOP
        -- The end of the chain that starts at the moment's earliest first declaration (earlier extras already joined it).
        WITH RECURSIVE earliest_chain AS (
            SELECT first.id, 0 AS depth
              FROM (SELECT f.id FROM "incident_declarations" f
                     WHERE f.incident_id = extra.incident_id AND f.moment = extra.moment AND f.supersedes_id IS NULL
                     ORDER BY f.recorded_at, f.id
                     LIMIT 1) first
            UNION ALL
            SELECT c.id, e.depth + 1 FROM "incident_declarations" c JOIN earliest_chain e ON c.supersedes_id = e.id
        )
        SELECT id INTO chain_end FROM earliest_chain ORDER BY depth DESC LIMIT 1;
        UPDATE "incident_declarations" SET supersedes_id = chain_end WHERE id = extra.id;
    END LOOP;
END;
$$;
ALTER TABLE "incident_declarations" ENABLE TRIGGER "incident_declarations_insert_only";

CREATE UNIQUE INDEX "incident_declarations_one_first_per_moment"
    ON "incident_declarations" ("incident_id", "moment") WHERE "supersedes_id" IS NULL;

ALTER TABLE "incident_declarations" ADD CONSTRAINT "incident_declarations_id_incident_moment_key"
    UNIQUE ("id", "incident_id", "moment");
ALTER TABLE "incident_declarations" ADD CONSTRAINT "incident_declarations_supersedes_same_moment"
    FOREIGN KEY ("supersedes_id", "incident_id", "moment")
    REFERENCES "incident_declarations" ("id", "incident_id", "moment");
