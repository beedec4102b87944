-- CreateTable
CREATE TABLE "incident_chat_channels" (
    "connection_id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "channel_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "private" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_chat_channels_pkey" PRIMARY KEY ("connection_id","incident_id","channel_id")
);

-- CreateIndex
CREATE INDEX "incident_chat_channels_incident_id_idx" ON "incident_chat_channels"("incident_id");

-- AddForeignKey
ALTER TABLE "incident_chat_channels" ADD CONSTRAINT "incident_chat_channels_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "integration_connections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_chat_channels" ADD CONSTRAINT "incident_chat_channels_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
