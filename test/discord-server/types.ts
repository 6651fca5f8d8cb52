/**
 * Public shapes of the local Discord test server: fixtures, recorded traffic, message state.
 * Discord JSON is kept loosely typed (index signatures) so tests can read any field Discord would send.
 */

/** A user in a guild fixture. `permissions` become a dedicated role so discord.js computes the same bits. */
export interface MemberFixture {
  id: string;
  username: string;
  globalName?: string;
  /** Guild-wide permissions on top of @everyone and `roles`. Default: nothing special. */
  permissions?: bigint;
  /** Role ids from the guild fixture. */
  roles?: string[];
  nick?: string;
  bot?: boolean;
  /** The user refuses DMs: POST /channels/{dm}/messages answers 403 50007 like Discord. */
  dmsClosed?: boolean;
}

export interface RoleFixture {
  id: string;
  name: string;
  permissions: bigint;
  position?: number;
  color?: number;
  hoist?: boolean;
  mentionable?: boolean;
  managed?: boolean;
  /** Set for the role Discord creates when a bot joins (tags.bot_id). */
  botId?: string;
}

export interface PermissionOverwriteFixture {
  id: string;
  /** 0 = role, 1 = member. */
  type: 0 | 1;
  allow?: bigint;
  deny?: bigint;
}

export interface ChannelFixture {
  id: string;
  name: string;
  /** Discord channel type; default 0 (GUILD_TEXT). */
  type?: number;
  parentId?: string;
  topic?: string;
  position?: number;
  permissionOverwrites?: PermissionOverwriteFixture[];
  /**
   * The bot's effective permissions in this channel. Sent to the client as a member overwrite for the bot
   * (so `channel.permissionsFor(client.user)` yields exactly these bits) and enforced on REST calls.
   */
  botPermissions?: bigint;
}

export interface GuildFixture {
  id: string;
  name: string;
  channels: ChannelFixture[];
  /** @everyone (id = guild id) and the bot's managed role are added when missing. */
  roles?: RoleFixture[];
  members: MemberFixture[];
  ownerId?: string;
  /** Permissions of the bot's managed role (guild-wide). */
  botPermissions?: bigint;
  /** Permissions of @everyone when the fixture does not define that role. */
  everyonePermissions?: bigint;
  preferredLocale?: string;
}

/** A file part of a multipart request. */
export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface RecordedCall {
  method: string;
  /** Path after /api/v10, percent-decoded (`@original`, not `%40original`). */
  path: string;
  /** Route template, e.g. "/interactions/:id/:token/callback"; "unknown" when no route matched. */
  route: string;
  query: Record<string, string>;
  /** Lower-case request headers, without authorization. */
  headers: Record<string, string>;
  /** Parsed JSON body, or the parsed payload_json of a multipart body; undefined without body. */
  body: unknown;
  /** File parts of a multipart body. */
  files: RecordedFile[];
  status: number;
  responseBody: unknown;
  at: number;
  /** performance.now() when the request reached the server, before its body was read: for latency measurements. */
  receivedAt: number;
  /** Set for callbacks and webhook calls that belong to a known interaction. */
  interactionId?: string;
  /** True when the answer came from failNext rather than from the simulated Discord. */
  injected?: boolean;
}

export type ViolationKind =
  | "schema"
  | "limit"
  | "late-ack"
  | "duplicate-ack"
  | "not-acknowledged"
  | "expired-token"
  | "unknown-interaction"
  | "unknown-webhook"
  | "unknown-message"
  | "unknown-channel"
  | "unknown-route"
  | "invalid-response-type"
  | "permission"
  | "auth"
  | "headers"
  | "gateway";

export interface Violation {
  kind: ViolationKind;
  method: string;
  route: string;
  /** Location inside the request body (e.g. "data.embeds[0].title"); "" when the whole request is at fault. */
  path: string;
  reason: string;
  body: unknown;
  /** The request path (after /api/v10), for context. */
  requestPath: string;
  interactionId?: string;
  at: number;
}

/** Loose Discord embed object. */
export interface ApiEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  timestamp?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string; icon_url?: string };
  author?: { name: string; url?: string; icon_url?: string };
  [key: string]: unknown;
}

/** Loose Discord component object (action rows, buttons, selects, Components V2 layouts). */
export interface ApiComponent {
  type: number;
  id?: number;
  custom_id?: string;
  label?: string;
  style?: number;
  disabled?: boolean;
  url?: string;
  content?: string;
  options?: { label: string; value: string; description?: string; default?: boolean; [key: string]: unknown }[];
  components?: ApiComponent[];
  accessory?: ApiComponent;
  component?: ApiComponent;
  [key: string]: unknown;
}

export interface AttachmentState {
  id: string;
  filename: string;
  size: number;
  contentType: string;
  description?: string;
  /** The uploaded bytes, so tests can read a CSV the bot attached. */
  data: Buffer;
}

/** A message as a user would now see it. */
export interface MessageState {
  id: string;
  channelId: string;
  guildId: string | null;
  content: string;
  embeds: ApiEmbed[];
  components: ApiComponent[];
  flags: number;
  ephemeral: boolean;
  /** The interaction that created this message, if any. */
  interactionId?: string;
  attachments: AttachmentState[];
  allowedMentions?: unknown;
  createdAt: number;
  editedAt?: number;
}

/** A message as the channel shows it (see LocalDiscord.timeline). */
export interface TimelineMessage extends MessageState {
  /** For ephemeral messages: the only user who sees them. */
  visibleTo?: string;
  /** The user whose interaction created the message. */
  interactionUserId?: string;
  /** For a reply to a slash command: the command's name. */
  commandName?: string;
}

export interface AutocompleteChoice {
  name: string;
  value: string | number;
  name_localizations?: unknown;
}

/** What a test holds after triggering an interaction. */
export interface InteractionHandle {
  readonly id: string;
  readonly token: string;
  /** The first POST /interactions/{id}/{token}/callback; rejects with a clear message on timeout (default 5000 ms). */
  response(timeoutMs?: number): Promise<RecordedCall>;
  /**
   * Waits for the callback, then until no REST traffic for this interaction happened for ~150 ms.
   * A deferred reply (type 5) must also be resolved (edit or follow-up) before the timeout (default 5000 ms).
   */
  settled(timeoutMs?: number): Promise<void>;
  /** Callback, @original GET/PATCH/DELETE, follow-ups and follow-up edits of this interaction. */
  calls(): RecordedCall[];
  /** The reply (types 4/5) or the updated component message (types 6/7), after edits; undefined if none or deleted. */
  message(): MessageState | undefined;
  /** Follow-up messages, oldest first (a follow-up that resolved a deferred reply is the reply itself). */
  followUps(): MessageState[];
  /** The choices of an autocomplete callback (type 8). */
  autocompleteChoices(): AutocompleteChoice[] | undefined;
  /** The modal of a type 9 callback. */
  modal(): ModalData | undefined;
  /** Violations recorded for this interaction's requests. */
  violations(): Violation[];
}

export interface ModalData {
  custom_id: string;
  title: string;
  components: ApiComponent[];
  [key: string]: unknown;
}

/** An option as a user would fill it; types are taken from the registered command when known. */
export interface CommandOptionInput {
  name: string;
  type?: number;
  value?: string | number | boolean;
  options?: CommandOptionInput[];
  focused?: boolean;
}

/** Who triggers an interaction and where. */
export interface InteractionContextInput {
  /** Guild of the interaction; null = DM; default: the first guild (for components: the message's). */
  guildId?: string | null;
  /** Default: the first text channel of the guild (for components: the message's channel). */
  channelId?: string;
  /** Default: the first non-bot member of the guild who is not the owner (a student in the default fixture). */
  userId?: string;
  /** Default "fr". */
  locale?: string;
  /** Overrides the member's computed channel permissions in the payload. */
  memberPermissions?: bigint;
}

export interface CommandInput extends InteractionContextInput {
  name: string;
  options?: CommandOptionInput[];
  /** Application command type; default 1 (CHAT_INPUT). */
  commandType?: number;
}

export interface ButtonInput extends InteractionContextInput {
  customId: string;
  /** The message the component is on (its current state is looked up by id). */
  message: MessageState;
}

export interface SelectInput extends ButtonInput {
  values: string[];
}

export interface ModalSubmitInput extends InteractionContextInput {
  customId: string;
  /** Text inputs by custom_id; string arrays for select menus inside labels. */
  fields: Record<string, string | string[]>;
}

export interface FaultResponse {
  status: number;
  body?: unknown;
  /** Seconds, as Discord's Retry-After header and retry_after field. */
  retryAfter?: number;
}

export interface LocalDiscordOptions {
  guilds?: GuildFixture[];
  token?: string;
  applicationId?: string;
  botUserId?: string;
  botUsername?: string;
  /** Recommended shard count returned by GET /gateway/bot; default 1. */
  shardCount?: number;
  /** Time allowed for the first callback; default 3000 ms like Discord. */
  ackTimeoutMs?: number;
  /** Lifetime of an interaction token for follow-ups and @original; default 15 minutes like Discord. */
  tokenLifetimeMs?: number;
  /** HELLO heartbeat_interval; default 41250 ms like Discord. */
  heartbeatIntervalMs?: number;
  /** Privileged intents enabled for the application (GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT); default all. */
  privilegedIntents?: number;
}
