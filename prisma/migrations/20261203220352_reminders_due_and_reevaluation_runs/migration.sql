-- AlterTable
ALTER TABLE "obligations" ADD COLUMN     "next_reminder_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "register_reevaluation_runs" (
    "id" UUID NOT NULL,
    "cause" TEXT NOT NULL,
    "actor_kind" TEXT NOT NULL,
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "superseded_at" TIMESTAMPTZ(3),

    CONSTRAINT "register_reevaluation_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "register_reevaluation_items" (
    "run_id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "error" TEXT,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "register_reevaluation_items_pkey" PRIMARY KEY ("run_id","incident_id")
);

-- CreateIndex
CREATE INDEX "register_reevaluation_runs_created_at_idx" ON "register_reevaluation_runs"("created_at");

-- AddForeignKey
ALTER TABLE "register_reevaluation_items" ADD CONSTRAINT "register_reevaluation_items_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "register_reevaluation_runs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "register_reevaluation_items" ADD CONSTRAINT "register_reevaluation_items_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (Prisma's schema cannot express partial indexes or CHECKs).
ALTER TABLE "register_reevaluation_items" ADD CONSTRAINT "register_reevaluation_items_status_check"
  CHECK ("status" IN ('pending', 'done', 'failed'));

-- The worker's claim: the next pending items of a run, in incident order.
CREATE INDEX "register_reevaluation_items_pending_idx" ON "register_reevaluation_items" ("run_id", "incident_id")
  WHERE "status" = 'pending';

-- "Clocks being re-evaluated" on an incident's pages, and settling an incident's items when its register syncs.
CREATE INDEX "register_reevaluation_items_unsettled_idx" ON "register_reevaluation_items" ("incident_id")
  WHERE "status" IN ('pending', 'failed');

-- Reminders scan (lib/reminders/run.ts): only obligations whose next reminder point has come.
CREATE INDEX "obligations_next_reminder_idx" ON "obligations" ("next_reminder_at")
  WHERE "next_reminder_at" IS NOT NULL;

-- Existing obligations that can still remind are looked at by the first scan, which stores their real next instant.
UPDATE "obligations" SET "next_reminder_at" = CURRENT_TIMESTAMP
  WHERE "applies" = 'yes' AND "met_at" IS NULL AND "retired_at" IS NULL AND "due_at" IS NOT NULL;
