-- DropIndex
DROP INDEX "containment_executions_request_id_key";

-- AlterTable
ALTER TABLE "containment_requests" ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "attempt_claimed_at" TIMESTAMPTZ(3),
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'action',
ADD COLUMN     "releases_request_id" UUID;

-- AlterTable
ALTER TABLE "containment_executions" ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "client_token" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "containment_requests_releases_request_id_key" ON "containment_requests"("releases_request_id");

-- CreateIndex
CREATE UNIQUE INDEX "containment_executions_request_id_attempt_key" ON "containment_executions"("request_id", "attempt");

-- AddForeignKey
ALTER TABLE "containment_requests" ADD CONSTRAINT "containment_requests_releases_request_id_fkey" FOREIGN KEY ("releases_request_id") REFERENCES "containment_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a release names the request it undoes, and only a release does; an execution's attempt is positive.
ALTER TABLE "containment_requests"
    ADD CONSTRAINT "containment_requests_kind_known" CHECK ("kind" IN ('action', 'release')),
    ADD CONSTRAINT "containment_requests_release_names_original" CHECK (("kind" = 'release') = ("releases_request_id" IS NOT NULL)),
    ADD CONSTRAINT "containment_requests_attempt_positive" CHECK ("attempt" >= 1);
ALTER TABLE "containment_executions"
    ADD CONSTRAINT "containment_executions_attempt_positive" CHECK ("attempt" >= 1);
