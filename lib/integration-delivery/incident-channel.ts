import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TClaimedMessage } from "@/lib/integrations/connector-types";
import { mayUseChannel } from "@/lib/integrations/outbound-policy";
import { appendTimelineEvent } from "@/lib/timeline/append";

/**
 * The database half of a chat channel per incident (the Slack half is lib/integrations/chat/slack-channel.ts): before
 * an attempt, the channel already opened for the incident and, for an opening, who is to be invited; after a
 * successful one, the channel stored once and told on the incident's timeline.
 */

type TChannelPayload = { incidentChannel?: { name: string; private: boolean }; channel?: string };

/**
 * Who is invited is decided when the invitation goes out, not when it was queued: the incident's commander and
 * members as they are now, active accounts only — the people who may see the incident, so a need-to-know incident's
 * private channel holds no one else.
 */
async function peopleToInvite(incidentId: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ email: string }[]>`
    SELECT u.email FROM users u
     WHERE u.active
       AND (u.id = (SELECT commander_id FROM incidents WHERE id = ${incidentId}::uuid)
            OR u.id IN (SELECT user_id FROM incident_members WHERE incident_id = ${incidentId}::uuid))
     ORDER BY u.email`;
  return rows.map((row) => row.email);
}

/** The e-mail of someone who left the incident, unless they are back on it (or its commander) by now. */
async function leaverEmails(incidentId: string, userId: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ email: string }[]>`
    SELECT u.email FROM users u
     WHERE u.id = ${userId}::uuid
       AND NOT EXISTS (SELECT 1 FROM incidents WHERE id = ${incidentId}::uuid AND commander_id = u.id)
       AND NOT EXISTS (SELECT 1 FROM incident_members WHERE incident_id = ${incidentId}::uuid AND user_id = u.id)`;
  return rows.map((row) => row.email);
}

/**
 * The claimed message as the connector must see it now: the incident's channel in use (the latest opened), unless
 * the policy says this message may not use it — then none, so the connector opens the right one. An opening of a
 * private channel archives every public one the incident had (whichever message happened to open the private one).
 */
export async function withIncidentChannel(claimed: TClaimedMessage): Promise<TClaimedMessage> {
  const payload = claimed.payload as TChannelPayload;
  if (!payload.incidentChannel || !claimed.incidentId) return claimed;
  const opened = await prisma.incidentChatChannel.findMany({
    where: { connectionId: claimed.connectionId, incidentId: claimed.incidentId },
    orderBy: { createdAt: "desc" },
    select: { channelId: true, private: true },
  });
  const resolved: Record<string, unknown> = { ...claimed.payload };
  const current = opened[0];
  if (current && mayUseChannel(current, payload.incidentChannel)) resolved.channel = current.channelId;
  if (claimed.operation.endsWith(".open_channel")) {
    resolved.inviteEmails = await peopleToInvite(claimed.incidentId);
    if (payload.incidentChannel.private) resolved.archiveChannels = opened.filter((c) => !c.private).map((c) => c.channelId);
  }
  if (claimed.operation.endsWith(".remove_member")) resolved.removeEmails = await leaverEmails(claimed.incidentId, String(claimed.payload.userId));
  return { ...claimed, payload: resolved };
}

/**
 * After a successful attempt, in the attempt's transaction: the channel kept for the incident (whichever message
 * opened it), and told once on the timeline by the first opening message to deliver, which knows whom it invited
 * and what it archived.
 */
export async function recordIncidentChannel(tx: Prisma.TransactionClient, claimed: TClaimedMessage, result: Record<string, unknown>): Promise<void> {
  const payload = claimed.payload as TChannelPayload;
  if (!payload.incidentChannel || !claimed.incidentId || typeof result.channel !== "string") return;
  await tx.$executeRaw`
    INSERT INTO incident_chat_channels (connection_id, incident_id, channel_id, name, private)
    VALUES (${claimed.connectionId}::uuid, ${claimed.incidentId}::uuid, ${result.channel}, ${payload.incidentChannel.name}, ${payload.incidentChannel.private})
    ON CONFLICT DO NOTHING`;
  if (!claimed.operation.endsWith(".open_channel")) return;
  const [told] = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM timeline_events WHERE incident_id = ${claimed.incidentId}::uuid AND kind = 'chat.channel-opened' AND payload->>'channelId' = ${result.channel}`;
  if (told) return;
  const connection = await tx.integrationConnection.findUniqueOrThrow({ where: { id: claimed.connectionId }, select: { name: true, kind: true } });
  await appendTimelineEvent(tx, {
    incidentId: claimed.incidentId,
    kind: "chat.channel-opened",
    actor: { kind: "system", name: connection.name },
    payload: {
      service: connection.kind,
      connection: connection.name,
      channelId: result.channel,
      name: payload.incidentChannel.name,
      private: payload.incidentChannel.private,
      invited: typeof result.invited === "number" ? result.invited : null,
      notInSlack: typeof result.notInSlack === "number" ? result.notInSlack : null,
      archived: Array.isArray(result.archived) ? result.archived.map(String) : [],
    },
  });
}
