-- CreateEnum
CREATE TYPE "IncidentRole" AS ENUM ('legal_lead', 'comms_lead', 'engineering_lead', 'participant');

-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "restricted" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "incident_members" (
    "incident_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "IncidentRole" NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_members_pkey" PRIMARY KEY ("incident_id","user_id")
);

-- CreateIndex
CREATE INDEX "incident_members_user_id_idx" ON "incident_members"("user_id");

-- AddForeignKey
ALTER TABLE "incident_members" ADD CONSTRAINT "incident_members_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_members" ADD CONSTRAINT "incident_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
