/**
 * Everything the simulated Discord knows: guilds, DM channels, messages, interactions, commands,
 * recorded calls and violations. REST handlers and the public API both work on this object.
 */
import { EventEmitter } from "node:events";
import { type BotIdentity, channelPermissions, findMember, type Json, snowflake, userPayload } from "./fixtures.js";
import type {
  ApiComponent,
  ApiEmbed,
  AttachmentState,
  AutocompleteChoice,
  ChannelFixture,
  GuildFixture,
  LocalDiscordOptions,
  MemberFixture,
  MessageState,
  ModalData,
  RecordedCall,
  RecordedFile,
  Violation,
} from "./types.js";
import { MESSAGE_FLAGS, walkComponents } from "./validation.js";

export interface StoredMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  content: string;
  embeds: ApiEmbed[];
  components: ApiComponent[];
  flags: number;
  attachments: AttachmentState[];
  allowedMentions?: unknown;
  createdAt: number;
  editedAt?: number;
  interactionId?: string;
  /** Discord message type: 0 default, 19 reply, 20 chat input command. */
  type: number;
  source: "channel" | "interaction";
  /** For ephemeral messages: the only user who can see (and click) them. */
  visibleTo?: string;
  interactionMetadata?: Json;
  deleted: boolean;
}

export interface InteractionRecord {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  payload: Json;
  guildId: string | null;
  channelId: string;
  userId: string;
  createdAt: number;
  ackType?: number;
  ackedAt?: number;
  originalMessageId?: string;
  followUpIds: string[];
  /** The message a component (or a modal opened from a component) belongs to. */
  sourceMessageId?: string;
  modal?: ModalData;
  choices?: AutocompleteChoice[];
  /** Type of the focused option of an autocomplete interaction. */
  focusedType?: number;
  description: string;
  calls: RecordedCall[];
  /** Requests of this interaction still being handled. */
  pending: number;
  lastActivity: number;
}

export type ResolvedChannel =
  | { kind: "guild"; guild: GuildFixture; channel: ChannelFixture; deleted: boolean }
  | { kind: "dm"; user: MemberFixture; channelId: string };

interface Fault {
  pattern: RegExp;
  status: number;
  body?: unknown;
  retryAfter?: number;
  remaining: number;
}

export class DiscordState {
  readonly events = new EventEmitter();
  readonly calls: RecordedCall[] = [];
  readonly violations: Violation[] = [];
  readonly messages = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();
  /** scope ("global" or a guild id) -> "type:name" -> command object as Discord returns it. */
  readonly commands = new Map<string, Map<string, Json>>();
  readonly deletedChannels = new Map<string, { guild: GuildFixture; channel: ChannelFixture }>();
  readonly dmChannels = new Map<string, string>();
  readonly faults: Fault[] = [];
  lastRestActivity = 0;
  pendingRest = 0;

  constructor(
    readonly options: Required<
      Pick<
        LocalDiscordOptions,
        "token" | "applicationId" | "ackTimeoutMs" | "tokenLifetimeMs" | "shardCount" | "privilegedIntents"
      >
    >,
    readonly bot: BotIdentity,
    readonly guilds: GuildFixture[],
  ) {
    this.events.setMaxListeners(0);
  }

  // -------------------------------------------------------------------------------------------
  // Lookups

  guild(guildId: string): GuildFixture | undefined {
    return this.guilds.find((guild) => guild.id === guildId);
  }

  /** Any known user (members of any guild). */
  user(userId: string): MemberFixture | undefined {
    for (const guild of this.guilds) {
      const member = findMember(guild, userId);
      if (member) return member;
    }
    return undefined;
  }

  dmChannelId(userId: string): string {
    let id = this.dmChannels.get(userId);
    if (!id) {
      id = snowflake();
      this.dmChannels.set(userId, id);
    }
    return id;
  }

  resolveChannel(channelId: string, includeDeleted = false): ResolvedChannel | undefined {
    for (const guild of this.guilds) {
      const channel = guild.channels.find((c) => c.id === channelId);
      if (channel) return { kind: "guild", guild, channel, deleted: false };
    }
    for (const [userId, id] of this.dmChannels) {
      const user = this.user(userId);
      if (id === channelId && user) return { kind: "dm", user, channelId };
    }
    const deleted = this.deletedChannels.get(channelId);
    if (deleted && includeDeleted) return { kind: "guild", ...deleted, deleted: true };
    return undefined;
  }

  /** Bot permissions in a channel (DMs: what Discord grants a bot in a DM). */
  botPermissionsIn(resolved: ResolvedChannel): bigint {
    if (resolved.kind === "dm") return DM_PERMISSIONS;
    return channelPermissions(resolved.guild, resolved.channel, this.bot.id, this.bot.id);
  }

  // -------------------------------------------------------------------------------------------
  // Recording

  record(call: RecordedCall): void {
    this.calls.push(call);
    this.events.emit("call", call);
  }

  violate(violation: Omit<Violation, "at">): Violation {
    const full: Violation = { ...violation, at: Date.now() };
    this.violations.push(full);
    this.events.emit("violation", full);
    return full;
  }

  takeFault(method: string, path: string, route: string): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        [`${method} ${path}`, `${method} ${route}`, path, route].some((candidate) => {
          f.pattern.lastIndex = 0;
          return f.pattern.test(candidate);
        }),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults.splice(this.faults.indexOf(fault), 1);
    return fault;
  }

  // -------------------------------------------------------------------------------------------
  // Messages

  /** Creates a message from a (validated) message payload. */
  createMessage(input: {
    channelId: string;
    guildId: string | null;
    body: Record<string, unknown>;
    files: RecordedFile[];
    source: StoredMessage["source"];
    type: number;
    extraFlags?: number;
    interaction?: InteractionRecord;
  }): StoredMessage {
    const allowedFlags =
      MESSAGE_FLAGS.SuppressEmbeds |
      MESSAGE_FLAGS.SuppressNotifications |
      MESSAGE_FLAGS.IsComponentsV2 |
      (input.source === "interaction" ? MESSAGE_FLAGS.Ephemeral : 0);
    const requested = typeof input.body.flags === "number" ? input.body.flags : 0;
    const message: StoredMessage = {
      id: snowflake(),
      channelId: input.channelId,
      guildId: input.guildId,
      content: "",
      embeds: [],
      components: [],
      flags: (requested & allowedFlags) | (input.extraFlags ?? 0),
      attachments: [],
      createdAt: Date.now(),
      type: input.type,
      source: input.source,
      deleted: false,
    };
    if (input.interaction) {
      message.interactionId = input.interaction.id;
      message.interactionMetadata = {
        id: input.interaction.id,
        type: input.interaction.type,
        user: userPayload(this.user(input.interaction.userId) ?? { id: input.interaction.userId, username: "unknown" }),
        authorizing_integration_owners: input.interaction.payload.authorizing_integration_owners,
      };
      if (message.flags & MESSAGE_FLAGS.Ephemeral) message.visibleTo = input.interaction.userId;
    }
    this.applyBody(message, input.body, input.files, true);
    this.messages.set(message.id, message);
    return message;
  }

  /** What the message would look like after `body`, without changing it (to check emptiness first). */
  previewEdit(message: StoredMessage, body: Record<string, unknown>, files: RecordedFile[]): StoredMessage {
    const copy = structuredClone(message);
    this.applyBody(copy, body, files, false);
    return copy;
  }

  editMessage(message: StoredMessage, body: Record<string, unknown>, files: RecordedFile[]): void {
    this.applyBody(message, body, files, false);
    message.editedAt = Date.now();
  }

  private applyBody(
    message: StoredMessage,
    body: Record<string, unknown>,
    files: RecordedFile[],
    create: boolean,
  ): void {
    if ("content" in body) message.content = typeof body.content === "string" ? body.content : "";
    if ("embeds" in body) {
      message.embeds = Array.isArray(body.embeds)
        ? (structuredClone(body.embeds) as ApiEmbed[]).map(normaliseEmbed)
        : [];
    }
    if ("components" in body) {
      message.components = Array.isArray(body.components)
        ? assignComponentIds(structuredClone(body.components) as ApiComponent[])
        : [];
    }
    if ("allowed_mentions" in body) message.allowedMentions = structuredClone(body.allowed_mentions);
    if (!create && typeof body.flags === "number") {
      // Only these flags can change on edit; ephemeral cannot.
      const editable = MESSAGE_FLAGS.SuppressEmbeds | MESSAGE_FLAGS.IsComponentsV2;
      message.flags = (message.flags & ~editable) | (body.flags & editable);
    }
    const uploaded = files.map((file, index) => ({ file, index }));
    const fromFile = (file: RecordedFile, meta?: Record<string, unknown>): AttachmentState => ({
      id: snowflake(),
      filename: typeof meta?.filename === "string" ? meta.filename : file.filename,
      size: file.size,
      contentType: file.contentType,
      ...(typeof meta?.description === "string" ? { description: meta.description } : {}),
      data: file.data,
    });
    const fileIndex = (file: RecordedFile, index: number): string => {
      const match = /^files\[(\d+)\]$/.exec(file.field);
      return match?.[1] ?? String(index);
    };
    if (Array.isArray(body.attachments)) {
      const next: AttachmentState[] = [];
      const used = new Set<RecordedFile>();
      for (const raw of body.attachments as Record<string, unknown>[]) {
        const id = String(raw.id);
        const existing = message.attachments.find((a) => a.id === id);
        if (existing) {
          next.push(existing);
          continue;
        }
        const upload = uploaded.find(({ file, index }) => fileIndex(file, index) === id);
        if (upload) {
          next.push(fromFile(upload.file, raw));
          used.add(upload.file);
        }
      }
      for (const { file } of uploaded) if (!used.has(file)) next.push(fromFile(file));
      message.attachments = next;
    } else if (files.length > 0) {
      message.attachments = [...(create ? [] : message.attachments), ...files.map((file) => fromFile(file))];
    }
  }

  /** The message as the API returns it. */
  apiMessage(message: StoredMessage, options: { withGuildId?: boolean } = {}): Json {
    return {
      type: message.type,
      content: message.content,
      mentions: [],
      mention_roles: [],
      attachments: message.attachments.map((a) => ({
        id: a.id,
        filename: a.filename,
        size: a.size,
        url: `https://cdn.discordapp.com/attachments/${message.channelId}/${a.id}/${encodeURIComponent(a.filename)}`,
        proxy_url: `https://media.discordapp.net/attachments/${message.channelId}/${a.id}/${encodeURIComponent(a.filename)}`,
        content_type: a.contentType,
        ...(a.description ? { description: a.description } : {}),
      })),
      embeds: structuredClone(message.embeds),
      timestamp: new Date(message.createdAt).toISOString(),
      edited_timestamp: message.editedAt ? new Date(message.editedAt).toISOString() : null,
      flags: message.flags,
      components: structuredClone(message.components),
      id: message.id,
      channel_id: message.channelId,
      author: userPayload({ id: this.bot.id, username: this.bot.username, bot: true }),
      pinned: false,
      mention_everyone: false,
      tts: false,
      ...(message.source === "interaction"
        ? { application_id: this.options.applicationId, webhook_id: this.options.applicationId }
        : {}),
      ...(message.interactionMetadata ? { interaction_metadata: structuredClone(message.interactionMetadata) } : {}),
      ...(options.withGuildId && message.guildId ? { guild_id: message.guildId } : {}),
    };
  }

  /** Public snapshot of a message; undefined when unknown or deleted. */
  messageState(id: string | undefined): MessageState | undefined {
    const message = id ? this.messages.get(id) : undefined;
    if (!message || message.deleted) return undefined;
    return {
      id: message.id,
      channelId: message.channelId,
      guildId: message.guildId,
      content: message.content,
      embeds: structuredClone(message.embeds),
      components: structuredClone(message.components),
      flags: message.flags,
      ephemeral: (message.flags & MESSAGE_FLAGS.Ephemeral) !== 0,
      ...(message.interactionId ? { interactionId: message.interactionId } : {}),
      attachments: message.attachments.map((a) => ({ ...a })),
      ...(message.allowedMentions === undefined ? {} : { allowedMentions: structuredClone(message.allowedMentions) }),
      createdAt: message.createdAt,
      ...(message.editedAt === undefined ? {} : { editedAt: message.editedAt }),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Commands

  commandScope(scope: string): Map<string, Json> {
    let map = this.commands.get(scope);
    if (!map) {
      map = new Map();
      this.commands.set(scope, map);
    }
    return map;
  }

  /** Stores a command as Discord would return it, keeping the id of a same-named command. */
  upsertCommand(scope: string, input: Record<string, unknown>, previous?: Map<string, Json>): Json {
    const type = typeof input.type === "number" ? input.type : 1;
    const key = `${type}:${String(input.name)}`;
    const existing = (previous ?? this.commandScope(scope)).get(key);
    const perms = input.default_member_permissions;
    const command: Json = {
      id: typeof existing?.id === "string" ? existing.id : snowflake(),
      application_id: this.options.applicationId,
      version: snowflake(),
      default_member_permissions: perms === undefined || perms === null ? null : String(perms),
      type,
      name: input.name,
      ...(input.name_localizations ? { name_localizations: input.name_localizations } : {}),
      description: typeof input.description === "string" ? input.description : "",
      ...(input.description_localizations ? { description_localizations: input.description_localizations } : {}),
      dm_permission: input.dm_permission ?? true,
      contexts: input.contexts ?? null,
      integration_types: input.integration_types ?? [0],
      nsfw: input.nsfw ?? false,
      ...(Array.isArray(input.options) && input.options.length > 0 ? { options: structuredClone(input.options) } : {}),
      ...(scope === "global" ? {} : { guild_id: scope }),
    };
    this.commandScope(scope).set(key, command);
    return command;
  }

  /** The registered chat-input command a user would pick in `guildId` (guild commands first). */
  findCommand(name: string, guildId: string | null, type = 1): Json | undefined {
    const key = `${type}:${name}`;
    return (guildId ? this.commands.get(guildId)?.get(key) : undefined) ?? this.commands.get("global")?.get(key);
  }
}

/** Discord echoes embeds with a type and every field's `inline` set. */
function normaliseEmbed(embed: ApiEmbed): ApiEmbed {
  return {
    type: "rich",
    ...embed,
    ...(embed.fields ? { fields: embed.fields.map((field) => ({ ...field, inline: field.inline ?? false })) } : {}),
  };
}

/** Permissions Discord reports for a bot in a DM. */
export const DM_PERMISSIONS =
  (1n << 6n) | (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 18n);

/** Discord numbers components without an id in traversal order, skipping ids already used. */
export function assignComponentIds(components: ApiComponent[]): ApiComponent[] {
  const used = new Set<number>();
  walkComponents(components, (component) => {
    if (typeof component.id === "number") used.add(component.id);
  });
  let next = 1;
  walkComponents(components, (component) => {
    if (typeof component.id === "number") return;
    while (used.has(next)) next += 1;
    component.id = next;
    used.add(next);
  });
  return components;
}
