import {
  type ChatInputCommandInteraction,
  type Client,
  type GuildTextBasedChannel,
  PermissionFlagsBits,
  type PermissionsString,
} from "discord.js";
import { classStrings } from "../content/class-strings.js";
import type { Locale } from "../content/locale.js";
import { answerPrivately } from "./respond.js";

/** What Réso needs to post an embed in a channel (in a thread, "Send Messages in Threads" instead of "Send Messages"). */
export type PostPermission = Extract<
  PermissionsString,
  "ViewChannel" | "SendMessages" | "SendMessagesInThreads" | "EmbedLinks"
>;

/**
 * The channel a moderator's command targets: the option's, else the one it was typed in; undefined when it is
 * not a text channel of this guild that Réso knows.
 */
export function targetChannel(
  interaction: ChatInputCommandInteraction,
  optionName?: string,
): GuildTextBasedChannel | undefined {
  const chosen = optionName ? interaction.options.getChannel(optionName) : null;
  const id = chosen?.id ?? interaction.channelId;
  const channel =
    interaction.guild?.channels.cache.get(id) ??
    (interaction.channel?.id === id ? interaction.channel : undefined) ??
    interaction.client.channels.cache.get(id);
  if (!channel || !("guildId" in channel) || channel.guildId !== interaction.guildId) return undefined;
  return channel.isTextBased() ? channel : undefined;
}

/** The permissions Réso lacks to post embeds in `channel`, in a fixed order; empty when it can post. */
export function missingPostPermissions(channel: GuildTextBasedChannel, client: Client): PostPermission[] {
  const needed: PostPermission[] = [
    "ViewChannel",
    channel.isThread() ? "SendMessagesInThreads" : "SendMessages",
    "EmbedLinks",
  ];
  const permissions = client.user ? channel.permissionsFor(client.user) : null;
  return needed.filter((name) => !permissions?.has(PermissionFlagsBits[name]));
}

/**
 * The channel a moderator's command will post in, once Réso has checked it can; otherwise the moderator is told
 * privately what is wrong (not a text channel, or which permissions are missing) and undefined is returned.
 */
export async function postableChannel(
  interaction: ChatInputCommandInteraction,
  locale: Locale,
  optionName?: string,
): Promise<GuildTextBasedChannel | undefined> {
  const strings = classStrings[locale];
  const channel = targetChannel(interaction, optionName);
  if (!channel) {
    await answerPrivately(interaction, { content: strings.notATextChannel });
    return undefined;
  }
  const missing = missingPostPermissions(channel, interaction.client);
  if (missing.length > 0) {
    const names = missing.map((name) => strings.permissionNames[name]);
    await answerPrivately(interaction, { content: strings.missingPermissions(channel.id, names) });
    return undefined;
  }
  return channel;
}
