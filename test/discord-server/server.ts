/**
 * LocalDiscord: an HTTP + WebSocket server on 127.0.0.1 that the real discord.js Client logs into.
 * It plays Discord's side (gateway, REST, interactions) strictly and records everything for assertions.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type BotIdentity,
  botToken,
  channelPayload,
  DEFAULT_IDS,
  defaultGuildFixture,
  guildCreatePayload,
  type Json,
  memberPayload,
  normaliseGuild,
  rolePayload,
  snowflake,
  userPayload,
} from "./fixtures.js";
import { Gateway, Intents, PRIVILEGED_INTENTS } from "./gateway.js";
import {
  addResolved,
  type BuiltOptions,
  buildOptions,
  compactResolved,
  createInteraction,
  findComponentIn,
  Handle,
  liveMessage,
  modalSubmitComponents,
  resolveContext,
} from "./interactions.js";
import { RestApi } from "./rest.js";
import { DiscordState, type InteractionRecord } from "./state.js";
import type {
  ButtonInput,
  CommandInput,
  FaultResponse,
  GuildFixture,
  InteractionHandle,
  LocalDiscordOptions,
  MessageState,
  ModalSubmitInput,
  RecordedCall,
  SelectInput,
  TimelineMessage,
  Violation,
} from "./types.js";
import { strictSchemas } from "./validation.js";

const API_PREFIX = "/api";

export class LocalDiscord {
  /** Value for DISCORD_API_URL / `rest.api` (discord.js appends /v10). */
  readonly apiUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUserId: string;
  private readonly state: DiscordState;
  private readonly gateway: Gateway;
  private readonly rest: RestApi;
  private readonly origin: string;

  private constructor(
    private readonly server: Server,
    port: number,
    options: LocalDiscordOptions,
  ) {
    this.origin = `127.0.0.1:${port}`;
    this.apiUrl = `http://${this.origin}${API_PREFIX}`;
    this.botUserId = options.botUserId ?? DEFAULT_IDS.botUserId;
    this.applicationId = options.applicationId ?? this.botUserId;
    this.token = options.token ?? botToken(this.botUserId);
    const bot: BotIdentity = { id: this.botUserId, username: options.botUsername ?? "Réso" };
    const guilds = (options.guilds ?? [defaultGuildFixture()]).map((guild) => normaliseGuild(guild, bot));
    this.state = new DiscordState(
      {
        token: this.token,
        applicationId: this.applicationId,
        ackTimeoutMs: options.ackTimeoutMs ?? 3000,
        tokenLifetimeMs: options.tokenLifetimeMs ?? 15 * 60 * 1000,
        shardCount: options.shardCount ?? 1,
        privilegedIntents: options.privilegedIntents ?? PRIVILEGED_INTENTS,
      },
      bot,
      guilds,
    );
    const state = this.state;
    const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41250;
    this.gateway = new Gateway({
      token: this.token,
      heartbeatIntervalMs,
      privilegedIntents: state.options.privilegedIntents,
      readyIdentity: () => ({
        user: { ...userPayload({ id: bot.id, username: bot.username, bot: true }), verified: true, mfa_enabled: false },
        application: { id: this.applicationId, flags: this.rest.applicationFlags() },
      }),
      guildIds: () => state.guilds.map((g) => g.id),
      guildCreate: (guildId, intents) => {
        const guild = state.guild(guildId);
        if (!guild) throw new Error(`unknown guild ${guildId}`);
        return guildCreatePayload(guild, bot.id, (intents & Intents.GuildPresences) !== 0);
      },
      guildMembers: (guildId) => (state.guild(guildId)?.members ?? []).map((m) => memberPayload(m, { withUser: true })),
      resumeUrl: () => `ws://${this.origin}/gateway-resume`,
      gatewayViolation: (reason, payload) =>
        state.violate({
          kind: "gateway",
          method: "WS",
          route: "gateway",
          path: "",
          reason,
          body: payload,
          requestPath: "/gateway",
        }),
    });
    this.rest = new RestApi({
      state,
      gateway: this.gateway,
      apiPrefix: API_PREFIX,
      gatewayUrl: () => `ws://${this.origin}/gateway`,
    });
    server.on("request", (req, res) => {
      this.rest.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: String(error), code: 0 }));
      });
    });
    server.on("upgrade", (req, socket, head) => {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      if (path === "/gateway" || path === "/gateway-resume") this.gateway.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
  }

  /** Starts a server on 127.0.0.1 with a random port. */
  static async start(options: LocalDiscordOptions = {}): Promise<LocalDiscord> {
    strictSchemas(); // fail fast if the spec cannot be loaded strictly
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return new LocalDiscord(server, port, options);
  }

  /** Normalised fixtures (with @everyone, the bot's role and the bot member added). */
  get guilds(): GuildFixture[] {
    return this.state.guilds;
  }

  /** Every REST call, oldest first. */
  get calls(): RecordedCall[] {
    return this.state.calls;
  }

  /** Every breach of Discord's rules, oldest first. */
  get violations(): Violation[] {
    return this.state.violations;
  }

  /** Intents of the last IDENTIFY, if any. */
  get identifiedIntents(): number | undefined {
    return this.gateway.intents;
  }

  /** Resolves once a client identified on every shard and every GUILD_CREATE was sent. */
  waitForReady(timeoutMs = 10_000): Promise<void> {
    return this.gateway.waitForReady(timeoutMs);
  }

  /** Waits until no REST request is in flight and none happened for `quietMs`. */
  async idle(quietMs = 150, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const quietFor = Date.now() - this.state.lastRestActivity;
      if (this.state.pendingRest === 0 && quietFor >= quietMs) return;
      if (Date.now() >= deadline) throw new Error(`REST traffic did not settle within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, Math.max(10, quietMs - quietFor)));
    }
  }

  /** Forgets recorded calls and violations (state such as messages stays). */
  clearRecords(): void {
    this.state.calls.length = 0;
    this.state.violations.length = 0;
  }

  /**
   * Forgets interactions that were acknowledged and have no request in flight, with their recorded calls, so that
   * a long load run (the benchmark) does not keep every payload. Their handles and follow-ups stop working; the
   * messages they created or updated stay. Returns how many were forgotten.
   */
  forgetSettledInteractions(): number {
    let forgotten = 0;
    for (const [id, record] of this.state.interactions) {
      if (record.ackType === undefined || record.pending > 0) continue;
      this.state.interactions.delete(id);
      this.state.interactionsByToken.delete(record.token);
      forgotten += 1;
    }
    return forgotten;
  }

  // -------------------------------------------------------------------------------------------
  // Interactions

  sendCommand(input: CommandInput): Promise<InteractionHandle> {
    return Promise.resolve().then(() => this.command(input, false));
  }

  /** Like sendCommand; one option (possibly nested in a sub-command) must have `focused: true`. */
  sendAutocomplete(input: CommandInput): Promise<InteractionHandle> {
    return Promise.resolve().then(() => this.command(input, true));
  }

  clickButton(input: ButtonInput): Promise<InteractionHandle> {
    return Promise.resolve().then(() => {
      const { stored, component, context } = this.componentTarget(input, [2]);
      if (component.disabled) throw new Error(`button "${input.customId}" is disabled`);
      const record = createInteraction(
        this.state,
        3,
        context,
        { custom_id: input.customId, component_type: 2, id: component.id },
        { message: stored, description: `button ${input.customId}`, sourceMessageId: stored.id },
      );
      return this.deliver(record);
    });
  }

  selectMenu(input: SelectInput): Promise<InteractionHandle> {
    return Promise.resolve().then(() => {
      const { stored, component, context } = this.componentTarget(input, [3, 5, 6, 7, 8]);
      if (component.disabled) throw new Error(`select menu "${input.customId}" is disabled`);
      const min = typeof component.min_values === "number" ? component.min_values : 1;
      const max = typeof component.max_values === "number" ? component.max_values : 1;
      if (input.values.length < min || input.values.length > max) {
        throw new Error(`select menu "${input.customId}" takes ${min}-${max} values (got ${input.values.length})`);
      }
      const data: Json = {
        custom_id: input.customId,
        component_type: component.type,
        values: input.values,
        id: component.id,
      };
      if (component.type === 3) {
        const allowed = (component.options ?? []).map((o) => o.value);
        const wrong = input.values.filter((v) => !allowed.includes(v));
        if (wrong.length > 0) throw new Error(`select menu "${input.customId}" has no option ${JSON.stringify(wrong)}`);
      } else {
        const optionType = { 5: 6, 6: 8, 7: 9, 8: 7 }[component.type] ?? 9;
        const built: BuiltOptions = { options: [], resolved: { users: {}, members: {}, roles: {}, channels: {} } };
        for (const value of input.values) addResolved(this.state, context, optionType, value, built);
        const resolved = compactResolved(built.resolved);
        if (resolved) data.resolved = resolved;
      }
      const record = createInteraction(this.state, 3, context, data, {
        message: stored,
        description: `select ${input.customId}`,
        sourceMessageId: stored.id,
      });
      return this.deliver(record);
    });
  }

  /** Submits the most recently shown modal with this custom_id (it must have been shown by a type 9 callback). */
  submitModal(input: ModalSubmitInput): Promise<InteractionHandle> {
    return Promise.resolve().then(() => {
      const shown = [...this.state.interactions.values()].reverse().find((r) => r.modal?.custom_id === input.customId);
      if (!shown?.modal) throw new Error(`no modal with custom_id "${input.customId}" was shown by the bot`);
      const context = resolveContext(this.state, input, {
        guildId: shown.guildId,
        channelId: shown.channelId,
        userId: shown.userId,
      });
      const components = modalSubmitComponents(shown.modal, input.fields);
      const source =
        shown.type === 3 && shown.sourceMessageId ? this.state.messages.get(shown.sourceMessageId) : undefined;
      const record = createInteraction(
        this.state,
        5,
        context,
        { custom_id: input.customId, components },
        {
          description: `modal ${input.customId}`,
          ...(source && !source.deleted ? { message: source, sourceMessageId: source.id } : {}),
        },
      );
      return this.deliver(record);
    });
  }

  private command(input: CommandInput, autocomplete: boolean): InteractionHandle {
    const context = resolveContext(this.state, input);
    const commandType = input.commandType ?? 1;
    const registered = this.state.findCommand(input.name, context.guild?.id ?? null, commandType);
    const definitions = registered ? ((registered.options ?? []) as Parameters<typeof buildOptions>[3]) : undefined;
    const built = buildOptions(this.state, context, input.options ?? [], definitions, `/${input.name}`, autocomplete);
    if (autocomplete && built.focusedType === undefined) {
      throw new Error(`autocomplete of /${input.name} needs one option with focused: true`);
    }
    const resolved = compactResolved(built.resolved);
    const path = [input.name];
    for (let options = built.options; ; ) {
      const sub = options.find((o) => o.type === 1 || o.type === 2);
      if (!sub) break;
      path.push(String(sub.name));
      options = (sub.options ?? []) as Json[];
    }
    const data: Json = {
      id: typeof registered?.id === "string" ? registered.id : snowflake(),
      name: input.name,
      type: commandType,
      ...(built.options.length > 0 ? { options: built.options } : {}),
      ...(resolved ? { resolved } : {}),
      ...(typeof registered?.guild_id === "string" ? { guild_id: registered.guild_id } : {}),
    };
    const record = createInteraction(this.state, autocomplete ? 4 : 2, context, data, {
      description: `${autocomplete ? "autocomplete of " : ""}/${path.join(" ")}`,
      ...(built.focusedType === undefined ? {} : { focusedType: built.focusedType }),
    });
    return this.deliver(record);
  }

  private componentTarget(input: ButtonInput, types: number[]) {
    const stored = liveMessage(this.state, input.message);
    const component = findComponentIn(stored, input.customId);
    if (!component) {
      throw new Error(`message ${stored.id} has no component with custom_id "${input.customId}"`);
    }
    if (!types.includes(component.type)) {
      throw new Error(`component "${input.customId}" has type ${component.type}, expected one of ${types.join(", ")}`);
    }
    const owner = stored.interactionId ? this.state.interactions.get(stored.interactionId)?.userId : undefined;
    const userId = input.userId ?? stored.visibleTo ?? owner;
    if (stored.visibleTo && userId !== stored.visibleTo) {
      throw new Error(`message ${stored.id} is ephemeral: only user ${stored.visibleTo} can see it`);
    }
    if (stored.guildId === null) {
      const dmUser = [...this.state.dmChannels].find(([, id]) => id === stored.channelId)?.[0];
      if (userId !== undefined && userId !== dmUser) throw new Error(`message ${stored.id} is in another user's DM`);
      const context = resolveContext(this.state, { ...input, guildId: null, userId: dmUser ?? userId });
      return { stored, component, context };
    }
    const context = resolveContext(this.state, {
      ...input,
      guildId: stored.guildId,
      channelId: stored.channelId,
      ...(userId === undefined ? {} : { userId }),
    });
    return { stored, component, context };
  }

  private deliver(record: InteractionRecord): InteractionHandle {
    record.createdAt = Date.now();
    record.lastActivity = record.createdAt;
    if (!this.gateway.dispatch(record.guildId, "INTERACTION_CREATE", record.payload)) {
      this.state.interactions.delete(record.id);
      this.state.interactionsByToken.delete(record.token);
      throw new Error("no client has identified on the local gateway (did the bot log in?)");
    }
    return new Handle(this.state, record);
  }

  // -------------------------------------------------------------------------------------------
  // State for assertions

  /** Messages the bot posted with POST /channels/{id}/messages (edits applied, deleted ones left out). */
  channelMessages(channelId: string): MessageState[] {
    return [...this.state.messages.values()]
      .filter((m) => m.source === "channel" && m.channelId === channelId && !m.deleted)
      .map((m) => this.state.messageState(m.id))
      .filter((m): m is MessageState => m !== undefined);
  }

  /**
   * What a channel shows, oldest first: the bot's posts and interaction replies (deferred ones still "thinking"),
   * ephemeral ones with the one user who can see them, and who ran the command a reply answers.
   */
  timeline(channelId: string): TimelineMessage[] {
    const out: TimelineMessage[] = [];
    for (const stored of this.state.messages.values()) {
      if (stored.channelId !== channelId || stored.deleted) continue;
      const state = this.state.messageState(stored.id);
      if (!state) continue;
      const interaction = stored.interactionId ? this.state.interactions.get(stored.interactionId) : undefined;
      const data = interaction?.payload.data as { name?: unknown } | undefined;
      out.push({
        ...state,
        ...(stored.visibleTo ? { visibleTo: stored.visibleTo } : {}),
        ...(interaction ? { interactionUserId: interaction.userId } : {}),
        ...(interaction?.type === 2 && typeof data?.name === "string" ? { commandName: data.name } : {}),
      });
    }
    return out.sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Calls `listener` after every recorded REST call and violation (the playground streams them to its page). */
  onRecord(listener: { call?: (call: RecordedCall) => void; violation?: (violation: Violation) => void }): () => void {
    const { call, violation } = listener;
    if (call) this.state.events.on("call", call);
    if (violation) this.state.events.on("violation", violation);
    return () => {
      if (call) this.state.events.off("call", call);
      if (violation) this.state.events.off("violation", violation);
    };
  }

  /** Current state of any message the bot posted; undefined if unknown or deleted. */
  message(id: string): MessageState | undefined {
    return this.state.messageState(id);
  }

  /** The DM channel id between the bot and a user (created on first use, like POST /users/@me/channels). */
  dmChannelId(userId: string): string {
    return this.state.dmChannelId(userId);
  }

  /** Commands as registered through PUT/POST (Discord's response objects, ids included). */
  registeredCommands(): { global: unknown[]; guilds: Record<string, unknown[]> } {
    const guilds: Record<string, unknown[]> = {};
    for (const [scope, commands] of this.state.commands) {
      if (scope !== "global") guilds[scope] = structuredClone([...commands.values()]);
    }
    return { global: structuredClone([...(this.state.commands.get("global")?.values() ?? [])]), guilds };
  }

  // -------------------------------------------------------------------------------------------
  // Faults and world changes

  /** Closes the gateway socket(s) with a resumable code so the client RESUMEs; events meanwhile are replayed. */
  disconnectClient(code = 4000, shardId?: number): void {
    this.gateway.disconnect(code, shardId);
  }

  /**
   * The next `times` requests matching `routePattern` (tested against "METHOD path", "METHOD route", path and
   * route) get `response` instead of being handled. 429 answers carry Retry-After and rate-limit headers.
   */
  failNext(routePattern: RegExp, response: FaultResponse, times = 1): void {
    this.state.faults.push({ pattern: routePattern, ...response, remaining: times });
  }

  /** Deletes a channel (CHANNEL_DELETE is dispatched); later messages or replies there get 10003. */
  deleteChannel(guildId: string, channelId: string): void {
    const guild = this.requireGuild(guildId);
    const channel = guild.channels.find((c) => c.id === channelId);
    if (!channel) throw new Error(`channel ${channelId} is not in ${guild.name}`);
    const payload = channelPayload(guild, channel, this.botUserId);
    guild.channels.splice(guild.channels.indexOf(channel), 1);
    this.state.deletedChannels.set(channelId, { guild, channel });
    this.gateway.dispatch(guildId, "CHANNEL_DELETE", payload, Intents.Guilds);
  }

  /** Sets (or clears with undefined) the bot's effective permissions in a channel; CHANNEL_UPDATE is dispatched. */
  setChannelBotPermissions(guildId: string, channelId: string, permissions: bigint | undefined): void {
    const guild = this.requireGuild(guildId);
    const channel = guild.channels.find((c) => c.id === channelId);
    if (!channel) throw new Error(`channel ${channelId} is not in ${guild.name}`);
    if (permissions === undefined) delete channel.botPermissions;
    else channel.botPermissions = permissions;
    this.gateway.dispatch(guildId, "CHANNEL_UPDATE", channelPayload(guild, channel, this.botUserId), Intents.Guilds);
  }

  /**
   * Gives a member exactly `permissions` (plus @everyone's): their roles are replaced by one role carrying them.
   * GUILD_ROLE_CREATE and GUILD_MEMBER_UPDATE are dispatched like Discord would.
   */
  setMemberPermissions(guildId: string, userId: string, permissions: bigint): void {
    const guild = this.requireGuild(guildId);
    const member = guild.members.find((m) => m.id === userId);
    if (!member) throw new Error(`user ${userId} is not a member of ${guild.name}`);
    guild.roles ??= [];
    const role = {
      id: snowflake(),
      name: `${member.username} (permissions)`,
      permissions,
      position: guild.roles.length,
    };
    guild.roles.push(role);
    member.roles = [role.id];
    member.permissions = permissions;
    this.gateway.dispatch(guildId, "GUILD_ROLE_CREATE", { guild_id: guildId, role: rolePayload(role) }, Intents.Guilds);
    this.gateway.dispatch(
      guildId,
      "GUILD_MEMBER_UPDATE",
      { guild_id: guildId, ...memberPayload(member, { withUser: true }) },
      Intents.GuildMembers,
    );
  }

  private requireGuild(guildId: string): GuildFixture {
    const guild = this.state.guild(guildId);
    if (!guild) throw new Error(`unknown guild ${guildId}`);
    return guild;
  }

  async close(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
