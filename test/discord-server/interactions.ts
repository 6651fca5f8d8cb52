/**
 * INTERACTION_CREATE payloads (commands, autocomplete, components, modal submits) built the way Discord
 * builds them, and the handle tests use to follow what the bot answered.
 */
import {
  channelPayload,
  channelPermissions,
  findMember,
  type Json,
  memberPayload,
  randomToken,
  rolePayload,
  snowflake,
  userPayload,
} from "./fixtures.js";
import type { DiscordState, InteractionRecord, ResolvedChannel, StoredMessage } from "./state.js";
import { DM_PERMISSIONS } from "./state.js";
import type {
  ApiComponent,
  AutocompleteChoice,
  CommandOptionInput,
  GuildFixture,
  InteractionContextInput,
  InteractionHandle,
  MemberFixture,
  MessageState,
  ModalData,
  RecordedCall,
  Violation,
} from "./types.js";
import { MESSAGE_FLAGS, walkComponents } from "./validation.js";

const QUIET_MS = 150;

export interface InteractionContext {
  guild: GuildFixture | null;
  channelId: string;
  channel: Json;
  user: MemberFixture;
  member: Json | null;
  appPermissions: bigint;
  locale: string;
}

/** The first non-bot member who is not the owner: a student in the default fixture. */
export function defaultUser(state: DiscordState, guild: GuildFixture | null): MemberFixture {
  const pool = guild ? [guild] : state.guilds;
  for (const g of pool) {
    const member = g.members.find((m) => !m.bot && m.id !== g.ownerId) ?? g.members.find((m) => !m.bot);
    if (member) return member;
  }
  throw new Error("the fixture has no human member to act as the user");
}

/** Resolves who acts where; throws on impossible input (a test bug, not a bot bug). */
export function resolveContext(
  state: DiscordState,
  input: InteractionContextInput,
  defaults: { guildId?: string | null; channelId?: string; userId?: string } = {},
): InteractionContext {
  const guildId = input.guildId !== undefined ? input.guildId : (defaults.guildId ?? state.guilds[0]?.id ?? null);
  const locale = input.locale ?? "fr";
  if (guildId === null) {
    const userId = input.userId ?? defaults.userId;
    const user = userId ? state.user(userId) : defaultUser(state, null);
    if (!user) throw new Error(`unknown user ${userId}`);
    const channelId = state.dmChannelId(user.id);
    return {
      guild: null,
      channelId,
      channel: { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [userPayload(user)] },
      user,
      member: null,
      appPermissions: DM_PERMISSIONS,
      locale,
    };
  }
  const guild = state.guild(guildId);
  if (!guild) throw new Error(`unknown guild ${guildId}`);
  const userId = input.userId ?? defaults.userId;
  const user = userId ? findMember(guild, userId) : defaultUser(state, guild);
  if (!user) throw new Error(`user ${userId} is not a member of ${guild.name}`);
  const channelId =
    input.channelId ??
    defaults.channelId ??
    guild.channels.find((c) => [0, 5].includes(c.type ?? 0))?.id ??
    guild.channels[0]?.id;
  if (!channelId) throw new Error(`${guild.name} has no channel`);
  const resolved = state.resolveChannel(channelId, true);
  if (resolved?.kind !== "guild" || resolved.guild.id !== guild.id) {
    throw new Error(`channel ${channelId} is not a channel of ${guild.name}`);
  }
  const memberPerms = input.memberPermissions ?? memberChannelPermissions(state, resolved, user.id);
  return {
    guild,
    channelId,
    channel: { ...channelPayload(guild, resolved.channel, state.bot.id), permissions: memberPerms.toString() },
    user,
    member: memberPayload(user, { withUser: true, permissions: memberPerms }),
    appPermissions: state.botPermissionsIn(resolved),
    locale,
  };
}

function memberChannelPermissions(state: DiscordState, resolved: ResolvedChannel, userId: string): bigint {
  if (resolved.kind === "dm") return DM_PERMISSIONS;
  return channelPermissions(resolved.guild, resolved.channel, userId, state.bot.id);
}

/** Creates, stores and returns a new interaction record with Discord's common payload fields. */
export function createInteraction(
  state: DiscordState,
  type: number,
  context: InteractionContext,
  data: Json,
  extra: { message?: StoredMessage; description: string; focusedType?: number; sourceMessageId?: string },
): InteractionRecord {
  const id = snowflake();
  const token = `aW50ZXJhY3Rpb246${id}:${randomToken(48)}`;
  const guild = context.guild;
  const payload: Json = {
    id,
    application_id: state.options.applicationId,
    type,
    data,
    token,
    version: 1,
    locale: context.locale,
    app_permissions: context.appPermissions.toString(),
    entitlements: [],
    // Guild-installed app: the guild's id, or "0" in a DM with the bot.
    authorizing_integration_owners: { "0": guild ? guild.id : "0" },
    context: guild ? 0 : 1,
    attachment_size_limit: 10 * 1024 * 1024,
    channel_id: context.channelId,
    channel: context.channel,
    ...(guild
      ? {
          guild_id: guild.id,
          guild: { id: guild.id, locale: guild.preferredLocale ?? "fr", features: [] },
          guild_locale: guild.preferredLocale ?? "fr",
          member: context.member,
        }
      : { user: userPayload(context.user) }),
    ...(extra.message ? { message: state.apiMessage(extra.message) } : {}),
  };
  const record: InteractionRecord = {
    id,
    token,
    type,
    payload,
    guildId: guild?.id ?? null,
    channelId: context.channelId,
    userId: context.user.id,
    createdAt: Date.now(),
    followUpIds: [],
    description: extra.description,
    calls: [],
    pending: 0,
    lastActivity: Date.now(),
    ...(extra.focusedType === undefined ? {} : { focusedType: extra.focusedType }),
    ...(extra.sourceMessageId === undefined ? {} : { sourceMessageId: extra.sourceMessageId }),
  };
  state.interactions.set(id, record);
  state.interactionsByToken.set(token, record);
  return record;
}

// ---------------------------------------------------------------------------------------------
// Command options

interface OptionDefinition {
  name: string;
  type: number;
  required?: boolean;
  choices?: { name: string; value: string | number }[];
  options?: OptionDefinition[];
}

function inferType(option: CommandOptionInput): number {
  if (option.value === undefined) {
    // A sub-command group holds sub-commands (no value); a sub-command holds valued options.
    return (option.options ?? []).some((child) => child.value === undefined) ? 2 : 1;
  }
  if (typeof option.value === "boolean") return 5;
  if (typeof option.value === "number") return Number.isInteger(option.value) ? 4 : 10;
  return 3;
}

export interface BuiltOptions {
  options: Json[];
  resolved: { users: Json; members: Json; roles: Json; channels: Json };
  focusedType?: number;
}

/** Turns the test's options into Discord's, typed from the registered command when there is one. */
export function buildOptions(
  state: DiscordState,
  context: InteractionContext,
  inputs: CommandOptionInput[],
  definitions: OptionDefinition[] | undefined,
  where: string,
  autocomplete: boolean,
  out: BuiltOptions = { options: [], resolved: { users: {}, members: {}, roles: {}, channels: {} } },
): BuiltOptions {
  const built: Json[] = [];
  for (const input of inputs) {
    const definition = definitions?.find((d) => d.name === input.name);
    if (definitions && !definition) {
      throw new Error(
        `option "${input.name}" does not exist on ${where} (known: ${definitions.map((d) => d.name).join(", ")})`,
      );
    }
    const type = input.type ?? definition?.type ?? inferType(input);
    if (type === 1 || type === 2) {
      const nested = buildOptions(
        state,
        context,
        input.options ?? [],
        definition?.options ?? (definition ? [] : undefined),
        `${where} ${input.name}`,
        autocomplete,
        {
          ...out,
          options: [],
        },
      );
      if (nested.focusedType !== undefined) out.focusedType = nested.focusedType;
      built.push({ name: input.name, type, options: nested.options });
      continue;
    }
    if (input.value === undefined) throw new Error(`option "${input.name}" of ${where} needs a value`);
    if (!autocomplete && definition?.choices && !definition.choices.some((c) => c.value === input.value)) {
      throw new Error(
        `option "${input.name}" of ${where} only accepts ${JSON.stringify(definition.choices.map((c) => c.value))}`,
      );
    }
    if (!(input.focused && autocomplete)) addResolved(state, context, type, String(input.value), out);
    built.push({ name: input.name, type, value: input.value, ...(input.focused ? { focused: true } : {}) });
    if (input.focused) out.focusedType = type;
  }
  if (definitions && !autocomplete) {
    for (const definition of definitions) {
      if (definition.required && !inputs.some((i) => i.name === definition.name)) {
        throw new Error(`required option "${definition.name}" of ${where} is missing`);
      }
    }
    const subs = definitions.filter((d) => d.type === 1 || d.type === 2);
    if (subs.length > 0 && inputs.length === 0) {
      throw new Error(`${where} needs a sub-command (${subs.map((d) => d.name).join(", ")})`);
    }
  }
  out.options = built;
  return out;
}

/** Adds the users/members/roles/channels an option (or select value) of `type` refers to. */
export function addResolved(
  state: DiscordState,
  context: InteractionContext,
  type: number,
  id: string,
  out: BuiltOptions,
): void {
  const guild = context.guild;
  const addUser = (): boolean => {
    const user = state.user(id);
    if (!user) return false;
    out.resolved.users[id] = userPayload(user);
    const member = guild ? findMember(guild, id) : undefined;
    if (member) {
      const { user: _user, ...rest } = memberPayload(member, { withUser: false });
      out.resolved.members[id] = { ...rest, permissions: "0" };
    }
    return true;
  };
  const addRole = (): boolean => {
    const role = guild?.roles?.find((r) => r.id === id);
    if (!role) return false;
    out.resolved.roles[id] = rolePayload(role);
    return true;
  };
  switch (type) {
    case 6:
      if (!addUser()) throw new Error(`unknown user ${id}`);
      return;
    case 7: {
      const resolved = state.resolveChannel(id);
      if (resolved?.kind !== "guild") throw new Error(`unknown channel ${id}`);
      const {
        permission_overwrites: _ow,
        position: _pos,
        ...channel
      } = channelPayload(resolved.guild, resolved.channel, state.bot.id);
      out.resolved.channels[id] = {
        ...channel,
        permissions: memberChannelPermissions(state, resolved, context.user.id).toString(),
      };
      return;
    }
    case 8:
      if (!addRole()) throw new Error(`unknown role ${id}`);
      return;
    case 9:
      if (!addUser() && !addRole()) throw new Error(`unknown user or role ${id}`);
      return;
    case 11:
      throw new Error("attachment options are not simulated by the local Discord server");
    default:
      return;
  }
}

export function compactResolved(resolved: BuiltOptions["resolved"]): Json | undefined {
  const entries = Object.entries(resolved).filter(([, map]) => Object.keys(map as Json).length > 0);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Components and modals

/** Finds a component by custom_id in a stored message (rows, containers, sections, labels). */
export function findComponentIn(message: StoredMessage, customId: string): ApiComponent | undefined {
  let found: ApiComponent | undefined;
  walkComponents(message.components, (component) => {
    if (component.custom_id === customId) found = component as ApiComponent;
  });
  return found;
}

/** The stored message a MessageState refers to; throws if it is gone or not visible to `userId`. */
export function liveMessage(state: DiscordState, message: MessageState): StoredMessage {
  const stored = state.messages.get(message.id);
  if (!stored) throw new Error(`message ${message.id} was never posted by the bot`);
  if (stored.deleted) throw new Error(`message ${message.id} was deleted`);
  return stored;
}

/** Modal submit components mirroring the modal that was shown, with the user's values. */
export function modalSubmitComponents(modal: ModalData, fields: Record<string, string | string[]>): Json[] {
  const used = new Set<string>();
  const fill = (component: ApiComponent): Json => {
    const customId = component.custom_id ?? "";
    const value = fields[customId];
    if (value !== undefined) used.add(customId);
    if (component.type === 4) {
      const text = Array.isArray(value)
        ? value.join(", ")
        : (value ?? (typeof component.value === "string" ? component.value : ""));
      const required = component.required !== false;
      const label = component.label ?? customId;
      if (required && text === "") throw new Error(`modal field "${customId}" (${label}) is required`);
      const min = typeof component.min_length === "number" ? component.min_length : 0;
      const max = typeof component.max_length === "number" ? component.max_length : 4000;
      if (text !== "" && (text.length < min || text.length > max)) {
        throw new Error(`modal field "${customId}" must be ${min}-${max} characters (got ${text.length})`);
      }
      return { type: 4, id: component.id, custom_id: customId, value: text };
    }
    if ([3, 5, 6, 7, 8].includes(component.type)) {
      const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
      return { type: component.type, id: component.id, custom_id: customId, values };
    }
    return { type: component.type, id: component.id };
  };
  const components = modal.components.map((top): Json => {
    if (top.type === 1) return { type: 1, id: top.id, components: (top.components ?? []).map(fill) };
    if (top.type === 18 && top.component) return { type: 18, id: top.id, component: fill(top.component) };
    return { type: top.type, id: top.id };
  });
  for (const key of Object.keys(fields)) {
    if (!used.has(key)) throw new Error(`modal "${modal.custom_id}" has no field "${key}"`);
  }
  return components;
}

// ---------------------------------------------------------------------------------------------
// Handle

export class Handle implements InteractionHandle {
  constructor(
    private readonly state: DiscordState,
    private readonly interaction: InteractionRecord,
  ) {}

  get id(): string {
    return this.interaction.id;
  }

  get token(): string {
    return this.interaction.token;
  }

  private firstCallback(): RecordedCall | undefined {
    return this.interaction.calls.find((call) => call.route === "/interactions/:id/:token/callback");
  }

  response(timeoutMs = 5000): Promise<RecordedCall> {
    const existing = this.firstCallback();
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const onCall = (call: RecordedCall): void => {
        if (call.interactionId !== this.interaction.id || call.route !== "/interactions/:id/:token/callback") return;
        clearTimeout(timer);
        this.state.events.off("call", onCall);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.state.events.off("call", onCall);
        reject(
          new Error(
            `${this.interaction.description} (interaction ${this.interaction.id}) got no callback within ${timeoutMs} ms` +
              (this.interaction.calls.length > 0
                ? `; calls seen: ${this.interaction.calls.map((c) => `${c.method} ${c.route} -> ${c.status}`).join(", ")}`
                : ""),
          ),
        );
      }, timeoutMs);
      this.state.events.on("call", onCall);
    });
  }

  async settled(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    await this.response(timeoutMs);
    for (;;) {
      const now = Date.now();
      const quietFor = now - this.interaction.lastActivity;
      const original = this.interaction.originalMessageId
        ? this.state.messages.get(this.interaction.originalMessageId)
        : undefined;
      const stillLoading =
        this.interaction.ackType === 5 &&
        original !== undefined &&
        !original.deleted &&
        (original.flags & MESSAGE_FLAGS.Loading) !== 0;
      if (this.interaction.pending === 0 && quietFor >= QUIET_MS && !stillLoading) return;
      if (now >= deadline) {
        throw new Error(
          stillLoading
            ? `${this.interaction.description}: the deferred reply was never edited or followed up within ${timeoutMs} ms (the user still sees "thinking...")`
            : `${this.interaction.description}: REST traffic did not settle within ${timeoutMs} ms`,
        );
      }
      await new Promise((r) => setTimeout(r, Math.min(deadline - now, Math.max(10, QUIET_MS - quietFor))));
    }
  }

  calls(): RecordedCall[] {
    return [...this.interaction.calls];
  }

  message(): MessageState | undefined {
    return this.state.messageState(this.interaction.originalMessageId);
  }

  followUps(): MessageState[] {
    return this.interaction.followUpIds
      .map((id) => this.state.messageState(id))
      .filter((m): m is MessageState => m !== undefined);
  }

  autocompleteChoices(): AutocompleteChoice[] | undefined {
    return this.interaction.choices ? structuredClone(this.interaction.choices) : undefined;
  }

  modal(): ModalData | undefined {
    return this.interaction.modal ? structuredClone(this.interaction.modal) : undefined;
  }

  violations(): Violation[] {
    return this.state.violations.filter((v) => v.interactionId === this.interaction.id);
  }
}
