-- CreateTable
CREATE TABLE "affected_count_overrides" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "set_by_id" UUID,
    "set_by_label" TEXT NOT NULL,
    "set_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "affected_count_overrides_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "affected_count_overrides_incident_id_jurisdiction_key" ON "affected_count_overrides"("incident_id", "jurisdiction");

-- Links Prisma does not model (no back-relations on incidents and users), and a count that cannot be negative.
ALTER TABLE "affected_count_overrides"
    ADD CONSTRAINT "affected_count_overrides_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT,
    ADD CONSTRAINT "affected_count_overrides_set_by_id_fkey" FOREIGN KEY ("set_by_id") REFERENCES "users"("id") ON DELETE RESTRICT,
    ADD CONSTRAINT "affected_count_overrides_count_check" CHECK ("count" >= 0);
