import {
  ChannelType,
  type Client,
  DiscordAPIError,
  type NewsChannel,
  RESTJSONErrorCodes,
  type TextChannel,
} from "discord.js";
import { tipsStrings } from "../content/tips-strings.js";
import type { CourseCatalog } from "../domain/course.js";
import { type TipPermission, type TipPoster, type TipProblem, tipPermissions } from "../domain/tips/tipsService.js";
import { missingPostPermissions } from "./channelAccess.js";
import { tipView } from "./views/tip.js";

/** The channel kinds a tip can be posted in (what the `salon` option offers). */
export const tipChannelTypes = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

/**
 * The guilds this process posts for: those its gateway connection holds and that are available. With
 * several shards (or processes), each guild is in exactly one client's cache, so it is posted once; a guild
 * in an outage is skipped rather than reported as a deleted channel.
 */
export function ownedGuildIds(client: Client): string[] {
  return client.guilds.cache.filter((guild) => guild.available).map((guild) => guild.id);
}

export type ChannelCheck =
  | { readonly ok: true; readonly channel: TextChannel | NewsChannel }
  | { readonly ok: false; readonly problem: TipProblem };

/** Whether Réso can post a tip in this channel now: it exists, is a text channel, and Réso may view, send and embed. */
export async function checkTipChannel(client: Client, guildId: string, channelId: string): Promise<ChannelCheck> {
  const guild = client.guilds.cache.get(guildId);
  if (!guild) return { ok: false, problem: { kind: "channel-missing" } };
  // With the Guilds intent the cache holds every channel of the guild, kept current by CHANNEL_CREATE/UPDATE/
  // DELETE: a miss means the channel is gone, and no REST call is spent asking.
  const channel = guild.channels.cache.get(channelId);
  if (!channel || (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement)) {
    return { ok: false, problem: { kind: "channel-missing" } };
  }
  if (!guild.members.me) await guild.members.fetchMe();
  // Tip channels are never threads, so what is missing is always one of the tip permissions.
  const missing = missingPostPermissions(channel, client).filter((name): name is TipPermission =>
    (tipPermissions as readonly string[]).includes(name),
  );
  if (missing.length > 0) return { ok: false, problem: { kind: "missing-permissions", permissions: missing } };
  return { ok: true, channel };
}

/** The message's link, for replies and /config voir. */
export function messageUrl(guildId: string, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}

/** A problem in the reader's language. */
export function describeProblem(problem: TipProblem, strings: (typeof tipsStrings)["fr"]): string {
  switch (problem.kind) {
    case "channel-missing":
      return strings.problems.channelMissing;
    case "missing-permissions":
      return strings.problems.missingPermissions(
        problem.permissions.map((name: TipPermission) => strings.problems.permissionNames[name]),
      );
    case "discord-error":
      return strings.problems.discordError(problem.message);
  }
}

/** Posts a tip in the channel, in French (the class's shared language), mentioning nobody. */
export function discordPoster(client: Client, catalog: CourseCatalog): TipPoster {
  return async ({ guildId, channelId }, tip) => {
    const check = await checkTipChannel(client, guildId, channelId);
    if (!check.ok) return check;
    const strings = tipsStrings.fr.tip;
    try {
      const message = await check.channel.send({
        ...tipView(tip, catalog, strings, strings.dailyHeading),
      });
      return { ok: true, messageId: message.id };
    } catch (error) {
      return { ok: false, problem: problemFromError(error) };
    }
  };
}

function problemFromError(error: unknown): TipProblem {
  if (isDiscordCode(error, RESTJSONErrorCodes.UnknownChannel)) return { kind: "channel-missing" };
  if (isDiscordCode(error, RESTJSONErrorCodes.MissingAccess)) {
    return { kind: "missing-permissions", permissions: ["ViewChannel"] };
  }
  // Discord does not say which one: the check before sending found them all, so something changed meanwhile.
  if (isDiscordCode(error, RESTJSONErrorCodes.MissingPermissions))
    return { kind: "missing-permissions", permissions: [] };
  return { kind: "discord-error", message: error instanceof Error ? error.message : String(error) };
}

function isDiscordCode(error: unknown, ...codes: number[]): boolean {
  return error instanceof DiscordAPIError && typeof error.code === "number" && codes.includes(error.code);
}
