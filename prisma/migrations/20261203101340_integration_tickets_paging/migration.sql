-- AlterTable
ALTER TABLE "tasks" ADD COLUMN     "ticket_connection_id" UUID,
ADD COLUMN     "ticket_key" TEXT,
ADD COLUMN     "ticket_url" TEXT;

-- CreateTable
CREATE TABLE "integration_connections" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "config" JSONB NOT NULL DEFAULT '{}',
    "secret" TEXT,
    "inbound_secret" TEXT,
    "last_success_at" TIMESTAMPTZ(3),
    "last_error_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "integration_connections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integration_messages" (
    "id" TEXT NOT NULL,
    "connection_id" UUID NOT NULL,
    "incident_id" UUID,
    "operation" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "retry_step" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claim_token" UUID,
    "claimed_until" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "result" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "integration_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integration_attempts" (
    "id" BIGSERIAL NOT NULL,
    "message_id" TEXT NOT NULL,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status_code" INTEGER,
    "latency_ms" INTEGER NOT NULL,
    "error" TEXT,

    CONSTRAINT "integration_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integration_inbound_deliveries" (
    "connection_id" UUID NOT NULL,
    "delivery_key" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "integration_inbound_deliveries_pkey" PRIMARY KEY ("connection_id","delivery_key")
);

-- CreateIndex
CREATE INDEX "integration_messages_status_next_attempt_at_idx" ON "integration_messages"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "integration_attempts_message_id_attempted_at_idx" ON "integration_attempts"("message_id", "attempted_at");

-- CreateIndex
CREATE UNIQUE INDEX "tasks_ticket_connection_id_ticket_key_key" ON "tasks"("ticket_connection_id", "ticket_key");

-- AddForeignKey
ALTER TABLE "integration_messages" ADD CONSTRAINT "integration_messages_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "integration_connections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integration_attempts" ADD CONSTRAINT "integration_attempts_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "integration_messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;
