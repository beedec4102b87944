-- CreateTable
CREATE TABLE "finding_sources" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "role_arn" TEXT NOT NULL DEFAULT '',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "watermark" TIMESTAMPTZ(3),
    "last_run_at" TIMESTAMPTZ(3),
    "last_success_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_sources_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "finding_sources_kind_region_role_arn_key" ON "finding_sources"("kind", "region", "role_arn");
