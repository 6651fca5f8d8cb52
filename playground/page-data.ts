/** The local Discord's state as the page shows it to one member: the channels, who is who, what they may see. */
import { basePermissions } from "../test/discord-server/fixtures.js";
import { type LocalDiscord, Permissions, type TimelineMessage } from "../test/discord-server/index.js";
import type { MessagesResponse, PageMember, PageMessage, PageState, RegisteredCommand } from "./web/protocol.js";

const LOADING = 1 << 7;

export function pageState(discord: LocalDiscord): PageState {
  const guild = requireGuild(discord);
  return {
    guild: { id: guild.id, name: guild.name },
    bot: { id: discord.botUserId, name: "Réso" },
    channels: guild.channels
      .filter((channel) => (channel.type ?? 0) === 0)
      .map((channel) => ({ id: channel.id, name: channel.name, ...(channel.topic ? { topic: channel.topic } : {}) })),
    members: guild.members.filter((member) => !member.bot).map((member) => pageMember(discord, member.id)),
  };
}

function pageMember(discord: LocalDiscord, userId: string): PageMember {
  const guild = requireGuild(discord);
  const member = guild.members.find((m) => m.id === userId);
  if (!member) throw new Error(`unknown member ${userId}`);
  const role = (guild.roles ?? [])
    .filter((r) => member.roles?.includes(r.id) && !r.name.endsWith("(permissions)"))
    .sort((a, b) => (b.position ?? 0) - (a.position ?? 0))[0];
  return {
    id: member.id,
    name: member.globalName ?? member.username,
    username: member.username,
    roleName: role?.name ?? "",
    ...(role?.hoist ? { roleColor: "#f0b232" } : {}),
    moderator: hasPermission(discord, userId, Permissions.ManageGuild),
  };
}

function hasPermission(discord: LocalDiscord, userId: string, permission: bigint): boolean {
  return (basePermissions(requireGuild(discord), userId) & permission) === permission;
}

/** The guild's commands this member sees: Discord hides those whose default permissions the member lacks. */
export function commandsFor(discord: LocalDiscord, userId: string): RegisteredCommand[] {
  const guild = requireGuild(discord);
  const registered = (discord.registeredCommands().guilds[guild.id] ?? []) as RegisteredCommand[];
  const permissions = basePermissions(guild, userId);
  return registered
    .filter((command) => {
      if (command.default_member_permissions === null) return true;
      const required = BigInt(command.default_member_permissions);
      return (permissions & required) === required;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The channel as `userId` scrolls through it: everything public, and the ephemeral replies meant for them. */
export function messagesFor(discord: LocalDiscord, channelId: string, userId: string): MessagesResponse {
  const visible = (message: TimelineMessage) => !message.visibleTo || message.visibleTo === userId;
  const counts: Record<string, number> = {};
  for (const channel of requireGuild(discord).channels) {
    counts[channel.id] = discord.timeline(channel.id).filter(visible).length;
  }
  return { messages: discord.timeline(channelId).filter(visible).map(pageMessage), counts };
}

function pageMessage(message: TimelineMessage): PageMessage {
  return {
    id: message.id,
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    attachments: message.attachments.map((attachment) => ({
      filename: attachment.filename,
      size: attachment.size,
      contentType: attachment.contentType,
      url: `/api/attachments/${message.id}/${attachment.id}`,
    })),
    ephemeral: message.ephemeral,
    loading: (message.flags & LOADING) !== 0,
    edited: message.editedAt !== undefined,
    createdAt: message.createdAt,
    ...(message.commandName && message.interactionUserId
      ? { command: { name: message.commandName, userId: message.interactionUserId } }
      : {}),
  };
}

function requireGuild(discord: LocalDiscord) {
  const guild = discord.guilds[0];
  if (!guild) throw new Error("the playground has no guild");
  return guild;
}
