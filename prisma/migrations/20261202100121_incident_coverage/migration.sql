-- CreateTable
CREATE TABLE "incident_coverage" (
    "incident_id" UUID NOT NULL,
    "catalog_version" TEXT NOT NULL,
    "coverage" JSONB NOT NULL,
    "evaluated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "incident_coverage_pkey" PRIMARY KEY ("incident_id")
);

-- AddForeignKey
ALTER TABLE "incident_coverage" ADD CONSTRAINT "incident_coverage_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
