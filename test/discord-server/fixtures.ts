/**
 * Guild fixtures: the default class server, normalisation (roles Discord always has), Discord's
 * permission algorithm, and the JSON objects Discord would send for users, members, roles, channels, guilds.
 */
import { randomBytes } from "node:crypto";
import type { ChannelFixture, GuildFixture, MemberFixture, PermissionOverwriteFixture, RoleFixture } from "./types.js";

/** The permission bits the server reasons about (same values as Discord's). */
export const Permissions = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  BanMembers: 1n << 2n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewAuditLog: 1n << 7n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  Connect: 1n << 20n,
  Speak: 1n << 21n,
  ChangeNickname: 1n << 26n,
  ManageRoles: 1n << 28n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** Every permission bit Discord defines today (what it sends for owners and administrators). */
export const ALL_PERMISSIONS = (1n << 51n) - 1n;

export const DEFAULT_EVERYONE_PERMISSIONS =
  Permissions.CreateInstantInvite |
  Permissions.AddReactions |
  Permissions.ViewChannel |
  Permissions.SendMessages |
  Permissions.EmbedLinks |
  Permissions.AttachFiles |
  Permissions.ReadMessageHistory |
  Permissions.UseExternalEmojis |
  Permissions.Connect |
  Permissions.Speak |
  Permissions.ChangeNickname |
  Permissions.UseApplicationCommands |
  Permissions.CreatePublicThreads |
  Permissions.SendMessagesInThreads;

export const DEFAULT_BOT_PERMISSIONS =
  Permissions.ViewChannel |
  Permissions.SendMessages |
  Permissions.EmbedLinks |
  Permissions.AttachFiles |
  Permissions.ReadMessageHistory |
  Permissions.AddReactions |
  Permissions.UseExternalEmojis |
  Permissions.SendMessagesInThreads;

/** Ids of the default fixture, for tests. */
export const DEFAULT_IDS = {
  botUserId: "1310000000000000001",
  guildId: "1310000000000000100",
  channels: { general: "1310000000000000201", annonces: "1310000000000000202" },
  roles: { teacher: "1310000000000000301", student: "1310000000000000302" },
  teacherId: "1310000000000000401",
  studentIds: ["1310000000000000402", "1310000000000000403", "1310000000000000404"],
} as const;

/** One guild "Classe de 1re": #général, #annonces, a teacher (ManageGuild | Administrator), three students. */
export function defaultGuildFixture(): GuildFixture {
  const teacherPermissions = Permissions.ManageGuild | Permissions.Administrator;
  return {
    id: DEFAULT_IDS.guildId,
    name: "Classe de 1re",
    ownerId: DEFAULT_IDS.teacherId,
    preferredLocale: "fr",
    channels: [
      { id: DEFAULT_IDS.channels.general, name: "général", type: 0, position: 0 },
      { id: DEFAULT_IDS.channels.annonces, name: "annonces", type: 0, position: 1 },
    ],
    roles: [
      { id: DEFAULT_IDS.roles.teacher, name: "Professeur", permissions: teacherPermissions, position: 2, hoist: true },
      { id: DEFAULT_IDS.roles.student, name: "Élève", permissions: 0n, position: 1 },
    ],
    members: [
      {
        id: DEFAULT_IDS.teacherId,
        username: "mme.martin",
        globalName: "Mme Martin",
        permissions: teacherPermissions,
        roles: [DEFAULT_IDS.roles.teacher],
      },
      { id: DEFAULT_IDS.studentIds[0], username: "lea.dubois", globalName: "Léa", roles: [DEFAULT_IDS.roles.student] },
      {
        id: DEFAULT_IDS.studentIds[1],
        username: "hugo.bernard",
        globalName: "Hugo",
        roles: [DEFAULT_IDS.roles.student],
      },
      { id: DEFAULT_IDS.studentIds[2], username: "ines.petit", globalName: "Inès", roles: [DEFAULT_IDS.roles.student] },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Ids

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh snowflake (timestamp-based, so ids sort by creation like Discord's). */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export function randomToken(bytes = 48): string {
  return randomBytes(bytes).toString("base64url");
}

/** A bot token shaped like Discord's: base64(user id).timestamp.hmac. */
export function botToken(botUserId: string): string {
  return `${Buffer.from(botUserId).toString("base64url")}.${randomToken(4)}.${randomToken(27)}`;
}

export function shardFor(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

// ---------------------------------------------------------------------------------------------
// Normalisation

export interface BotIdentity {
  id: string;
  username: string;
}

/**
 * Adds what every Discord guild has (the @everyone role, the bot's managed role, the bot member) and turns
 * member `permissions` not covered by their roles into a role, so the client computes what the server does.
 */
export function normaliseGuild(input: GuildFixture, bot: BotIdentity): GuildFixture {
  const guild: GuildFixture = structuredClone(input);
  guild.roles ??= [];
  guild.ownerId ??= snowflake();
  if (!guild.roles.some((role) => role.id === guild.id)) {
    guild.roles.unshift({
      id: guild.id,
      name: "@everyone",
      permissions: guild.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS,
      position: 0,
    });
  }
  let botRole = guild.roles.find((role) => role.botId === bot.id);
  if (!botRole) {
    botRole = {
      id: snowflake(),
      name: bot.username,
      permissions: guild.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
      position: guild.roles.length,
      managed: true,
      botId: bot.id,
    };
    guild.roles.push(botRole);
  }
  if (!guild.members.some((member) => member.id === bot.id)) {
    guild.members.push({ id: bot.id, username: bot.username, bot: true, roles: [botRole.id] });
  }
  for (const member of guild.members) {
    member.roles ??= [];
    if (member.permissions !== undefined) {
      const missing = member.permissions & ~basePermissions(guild, member.id, { ignoreOwner: true });
      if (missing !== 0n) {
        const role: RoleFixture = { id: snowflake(), name: `${member.username} (permissions)`, permissions: missing };
        role.position = guild.roles.length;
        guild.roles.push(role);
        member.roles.push(role.id);
      }
    }
  }
  return guild;
}

// ---------------------------------------------------------------------------------------------
// Permissions (Discord's algorithm, as discord.js's permissionsFor implements it)

export function findMember(guild: GuildFixture, userId: string): MemberFixture | undefined {
  return guild.members.find((member) => member.id === userId);
}

export function basePermissions(guild: GuildFixture, userId: string, options: { ignoreOwner?: boolean } = {}): bigint {
  if (!options.ignoreOwner && guild.ownerId === userId) return ALL_PERMISSIONS;
  const roles = guild.roles ?? [];
  let perms = roles.find((role) => role.id === guild.id)?.permissions ?? 0n;
  const member = findMember(guild, userId);
  for (const roleId of member?.roles ?? []) {
    perms |= roles.find((role) => role.id === roleId)?.permissions ?? 0n;
  }
  return perms & Permissions.Administrator ? ALL_PERMISSIONS : perms;
}

function applyOverwrites(
  guild: GuildFixture,
  userId: string,
  base: bigint,
  overwrites: PermissionOverwriteFixture[],
): bigint {
  let perms = base;
  const everyone = overwrites.find((o) => o.type === 0 && o.id === guild.id);
  if (everyone) perms = (perms & ~(everyone.deny ?? 0n)) | (everyone.allow ?? 0n);
  const memberRoles = findMember(guild, userId)?.roles ?? [];
  let allow = 0n;
  let deny = 0n;
  for (const o of overwrites) {
    if (o.type === 0 && o.id !== guild.id && memberRoles.includes(o.id)) {
      allow |= o.allow ?? 0n;
      deny |= o.deny ?? 0n;
    }
  }
  perms = (perms & ~deny) | allow;
  const own = overwrites.find((o) => o.type === 1 && o.id === userId);
  if (own) perms = (perms & ~(own.deny ?? 0n)) | (own.allow ?? 0n);
  return perms;
}

/** The channel's overwrites as sent to the client: the fixture's, plus a member overwrite realising `botPermissions`. */
export function effectiveOverwrites(
  guild: GuildFixture,
  channel: ChannelFixture,
  botId: string,
): PermissionOverwriteFixture[] {
  const own = channel.permissionOverwrites ?? [];
  if (channel.botPermissions === undefined) return own;
  const others = own.filter((o) => !(o.type === 1 && o.id === botId));
  const base = basePermissions(guild, botId);
  if (base === ALL_PERMISSIONS) return others;
  const before = applyOverwrites(guild, botId, base, others);
  const target = channel.botPermissions;
  return [...others, { id: botId, type: 1, allow: target & ~before, deny: before & ~target }];
}

export function channelPermissions(
  guild: GuildFixture,
  channel: ChannelFixture,
  userId: string,
  botId: string,
): bigint {
  const base = basePermissions(guild, userId);
  if (base === ALL_PERMISSIONS) return ALL_PERMISSIONS;
  return applyOverwrites(guild, userId, base, effectiveOverwrites(guild, channel, botId));
}

// ---------------------------------------------------------------------------------------------
// Discord JSON objects

export type Json = Record<string, unknown>;

const JOINED_AT = "2024-09-02T08:00:00.000Z";

export function userPayload(member: Pick<MemberFixture, "id" | "username" | "globalName" | "bot">): Json {
  return {
    id: member.id,
    username: member.username,
    discriminator: "0",
    global_name: member.bot ? null : (member.globalName ?? null),
    avatar: null,
    public_flags: 0,
    flags: 0,
    ...(member.bot ? { bot: true } : {}),
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
  };
}

export function memberPayload(member: MemberFixture, options: { withUser: boolean; permissions?: bigint }): Json {
  return {
    ...(options.withUser ? { user: userPayload(member) } : {}),
    nick: member.nick ?? null,
    avatar: null,
    banner: null,
    roles: [...(member.roles ?? [])],
    joined_at: JOINED_AT,
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0,
    communication_disabled_until: null,
    ...(options.permissions === undefined ? {} : { permissions: options.permissions.toString() }),
  };
}

export function rolePayload(role: RoleFixture): Json {
  return {
    id: role.id,
    name: role.name,
    color: role.color ?? 0,
    colors: { primary_color: role.color ?? 0, secondary_color: null, tertiary_color: null },
    hoist: role.hoist ?? false,
    icon: null,
    unicode_emoji: null,
    position: role.position ?? 0,
    permissions: role.permissions.toString(),
    managed: role.managed ?? false,
    mentionable: role.mentionable ?? false,
    flags: 0,
    ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
  };
}

export function overwritePayload(o: PermissionOverwriteFixture): Json {
  return { id: o.id, type: o.type, allow: (o.allow ?? 0n).toString(), deny: (o.deny ?? 0n).toString() };
}

export function channelPayload(guild: GuildFixture, channel: ChannelFixture, botId: string): Json {
  const type = channel.type ?? 0;
  const base: Json = {
    id: channel.id,
    type,
    guild_id: guild.id,
    name: channel.name,
    position: channel.position ?? Math.max(0, guild.channels.indexOf(channel)),
    parent_id: channel.parentId ?? null,
    permission_overwrites: effectiveOverwrites(guild, channel, botId).map(overwritePayload),
    flags: 0,
  };
  if (type === 4) return base;
  if (type === 2 || type === 13) {
    return { ...base, bitrate: 64000, user_limit: 0, rtc_region: null, nsfw: false, rate_limit_per_user: 0 };
  }
  return { ...base, topic: channel.topic ?? null, nsfw: false, last_message_id: null, rate_limit_per_user: 0 };
}

export function guildPayload(guild: GuildFixture): Json {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    system_channel_id: guild.channels.find((c) => (c.type ?? 0) === 0)?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    preferred_locale: guild.preferredLocale ?? "fr",
    features: [],
    application_id: null,
    home_header: null,
    region: "deprecated",
    widget_enabled: false,
    widget_channel_id: null,
    nsfw: false,
    incidents_data: null,
    max_presences: null,
    max_members: 25000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    roles: (guild.roles ?? []).map(rolePayload),
    emojis: [],
    stickers: [],
  };
}

/**
 * GUILD_CREATE as Discord sends it. Without the GUILD_PRESENCES intent Discord only includes the bot itself
 * (and voice members) in `members`; the server does the same so a bot cannot rely on a full member cache.
 */
export function guildCreatePayload(guild: GuildFixture, botId: string, allMembers: boolean): Json {
  const members = guild.members.filter((member) => allMembers || member.id === botId);
  return {
    ...guildPayload(guild),
    unavailable: false,
    joined_at: JOINED_AT,
    large: false,
    lazy: true,
    member_count: guild.members.length,
    channels: guild.channels.map((channel) => {
      const { guild_id: _guildId, ...rest } = channelPayload(guild, channel, botId);
      return rest;
    }),
    threads: [],
    members: members.map((member) => memberPayload(member, { withUser: true })),
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
    application_command_counts: {},
    hub_type: null,
  };
}
