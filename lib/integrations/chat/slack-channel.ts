import type { WebClient } from "@slack/web-api";

/**
 * A channel per incident, through Slack's Web API (bot scopes channels:manage, groups:write, users:read.email).
 * Opening is idempotent by name: a retry after a creation whose answer was lost finds the channel it made instead of
 * failing or making a second one.
 */

type TSlackError = { data?: { error?: string } };
const slackErrorOf = (error: unknown) => (error as TSlackError).data?.error;

/** The channel's id: created (conversations.create), or found by name when Slack says it is taken. */
export async function openChannel(client: WebClient, name: string, isPrivate: boolean): Promise<string> {
  try {
    const answer = await client.conversations.create({ name, is_private: isPrivate });
    if (!answer.channel?.id) throw new Error("Slack answered conversations.create without a channel id");
    return answer.channel.id;
  } catch (error) {
    if (slackErrorOf(error) !== "name_taken") throw error;
  }
  const found = await findChannelByName(client, name);
  if (!found) throw new Error(`a channel named #${name} exists that the bot cannot see (archived, or private without the bot): rename or unarchive it`);
  return found;
}

async function findChannelByName(client: WebClient, name: string): Promise<string | null> {
  let cursor: string | undefined;
  // A bounded walk: 20 pages of 1,000 channels is a very large workspace.
  for (let page = 0; page < 20; page += 1) {
    const answer = await client.conversations.list({ types: "public_channel,private_channel", exclude_archived: true, limit: 1000, cursor });
    const match = answer.channels?.find((channel) => channel.name === name);
    if (match?.id) return match.id;
    cursor = answer.response_metadata?.next_cursor || undefined;
    if (!cursor) return null;
  }
  return null;
}

/** The Slack user with this e-mail address, or null when the workspace has none (users.lookupByEmail). */
async function slackUserByEmail(client: WebClient, email: string): Promise<string | null> {
  try {
    return (await client.users.lookupByEmail({ email })).user?.id ?? null;
  } catch (error) {
    if (slackErrorOf(error) === "users_not_found") return null;
    throw error;
  }
}

export type TInviteOutcome = { invited: number; alreadyIn: number; notInSlack: number };

/**
 * Invites people by e-mail (users.lookupByEmail, then conversations.invite one by one so that one person who cannot
 * be invited never holds back the others). Someone without a Slack account under that address is counted, not an error.
 */
export async function inviteByEmail(client: WebClient, channel: string, emails: string[]): Promise<TInviteOutcome> {
  const outcome: TInviteOutcome = { invited: 0, alreadyIn: 0, notInSlack: 0 };
  for (const email of new Set(emails.map((e) => e.toLowerCase()))) {
    const userId = await slackUserByEmail(client, email);
    if (!userId) {
      outcome.notInSlack += 1;
      continue;
    }
    try {
      await client.conversations.invite({ channel, users: userId });
      outcome.invited += 1;
    } catch (error) {
      const reason = slackErrorOf(error);
      if (reason === "already_in_channel" || reason === "cant_invite_self") outcome.alreadyIn += 1;
      else throw error;
    }
  }
  return outcome;
}

/** Removes people from the channel by e-mail (conversations.kick); someone already gone or unknown to Slack is fine. */
export async function removeByEmail(client: WebClient, channel: string, emails: string[]): Promise<{ removed: number }> {
  let removed = 0;
  for (const email of new Set(emails.map((e) => e.toLowerCase()))) {
    const userId = await slackUserByEmail(client, email);
    if (!userId) continue;
    try {
      await client.conversations.kick({ channel, user: userId });
      removed += 1;
    } catch (error) {
      if (slackErrorOf(error) !== "not_in_channel") throw error;
    }
  }
  return { removed };
}

/** Archives channels the incident no longer uses (already archived is fine). */
export async function archiveChannels(client: WebClient, channels: string[]): Promise<void> {
  for (const channel of channels) {
    try {
      await client.conversations.archive({ channel });
    } catch (error) {
      if (slackErrorOf(error) !== "already_archived") throw error;
    }
  }
}
