-- CreateTable
CREATE TABLE "affected_people" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "identifier_hash" TEXT NOT NULL,
    "identifier_sealed" BYTEA NOT NULL,
    "name_sealed" BYTEA,
    "email_sealed" BYTEA,
    "address_sealed" BYTEA,
    "has_email" BOOLEAN NOT NULL,
    "has_postal_address" BOOLEAN NOT NULL,
    "jurisdiction" TEXT,
    "jurisdiction_rule" TEXT NOT NULL,
    "data_categories" TEXT[],
    "first_import_id" UUID NOT NULL,
    "last_import_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "affected_people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "affected_people_imports" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "content_sha256" TEXT,
    "mapping" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'staging',
    "failure" TEXT,
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "rows_accepted" INTEGER NOT NULL DEFAULT 0,
    "rows_rejected" INTEGER NOT NULL DEFAULT 0,
    "people_added" INTEGER NOT NULL DEFAULT 0,
    "people_updated" INTEGER NOT NULL DEFAULT 0,
    "unresolved" INTEGER NOT NULL DEFAULT 0,
    "imported_by_id" UUID,
    "imported_by_label" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "affected_people_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "affected_people_import_problems" (
    "id" UUID NOT NULL,
    "import_id" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "field" TEXT,
    "reason" TEXT NOT NULL,

    CONSTRAINT "affected_people_import_problems_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "affected_people_incident_id_jurisdiction_idx" ON "affected_people"("incident_id", "jurisdiction");

-- CreateIndex
CREATE UNIQUE INDEX "affected_people_incident_id_identifier_hash_key" ON "affected_people"("incident_id", "identifier_hash");

-- CreateIndex
CREATE INDEX "affected_people_imports_incident_id_started_at_idx" ON "affected_people_imports"("incident_id", "started_at");

-- CreateIndex
CREATE INDEX "affected_people_import_problems_import_id_line_idx" ON "affected_people_import_problems"("import_id", "line");

-- AddForeignKey
ALTER TABLE "affected_people_import_problems" ADD CONSTRAINT "affected_people_import_problems_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "affected_people_imports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Links Prisma does not model (no back-relations on incidents and users).
ALTER TABLE "affected_people"
    ADD CONSTRAINT "affected_people_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT,
    ADD CONSTRAINT "affected_people_first_import_id_fkey" FOREIGN KEY ("first_import_id") REFERENCES "affected_people_imports"("id") ON DELETE RESTRICT,
    ADD CONSTRAINT "affected_people_last_import_id_fkey" FOREIGN KEY ("last_import_id") REFERENCES "affected_people_imports"("id") ON DELETE RESTRICT;
ALTER TABLE "affected_people_imports"
    ADD CONSTRAINT "affected_people_imports_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT,
    ADD CONSTRAINT "affected_people_imports_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE RESTRICT;

-- Where an import's parsed rows wait, outside the ledger, until the import is applied in one transaction (then
-- deleted). Unlogged: a crash loses only rows of an import that was never applied, which is then marked failed.
CREATE UNLOGGED TABLE "affected_people_staging" (
    "import_id" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "identifier_hash" TEXT NOT NULL,
    "identifier_sealed" BYTEA NOT NULL,
    "name_sealed" BYTEA,
    "email_sealed" BYTEA,
    "address_sealed" BYTEA,
    "jurisdiction" TEXT,
    "jurisdiction_rule" TEXT NOT NULL,
    "data_categories" TEXT[] NOT NULL
);
CREATE INDEX "affected_people_staging_import_id_idx" ON "affected_people_staging"("import_id");
