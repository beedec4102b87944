-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('open', 'in_progress', 'done', 'cancelled');

-- CreateTable
CREATE TABLE "tasks" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "owner_id" UUID,
    "role" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3),
    "status" "TaskStatus" NOT NULL DEFAULT 'open',
    "playbook_id" TEXT,
    "playbook_version" INTEGER,
    "playbook_item" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sha256" TEXT,
    "hash_source" TEXT,
    "size_bytes" INTEGER,
    "media_type" TEXT,
    "uri" TEXT,
    "storage_key" TEXT,
    "custodian_id" UUID,
    "custodian_label" TEXT NOT NULL,
    "legal_hold" BOOLEAN NOT NULL DEFAULT false,
    "legal_hold_reason" TEXT,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_by_label" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_custody" (
    "id" UUID NOT NULL,
    "evidence_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "actor_user_id" UUID,
    "actor_label" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_custody_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "tasks_incident_id_status_idx" ON "tasks"("incident_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "tasks_incident_id_playbook_id_playbook_item_key" ON "tasks"("incident_id", "playbook_id", "playbook_item");

-- CreateIndex
CREATE INDEX "evidence_incident_id_created_at_idx" ON "evidence"("incident_id", "created_at");

-- CreateIndex
CREATE INDEX "evidence_custody_evidence_id_at_idx" ON "evidence_custody"("evidence_id", "at");

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_custodian_id_fkey" FOREIGN KEY ("custodian_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_custody" ADD CONSTRAINT "evidence_custody_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─── Hand-written: invariants the database enforces (issue 5) ───

-- A playbook task names both its playbook and its checklist item.
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_playbook_complete"
    CHECK ((playbook_id IS NULL) = (playbook_item IS NULL));

-- An item is either a stored file (hash computed by the server, size, storage key) or an external URI.
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_kind_shape" CHECK (
    (kind = 'file' AND sha256 IS NOT NULL AND hash_source = 'computed' AND size_bytes IS NOT NULL AND storage_key IS NOT NULL AND uri IS NULL)
 OR (kind = 'uri' AND uri IS NOT NULL AND storage_key IS NULL AND (sha256 IS NULL) = (hash_source IS NULL))
);
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_sha256_hex" CHECK (sha256 IS NULL OR sha256 ~ '^[0-9a-f]{64}$');
-- Legal hold prevents deletion: no row can be both held and deleted, whatever the code does.
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_hold_blocks_delete" CHECK (NOT (legal_hold AND deleted_at IS NOT NULL));
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_deleted_with_reason" CHECK (deleted_at IS NULL OR length(deleted_reason) > 0);

-- The same stored file is one item per incident (a re-upload of the same bytes is not a second item);
-- different bytes are always a new row.
CREATE UNIQUE INDEX "evidence_incident_file_sha256" ON "evidence" (incident_id, sha256) WHERE kind = 'file' AND deleted_at IS NULL;

-- Evidence rows are never deleted, and what identifies the item (its bytes, hash, URI, incident) never changes;
-- a deleted item stays deleted.
CREATE FUNCTION "evidence_guard_change"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'evidence rows are never deleted (use a soft delete with a reason)' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.incident_id IS DISTINCT FROM OLD.incident_id OR NEW.kind IS DISTINCT FROM OLD.kind
       OR NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW.hash_source IS DISTINCT FROM OLD.hash_source
       OR NEW.size_bytes IS DISTINCT FROM OLD.size_bytes OR NEW.uri IS DISTINCT FROM OLD.uri
       OR NEW.storage_key IS DISTINCT FROM OLD.storage_key OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        RAISE EXCEPTION 'the content of an evidence item never changes; register a new item' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN
        RAISE EXCEPTION 'a deleted evidence item stays deleted' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER "evidence_guard_change"
    BEFORE UPDATE OR DELETE ON "evidence"
    FOR EACH ROW EXECUTE FUNCTION "evidence_guard_change"();

-- Chain of custody is insert-only.
CREATE FUNCTION "evidence_custody_refuse_change"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'evidence_custody is insert-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "evidence_custody_insert_only"
    BEFORE UPDATE OR DELETE ON "evidence_custody"
    FOR EACH ROW EXECUTE FUNCTION "evidence_custody_refuse_change"();
