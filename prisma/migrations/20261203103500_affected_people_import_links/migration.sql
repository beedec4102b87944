-- A ledger merge of 1,000,000 people checked two foreign keys per row on the import it names (first_import_id,
-- last_import_id): a trigger and an index probe each, for the same import on every row of the merge (about a third
-- of the merge at 100,000 rows). Those columns are written only by applyStagedImport, in the transaction that reads
-- that very import row, and imports are never deleted; the link stays as an index-free reference. The incident's key
-- (the one that scopes who may see a person) keeps its constraint.
ALTER TABLE "affected_people"
    DROP CONSTRAINT "affected_people_first_import_id_fkey",
    DROP CONSTRAINT "affected_people_last_import_id_fkey";
