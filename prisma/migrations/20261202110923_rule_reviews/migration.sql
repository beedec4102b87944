-- CreateTable
CREATE TABLE "rule_reviews" (
    "id" UUID NOT NULL,
    "rule_id" TEXT NOT NULL,
    "rule_version" TEXT NOT NULL,
    "reviewer_name" TEXT NOT NULL,
    "reviewed_on" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recorded_by_id" UUID,
    "recorded_by_token_id" UUID,
    "recorded_by_label" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rule_reviews_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rule_reviews_rule_id_rule_version_recorded_at_idx" ON "rule_reviews"("rule_id", "rule_version", "recorded_at");

-- AddForeignKey
ALTER TABLE "rule_reviews" ADD CONSTRAINT "rule_reviews_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rule_reviews" ADD CONSTRAINT "rule_reviews_recorded_by_token_id_fkey" FOREIGN KEY ("recorded_by_token_id") REFERENCES "api_tokens"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Reviews are history: a correction is a new row, never an edit (the function comes from clock_facts_register).
CREATE TRIGGER "rule_reviews_insert_only"
    BEFORE UPDATE OR DELETE ON "rule_reviews"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_insert_only"();

-- Every review names its reviewer and whoever recorded it, within the lengths the API accepts.
ALTER TABLE "rule_reviews" ADD CONSTRAINT "rule_reviews_reviewer_named"
    CHECK (char_length("reviewer_name") BETWEEN 1 AND 200);
ALTER TABLE "rule_reviews" ADD CONSTRAINT "rule_reviews_note_bounded"
    CHECK (char_length("note") <= 10000);
ALTER TABLE "rule_reviews" ADD CONSTRAINT "rule_reviews_recorded_by_someone"
    CHECK ("recorded_by_id" IS NOT NULL OR "recorded_by_token_id" IS NOT NULL);
