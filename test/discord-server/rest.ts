/**
 * REST API v10: routing, body parsing (JSON and multipart), Discord's checks and answers.
 * Every request is recorded; every breach of Discord's rules is a violation plus Discord's error reply.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  channelPayload,
  guildPayload,
  type Json,
  memberPayload,
  Permissions,
  rolePayload,
  userPayload,
} from "./fixtures.js";
import { type Gateway, Intents } from "./gateway.js";
import {
  assignComponentIds,
  type DiscordState,
  type InteractionRecord,
  type ResolvedChannel,
  type StoredMessage,
} from "./state.js";
import type { GuildFixture, RecordedCall, RecordedFile, ViolationKind } from "./types.js";
import {
  type BodyIssue,
  commandLimitIssues,
  commandListIssues,
  dropNeutralDefaults,
  formatPath,
  invalidFormBody,
  isEmptyMessage,
  MESSAGE_FLAGS,
  messageLimitIssues,
  normaliseCommandForSchema,
  type RequestSchemaName,
  requestSchema,
  schemaIssues,
} from "./validation.js";

export interface RestResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RestContext {
  method: string;
  path: string;
  route: string;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
  files: RecordedFile[];
  interaction?: InteractionRecord;
}

interface Route {
  method: string;
  pattern: string;
  auth: boolean;
  handler: (ctx: RestContext) => RestResult;
}

/** What the REST layer needs from the server besides the state. */
export interface RestHost {
  readonly state: DiscordState;
  readonly gateway: Gateway;
  readonly apiPrefix: string;
  gatewayUrl(): string;
}

const json = (status: number, body: unknown): RestResult => ({ status, body });
const noContent: RestResult = { status: 204 };
const discordError = (status: number, code: number, message: string): RestResult => json(status, { message, code });

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export class RestApi {
  private readonly routes: Route[];

  constructor(private readonly host: RestHost) {
    const r = (method: string, pattern: string, auth: boolean, handler: (ctx: RestContext) => RestResult): Route => ({
      method,
      pattern,
      auth,
      handler: handler.bind(this),
    });
    // Literal segments are listed before parameters that could swallow them (@me, @original).
    this.routes = [
      r("GET", "/gateway", false, this.getGateway),
      r("GET", "/gateway/bot", true, this.getGatewayBot),
      r("GET", "/users/@me", true, this.getMe),
      r("POST", "/users/@me/channels", true, this.createDm),
      r("GET", "/users/:userId", true, this.getUser),
      r("GET", "/applications/@me", true, this.getApplication),
      r("GET", "/applications/:app/commands", true, this.listCommands),
      r("PUT", "/applications/:app/commands", true, this.putCommands),
      r("POST", "/applications/:app/commands", true, this.postCommand),
      r("GET", "/applications/:app/commands/:commandId", true, this.getCommand),
      r("PATCH", "/applications/:app/commands/:commandId", true, this.patchCommand),
      r("DELETE", "/applications/:app/commands/:commandId", true, this.deleteCommand),
      r("GET", "/applications/:app/guilds/:guildId/commands", true, this.listCommands),
      r("PUT", "/applications/:app/guilds/:guildId/commands", true, this.putCommands),
      r("POST", "/applications/:app/guilds/:guildId/commands", true, this.postCommand),
      r("GET", "/applications/:app/guilds/:guildId/commands/:commandId", true, this.getCommand),
      r("PATCH", "/applications/:app/guilds/:guildId/commands/:commandId", true, this.patchCommand),
      r("DELETE", "/applications/:app/guilds/:guildId/commands/:commandId", true, this.deleteCommand),
      r("POST", "/interactions/:id/:token/callback", false, this.callback),
      r("POST", "/webhooks/:app/:token", false, this.followUp),
      r("GET", "/webhooks/:app/:token/messages/@original", false, this.getWebhookMessage),
      r("PATCH", "/webhooks/:app/:token/messages/@original", false, this.editWebhookMessage),
      r("DELETE", "/webhooks/:app/:token/messages/@original", false, this.deleteWebhookMessage),
      r("GET", "/webhooks/:app/:token/messages/:messageId", false, this.getWebhookMessage),
      r("PATCH", "/webhooks/:app/:token/messages/:messageId", false, this.editWebhookMessage),
      r("DELETE", "/webhooks/:app/:token/messages/:messageId", false, this.deleteWebhookMessage),
      r("GET", "/channels/:channelId", true, this.getChannel),
      r("POST", "/channels/:channelId/typing", true, this.typing),
      r("GET", "/channels/:channelId/messages", true, this.listMessages),
      r("POST", "/channels/:channelId/messages", true, this.postMessage),
      r("GET", "/channels/:channelId/messages/:messageId", true, this.getMessage),
      r("PATCH", "/channels/:channelId/messages/:messageId", true, this.patchMessage),
      r("DELETE", "/channels/:channelId/messages/:messageId", true, this.deleteMessage),
      r("GET", "/guilds/:guildId", true, this.getGuild),
      r("GET", "/guilds/:guildId/channels", true, this.getGuildChannels),
      r("GET", "/guilds/:guildId/roles", true, this.getGuildRoles),
      r("GET", "/guilds/:guildId/members", true, this.listMembers),
      r("GET", "/guilds/:guildId/members/:userId", true, this.getMember),
    ];
  }

  private get state(): DiscordState {
    return this.host.state;
  }

  // -------------------------------------------------------------------------------------------
  // HTTP plumbing

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const state = this.state;
    state.pendingRest += 1;
    state.lastRestActivity = Date.now();
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", "http://localhost");
    const versionPrefix = `${this.host.apiPrefix}/v10`;
    const rawPath = url.pathname.startsWith(`${versionPrefix}/`) ? url.pathname.slice(versionPrefix.length) : undefined;
    const path = (rawPath ?? url.pathname)
      .split("/")
      .map((segment) => {
        try {
          return decodeURIComponent(segment);
        } catch {
          return segment;
        }
      })
      .join("/");
    const query = Object.fromEntries(url.searchParams.entries());
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (key === "authorization" || value === undefined) continue;
      headers[key] = Array.isArray(value) ? value.join(", ") : value;
    }
    const authorization = typeof req.headers.authorization === "string" ? req.headers.authorization : undefined;
    const raw = await readBody(req);

    let matched: { route: Route; params: Record<string, string> } | undefined;
    if (rawPath !== undefined) matched = this.match(method, path);
    const ctx: RestContext = {
      method,
      path,
      route: matched?.route.pattern ?? "unknown",
      params: matched?.params ?? {},
      query,
      headers,
      authorization,
      body: undefined,
      files: [],
    };
    ctx.interaction = this.interactionOf(ctx);
    if (ctx.interaction) {
      ctx.interaction.pending += 1;
      ctx.interaction.lastActivity = Date.now();
    }

    let result: RestResult;
    let injected = false;
    try {
      const parsed = await parseBody(raw, headers["content-type"]);
      ctx.body = parsed.body;
      ctx.files = parsed.files;
      const fault = state.takeFault(method, path, ctx.route);
      if (parsed.error) {
        this.violate(ctx, "schema", parsed.error.reason);
        result = discordError(400, parsed.error.code, parsed.error.message);
      } else if (fault) {
        injected = true;
        result = faultResult(fault);
      } else if (!matched) {
        this.violate(ctx, "unknown-route", `no such route: ${method} ${url.pathname}`);
        result = discordError(404, 0, "404: Not Found");
      } else if (matched.route.auth && authorization !== `Bot ${state.options.token}`) {
        this.violate(
          ctx,
          "auth",
          authorization ? "wrong bot token in Authorization" : "missing Authorization: Bot <token>",
        );
        result = discordError(401, 0, "401: Unauthorized");
      } else {
        if (!/^DiscordBot \(/.test(headers["user-agent"] ?? "")) {
          this.violate(ctx, "headers", 'User-Agent must be "DiscordBot ($url, $version)"');
        }
        result = matched.route.handler(ctx);
      }
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      result = discordError(500, 0, `local Discord test server bug: ${message}`);
    }

    const call: RecordedCall = {
      method,
      path,
      route: ctx.route,
      query,
      headers,
      body: ctx.body,
      files: ctx.files,
      status: result.status,
      responseBody: result.body,
      at: Date.now(),
      receivedAt,
      ...(ctx.interaction ? { interactionId: ctx.interaction.id } : {}),
      ...(injected ? { injected: true } : {}),
    };
    const responseHeaders: Record<string, string> = { ...result.headers };
    let payload: string | undefined;
    if (result.body !== undefined) {
      responseHeaders["content-type"] = "application/json";
      payload = JSON.stringify(result.body);
    }
    res.writeHead(result.status, responseHeaders);
    res.end(payload);
    if (ctx.interaction) {
      ctx.interaction.calls.push(call);
      ctx.interaction.pending -= 1;
      ctx.interaction.lastActivity = Date.now();
    }
    state.pendingRest -= 1;
    state.lastRestActivity = Date.now();
    state.record(call);
  }

  private match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    const segments = path.split("/").filter(Boolean);
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const parts = route.pattern.split("/").filter(Boolean);
      if (parts.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      parts.forEach((part, i) => {
        const segment = segments[i] ?? "";
        if (part.startsWith(":")) params[part.slice(1)] = segment;
        else if (part !== segment) ok = false;
      });
      if (ok) return { route, params };
    }
    return undefined;
  }

  private interactionOf(ctx: RestContext): InteractionRecord | undefined {
    const state = this.state;
    if (ctx.route === "/interactions/:id/:token/callback") {
      const found = state.interactions.get(ctx.params.id ?? "");
      return found && found.token === ctx.params.token ? found : undefined;
    }
    if (ctx.route.startsWith("/webhooks/") && ctx.params.app === state.options.applicationId) {
      return state.interactionsByToken.get(ctx.params.token ?? "");
    }
    return undefined;
  }

  private violate(ctx: RestContext, kind: ViolationKind, reason: string, path = ""): void {
    this.state.violate({
      kind,
      method: ctx.method,
      route: ctx.route,
      path,
      reason,
      body: ctx.body,
      requestPath: ctx.path,
      ...(ctx.interaction ? { interactionId: ctx.interaction.id } : {}),
    });
  }

  /** Records every issue and answers like Discord (50035 Invalid Form Body). */
  private invalid(ctx: RestContext, issues: BodyIssue[]): RestResult {
    for (const issue of issues) {
      this.violate(ctx, issue.kind, `${issue.message} [${issue.code}]`, formatPath(issue.path));
    }
    return json(400, invalidFormBody(issues));
  }

  private validate(schema: RequestSchemaName, value: unknown): BodyIssue[] {
    return schemaIssues(requestSchema(schema), value);
  }

  // -------------------------------------------------------------------------------------------
  // Gateway, users, application

  private getGateway(): RestResult {
    return json(200, { url: this.host.gatewayUrl() });
  }

  private getGatewayBot(): RestResult {
    const shards = this.state.options.shardCount;
    return json(200, {
      url: this.host.gatewayUrl(),
      shards,
      // max_concurrency >= shards keeps each shard in its own identify bucket: no 5 s waits in tests.
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: Math.max(16, shards) },
    });
  }

  private botUser(): Json {
    return {
      ...userPayload({ id: this.state.bot.id, username: this.state.bot.username, bot: true }),
      verified: true,
      mfa_enabled: false,
      email: null,
      locale: "en-US",
    };
  }

  private getMe(): RestResult {
    return json(200, this.botUser());
  }

  private getUser(ctx: RestContext): RestResult {
    const id = ctx.params.userId ?? "";
    if (id === this.state.bot.id) return json(200, userPayload({ id, username: this.state.bot.username, bot: true }));
    const user = this.state.user(id);
    return user ? json(200, userPayload(user)) : discordError(404, 10013, "Unknown User");
  }

  private createDm(ctx: RestContext): RestResult {
    const recipient = record(ctx.body).recipient_id;
    const user = typeof recipient === "string" ? this.state.user(recipient) : undefined;
    if (!user)
      return this.invalid(ctx, [
        { path: ["recipient_id"], kind: "schema", code: "BASE_TYPE_REQUIRED", message: "Unknown recipient" },
      ]);
    return json(200, this.dmChannel(user.id));
  }

  private dmChannel(userId: string): Json {
    const user = this.state.user(userId);
    return {
      id: this.state.dmChannelId(userId),
      type: 1,
      last_message_id: null,
      flags: 0,
      recipients: user ? [userPayload(user)] : [],
    };
  }

  applicationFlags(): number {
    const privileged = this.state.options.privilegedIntents;
    let flags = 1 << 23; // APPLICATION_COMMAND_BADGE
    if (privileged & Intents.GuildPresences) flags |= 1 << 13;
    if (privileged & Intents.GuildMembers) flags |= 1 << 15;
    if (privileged & Intents.MessageContent) flags |= 1 << 19;
    return flags;
  }

  private getApplication(): RestResult {
    const state = this.state;
    const flags = this.applicationFlags();
    return json(200, {
      id: state.options.applicationId,
      name: state.bot.username,
      icon: null,
      description: "",
      type: null,
      bot: userPayload({ id: state.bot.id, username: state.bot.username, bot: true }),
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: "0".repeat(64),
      flags,
      flags_new: String(flags),
      team: null,
      owner: userPayload({ id: "1310000000000000999", username: "owner" }),
      approximate_guild_count: state.guilds.length,
      approximate_user_install_count: 0,
      approximate_user_authorization_count: 0,
      explicit_content_filter: 0,
      eligible_oauth2_scopes: [],
      role_connections_verification_url: null,
      redirect_uris: [],
      interactions_endpoint_url: null,
      tags: [],
    });
  }

  // -------------------------------------------------------------------------------------------
  // Application commands

  private commandScope(ctx: RestContext): string | RestResult {
    if (ctx.params.app !== this.state.options.applicationId) {
      this.violate(
        ctx,
        "auth",
        `application id ${ctx.params.app} is not this bot's (${this.state.options.applicationId})`,
      );
      return discordError(403, 50001, "Missing Access");
    }
    const guildId = ctx.params.guildId;
    if (guildId === undefined) return "global";
    if (!this.state.guild(guildId)) {
      this.violate(ctx, "auth", `the bot is not in guild ${guildId}`);
      return discordError(403, 50001, "Missing Access");
    }
    return guildId;
  }

  private listCommands(ctx: RestContext): RestResult {
    const scope = this.commandScope(ctx);
    if (typeof scope !== "string") return scope;
    return json(200, [...this.state.commandScope(scope).values()]);
  }

  private putCommands(ctx: RestContext): RestResult {
    const scope = this.commandScope(ctx);
    if (typeof scope !== "string") return scope;
    const issues = commandListIssues(ctx.body);
    if (issues.length > 0) return this.invalid(ctx, issues);
    const previous = new Map(this.state.commandScope(scope));
    this.state.commandScope(scope).clear();
    const saved = (ctx.body as Record<string, unknown>[]).map((command) =>
      this.state.upsertCommand(scope, command, previous),
    );
    return json(200, saved);
  }

  private postCommand(ctx: RestContext): RestResult {
    const scope = this.commandScope(ctx);
    if (typeof scope !== "string") return scope;
    let issues = this.validate("ApplicationCommandCreateRequestSchema", normaliseCommandForSchema(ctx.body));
    if (issues.length === 0) issues = commandLimitIssues(ctx.body, []);
    if (issues.length > 0) return this.invalid(ctx, issues);
    const body = record(ctx.body);
    const existed = this.state
      .commandScope(scope)
      .has(`${typeof body.type === "number" ? body.type : 1}:${String(body.name)}`);
    return json(existed ? 200 : 201, this.state.upsertCommand(scope, body));
  }

  private findCommandById(scope: string, id: string): [string, Json] | undefined {
    for (const entry of this.state.commandScope(scope)) if (entry[1].id === id) return entry;
    return undefined;
  }

  private getCommand(ctx: RestContext): RestResult {
    const scope = this.commandScope(ctx);
    if (typeof scope !== "string") return scope;
    const found = this.findCommandById(scope, ctx.params.commandId ?? "");
    return found ? json(200, found[1]) : discordError(404, 10063, "Unknown application command");
  }

  private patchCommand(ctx: RestContext): RestResult {
    const scope = this.commandScope(ctx);
    if (typeof scope !== "string") return scope;
    const found = this.findCommandById(scope, ctx.params.commandId ?? "");
    if (!found) return discordError(404, 10063, "Unknown application command");
    const merged = { ...found[1], ...record(ctx.body) };
    let issues = this.validate("ApplicationCommandPatchRequestPartialSchema", normaliseCommandForSchema(ctx.body));
    if (issues.length === 0) issues = commandLimitIssues(merged, []);
    if (issues.length > 0) return this.invalid(ctx, issues);
    this.state.commandScope(scope).delete(found[0]);
    return json(
      200,
      this.state.upsertCommand(scope, merged, new Map([[`${merged.type}:${String(merged.name)}`, found[1]]])),
    );
  }

  private deleteCommand(ctx: RestContext): RestResult {
    const scope = this.commandScope(ctx);
    if (typeof scope !== "string") return scope;
    const found = this.findCommandById(scope, ctx.params.commandId ?? "");
    if (!found) return discordError(404, 10063, "Unknown application command");
    this.state.commandScope(scope).delete(found[0]);
    return noContent;
  }

  // -------------------------------------------------------------------------------------------
  // Interactions

  private callbackSchema(type: unknown): RequestSchemaName | undefined {
    switch (type) {
      case 1:
        return "PongInteractionCallbackRequestSchema";
      case 4:
      case 5:
        return "CreateMessageInteractionCallbackRequestSchema";
      case 6:
      case 7:
        return "UpdateMessageInteractionCallbackRequestSchema";
      case 8:
        return "ApplicationCommandAutocompleteCallbackRequestSchema";
      case 9:
        return "ModalInteractionCallbackRequestSchema";
      case 12:
        return "LaunchActivityInteractionCallbackRequestSchema";
      default:
        return undefined;
    }
  }

  /** Response types Discord accepts per interaction type. */
  private allowedCallbackTypes(interaction: InteractionRecord): number[] {
    switch (interaction.type) {
      case 2:
        return [4, 5, 9, 12];
      case 3:
        return [4, 5, 6, 7, 9, 12];
      case 4:
        return [8];
      case 5:
        return interaction.sourceMessageId ? [4, 5, 6, 7] : [4, 5];
      default:
        return [];
    }
  }

  /** Channel of an interaction or message must still exist and be visible to the bot. */
  private checkChannel(ctx: RestContext, channelId: string): RestResult | undefined {
    const resolved = this.state.resolveChannel(channelId);
    if (!resolved) {
      this.violate(ctx, "unknown-channel", `channel ${channelId} does not exist (deleted or unknown)`);
      return discordError(404, 10003, "Unknown Channel");
    }
    if (resolved.kind === "guild" && (this.state.botPermissionsIn(resolved) & Permissions.ViewChannel) === 0n) {
      this.violate(ctx, "unknown-channel", `the bot cannot see channel #${resolved.channel.name} (no VIEW_CHANNEL)`);
      return discordError(404, 10003, "Unknown Channel");
    }
    return undefined;
  }

  private callback(ctx: RestContext): RestResult {
    const state = this.state;
    const interaction = ctx.interaction;
    if (!interaction) {
      this.violate(ctx, "unknown-interaction", "no interaction with this id and token");
      return discordError(404, 10062, "Unknown interaction");
    }
    const now = Date.now();
    if (interaction.ackType !== undefined) {
      this.violate(
        ctx,
        "duplicate-ack",
        `${interaction.description} was already acknowledged (type ${interaction.ackType}, ${now - (interaction.ackedAt ?? now)} ms earlier)`,
      );
      return discordError(400, 40060, "Interaction has already been acknowledged.");
    }
    const elapsed = now - interaction.createdAt;
    if (elapsed > state.options.ackTimeoutMs) {
      this.violate(
        ctx,
        "late-ack",
        `first callback for ${interaction.description} came ${elapsed} ms after INTERACTION_CREATE (limit ${state.options.ackTimeoutMs} ms)`,
      );
      return discordError(404, 10062, "Unknown interaction");
    }
    const body = record(ctx.body);
    const type = body.type;
    const schema = this.callbackSchema(type);
    if (!schema) {
      return this.invalid(ctx, [
        {
          path: ["type"],
          kind: "schema",
          code: "BASE_TYPE_CHOICES",
          message: `Value must be one of [1,4,5,6,7,8,9,12] (got ${JSON.stringify(type)}).`,
        },
      ]);
    }
    const normalised = body.data === undefined ? body : { ...body, data: dropNeutralDefaults(body.data) };
    let issues = this.validate(schema, normalised);
    if (issues.length > 0) return this.invalid(ctx, issues);
    const callbackType = type as number;
    if (!this.allowedCallbackTypes(interaction).includes(callbackType)) {
      this.violate(
        ctx,
        "invalid-response-type",
        `callback type ${callbackType} is not valid for interaction type ${interaction.type} (${interaction.description})`,
        "type",
      );
      return json(
        400,
        invalidFormBody([
          {
            path: ["type"],
            kind: "schema",
            code: "INTERACTION_RESPONSE_TYPE_INVALID",
            message: "Invalid interaction response type",
          },
        ]),
      );
    }
    const data = record(body.data);
    const source = interaction.sourceMessageId ? state.messages.get(interaction.sourceMessageId) : undefined;
    if (callbackType === 4 || callbackType === 7 || callbackType === 9) {
      issues = messageLimitIssues(data, ["data"], {
        isCreate: callbackType === 4,
        fileCount: ctx.files.length,
        ...(callbackType === 7 && source ? { existingFlags: source.flags } : {}),
      });
    }
    if (callbackType === 8) issues = this.choiceIssues(interaction, data);
    if (issues.length > 0) return this.invalid(ctx, issues);
    if (callbackType === 4 && isEmptyMessage(data, ctx.files.length)) {
      this.violate(ctx, "limit", "Cannot send an empty message", "data");
      return discordError(400, 50006, "Cannot send an empty message");
    }
    if (callbackType >= 4 && callbackType <= 7) {
      const channelError = this.checkChannel(ctx, interaction.channelId);
      if (channelError) return channelError;
    }
    if ((callbackType === 6 || callbackType === 7) && (!source || source.deleted)) {
      this.violate(ctx, "unknown-message", "the component's message no longer exists");
      return discordError(404, 10008, "Unknown Message");
    }

    interaction.ackType = callbackType;
    interaction.ackedAt = now;
    let message: StoredMessage | undefined;
    switch (callbackType) {
      case 4:
      case 5: {
        message = state.createMessage({
          channelId: interaction.channelId,
          guildId: interaction.guildId,
          body:
            callbackType === 4
              ? data
              : { flags: typeof data.flags === "number" ? data.flags & MESSAGE_FLAGS.Ephemeral : 0 },
          files: callbackType === 4 ? ctx.files : [],
          source: "interaction",
          type: interaction.type === 2 ? 20 : 0,
          extraFlags: callbackType === 5 ? MESSAGE_FLAGS.Loading : 0,
          interaction,
        });
        interaction.originalMessageId = message.id;
        this.dispatchMessage("MESSAGE_CREATE", message);
        break;
      }
      case 6:
        interaction.originalMessageId = source?.id;
        message = source;
        break;
      case 7:
        if (source) {
          state.editMessage(source, data, ctx.files);
          interaction.originalMessageId = source.id;
          message = source;
          this.dispatchMessage("MESSAGE_UPDATE", source);
        }
        break;
      case 8:
        interaction.choices = structuredClone((data.choices ?? []) as typeof interaction.choices);
        break;
      case 9:
        // Discord numbers modal components too; submissions echo those ids.
        interaction.modal = structuredClone(data) as unknown as NonNullable<InteractionRecord["modal"]>;
        assignComponentIds(interaction.modal.components);
        break;
    }
    if (ctx.query.with_response !== "true") return noContent;
    return json(200, {
      interaction: {
        id: interaction.id,
        type: interaction.type,
        activity_instance_id: null,
        ...(message && callbackType !== 6
          ? {
              response_message_id: message.id,
              response_message_loading: (message.flags & MESSAGE_FLAGS.Loading) !== 0,
              response_message_ephemeral: (message.flags & MESSAGE_FLAGS.Ephemeral) !== 0,
            }
          : {}),
      },
      ...(message && callbackType !== 6
        ? { resource: { type: callbackType, message: state.apiMessage(message) } }
        : {}),
    });
  }

  /** Autocomplete choices must have the focused option's value type (the spec's union accepts any). */
  private choiceIssues(interaction: InteractionRecord, data: Record<string, unknown>): BodyIssue[] {
    const choices = Array.isArray(data.choices) ? data.choices : [];
    const expected =
      interaction.focusedType === 3 ? "string" : interaction.focusedType === undefined ? undefined : "number";
    const issues: BodyIssue[] = [];
    choices.forEach((choice, index) => {
      const value = record(choice).value;
      if (expected && typeof value !== expected) {
        issues.push({
          path: ["data", "choices", index, "value"],
          kind: "limit",
          code: "AUTOCOMPLETE_CHOICE_TYPE_INVALID",
          message: `Choice value must be a ${expected} for this option (got ${typeof value}).`,
        });
      } else if (interaction.focusedType === 4 && !Number.isInteger(value)) {
        issues.push({
          path: ["data", "choices", index, "value"],
          kind: "limit",
          code: "NUMBER_TYPE_COERCE",
          message: `Value "${String(value)}" is not int.`,
        });
      }
    });
    return issues;
  }

  private webhookInteraction(ctx: RestContext): InteractionRecord | RestResult {
    const interaction = ctx.interaction;
    if (!interaction) {
      this.violate(ctx, "unknown-webhook", "no interaction webhook with this application id and token");
      return discordError(404, 10015, "Unknown Webhook");
    }
    const age = Date.now() - interaction.createdAt;
    if (age > this.state.options.tokenLifetimeMs) {
      this.violate(
        ctx,
        "expired-token",
        `interaction token used ${age} ms after the interaction (limit ${this.state.options.tokenLifetimeMs} ms)`,
      );
      return discordError(401, 50027, "Invalid Webhook Token");
    }
    if (interaction.ackType === undefined) {
      this.violate(
        ctx,
        "not-acknowledged",
        `${interaction.description}: webhook call before the interaction was acknowledged`,
      );
      return discordError(404, 10015, "Unknown Webhook");
    }
    return interaction;
  }

  private webhookMessage(ctx: RestContext, interaction: InteractionRecord): StoredMessage | RestResult {
    const requested = ctx.params.messageId ?? "@original";
    const id = requested === "@original" ? interaction.originalMessageId : requested;
    const allowed = id !== undefined && (id === interaction.originalMessageId || interaction.followUpIds.includes(id));
    const message = allowed ? this.state.messages.get(id) : undefined;
    if (!message || message.deleted) {
      this.violate(ctx, "unknown-message", `${interaction.description}: no message ${requested} for this interaction`);
      return discordError(404, 10008, "Unknown Message");
    }
    return message;
  }

  private followUp(ctx: RestContext): RestResult {
    const interaction = this.webhookInteraction(ctx);
    if ("status" in interaction) return interaction;
    let issues = this.validate("IncomingWebhookRequestPartialSchema", dropNeutralDefaults(ctx.body));
    if (issues.length === 0) issues = messageLimitIssues(ctx.body, [], { isCreate: true, fileCount: ctx.files.length });
    if (issues.length > 0) return this.invalid(ctx, issues);
    if (isEmptyMessage(ctx.body, ctx.files.length)) {
      this.violate(ctx, "limit", "Cannot send an empty message");
      return discordError(400, 50006, "Cannot send an empty message");
    }
    const channelError = this.checkChannel(ctx, interaction.channelId);
    if (channelError) return channelError;
    const body = record(ctx.body);
    const original = interaction.originalMessageId ? this.state.messages.get(interaction.originalMessageId) : undefined;
    let message: StoredMessage;
    if (interaction.ackType === 5 && original && !original.deleted && original.flags & MESSAGE_FLAGS.Loading) {
      // Discord: the first follow-up after a deferred reply fills the "thinking..." message itself.
      const { flags: _flags, ...rest } = body;
      this.state.editMessage(original, rest, ctx.files);
      original.flags &= ~MESSAGE_FLAGS.Loading;
      message = original;
      this.dispatchMessage("MESSAGE_UPDATE", message);
    } else {
      message = this.state.createMessage({
        channelId: interaction.channelId,
        guildId: interaction.guildId,
        body,
        files: ctx.files,
        source: "interaction",
        type: 0,
        interaction,
      });
      interaction.followUpIds.push(message.id);
      this.dispatchMessage("MESSAGE_CREATE", message);
    }
    return ctx.query.wait === "true" ? json(200, this.state.apiMessage(message)) : noContent;
  }

  private getWebhookMessage(ctx: RestContext): RestResult {
    const interaction = this.webhookInteraction(ctx);
    if ("status" in interaction) return interaction;
    const message = this.webhookMessage(ctx, interaction);
    if ("status" in message) return message;
    return json(200, this.state.apiMessage(message));
  }

  private editWebhookMessage(ctx: RestContext): RestResult {
    const interaction = this.webhookInteraction(ctx);
    if ("status" in interaction) return interaction;
    const message = this.webhookMessage(ctx, interaction);
    if ("status" in message) return message;
    let issues = this.validate("IncomingWebhookUpdateRequestPartialSchema", dropNeutralDefaults(ctx.body));
    if (issues.length === 0) {
      issues = messageLimitIssues(ctx.body, [], {
        isCreate: false,
        fileCount: ctx.files.length,
        existingFlags: message.flags,
      });
    }
    if (issues.length > 0) return this.invalid(ctx, issues);
    const body = record(ctx.body);
    const preview = this.state.previewEdit(message, body, ctx.files);
    if (isEmptyMessage(this.state.apiMessage(preview), preview.attachments.length)) {
      this.violate(ctx, "limit", "the edit would leave an empty message");
      return discordError(400, 50006, "Cannot send an empty message");
    }
    const channelError = this.checkChannel(ctx, message.channelId);
    if (channelError) return channelError;
    this.state.editMessage(message, body, ctx.files);
    message.flags &= ~MESSAGE_FLAGS.Loading;
    this.dispatchMessage("MESSAGE_UPDATE", message);
    return json(200, this.state.apiMessage(message));
  }

  private deleteWebhookMessage(ctx: RestContext): RestResult {
    const interaction = this.webhookInteraction(ctx);
    if ("status" in interaction) return interaction;
    const message = this.webhookMessage(ctx, interaction);
    if ("status" in message) return message;
    message.deleted = true;
    this.dispatchDelete(message);
    return noContent;
  }

  // -------------------------------------------------------------------------------------------
  // Channels and messages

  private channelOrError(ctx: RestContext): ResolvedChannel | RestResult {
    const id = ctx.params.channelId ?? "";
    const resolved = this.state.resolveChannel(id);
    if (!resolved) {
      this.violate(ctx, "unknown-channel", `channel ${id} does not exist (deleted or unknown)`);
      return discordError(404, 10003, "Unknown Channel");
    }
    if (resolved.kind === "guild" && (this.state.botPermissionsIn(resolved) & Permissions.ViewChannel) === 0n) {
      this.violate(ctx, "permission", `the bot lacks VIEW_CHANNEL in #${resolved.channel.name}`);
      return discordError(403, 50001, "Missing Access");
    }
    return resolved;
  }

  private channelJson(resolved: ResolvedChannel): Json {
    return resolved.kind === "dm"
      ? this.dmChannel(resolved.user.id)
      : channelPayload(resolved.guild, resolved.channel, this.state.bot.id);
  }

  private getChannel(ctx: RestContext): RestResult {
    const resolved = this.channelOrError(ctx);
    if ("status" in resolved) return resolved;
    return json(200, this.channelJson(resolved));
  }

  private typing(ctx: RestContext): RestResult {
    const resolved = this.channelOrError(ctx);
    return "status" in resolved ? resolved : noContent;
  }

  private channelMessage(ctx: RestContext): StoredMessage | RestResult {
    const message = this.state.messages.get(ctx.params.messageId ?? "");
    if (
      !message ||
      message.deleted ||
      message.channelId !== ctx.params.channelId ||
      message.flags & MESSAGE_FLAGS.Ephemeral
    ) {
      this.violate(ctx, "unknown-message", `no message ${ctx.params.messageId} in channel ${ctx.params.channelId}`);
      return discordError(404, 10008, "Unknown Message");
    }
    return message;
  }

  private listMessages(ctx: RestContext): RestResult {
    const resolved = this.channelOrError(ctx);
    if ("status" in resolved) return resolved;
    const limit = Math.min(100, Math.max(1, Number(ctx.query.limit ?? 50) || 50));
    const list = [...this.state.messages.values()]
      .filter((m) => m.channelId === ctx.params.channelId && !m.deleted && !(m.flags & MESSAGE_FLAGS.Ephemeral))
      .reverse()
      .slice(0, limit)
      .map((m) => this.state.apiMessage(m));
    return json(200, list);
  }

  /** Permissions Discord checks before creating a message in a guild channel. */
  private sendPermissionError(
    ctx: RestContext,
    resolved: ResolvedChannel,
    body: Record<string, unknown>,
  ): RestResult | undefined {
    if (resolved.kind === "dm") {
      if (resolved.user.dmsClosed) {
        this.violate(ctx, "permission", `${resolved.user.username} does not accept DMs`);
        return discordError(403, 50007, "Cannot send messages to this user");
      }
      return undefined;
    }
    const perms = this.state.botPermissionsIn(resolved);
    const missing: string[] = [];
    if (!(perms & Permissions.SendMessages)) missing.push("SEND_MESSAGES");
    if (Array.isArray(body.embeds) && body.embeds.length > 0 && !(perms & Permissions.EmbedLinks))
      missing.push("EMBED_LINKS");
    if (ctx.files.length > 0 && !(perms & Permissions.AttachFiles)) missing.push("ATTACH_FILES");
    if (missing.length === 0) return undefined;
    this.violate(ctx, "permission", `the bot lacks ${missing.join(", ")} in #${resolved.channel.name}`);
    return discordError(403, 50013, "Missing Permissions");
  }

  private postMessage(ctx: RestContext): RestResult {
    const resolved = this.channelOrError(ctx);
    if ("status" in resolved) return resolved;
    if (resolved.kind === "guild" && ![0, 2, 5, 10, 11, 12, 13].includes(resolved.channel.type ?? 0)) {
      this.violate(ctx, "limit", `#${resolved.channel.name} is not a text channel`);
      return discordError(400, 50008, "Cannot send messages in a non-text channel");
    }
    let issues = this.validate("MessageCreateRequestSchema", ctx.body);
    if (issues.length === 0) issues = messageLimitIssues(ctx.body, [], { isCreate: true, fileCount: ctx.files.length });
    if (issues.length > 0) return this.invalid(ctx, issues);
    if (isEmptyMessage(ctx.body, ctx.files.length)) {
      this.violate(ctx, "limit", "Cannot send an empty message");
      return discordError(400, 50006, "Cannot send an empty message");
    }
    const body = record(ctx.body);
    const permissionError = this.sendPermissionError(ctx, resolved, body);
    if (permissionError) return permissionError;
    const message = this.state.createMessage({
      channelId: ctx.params.channelId ?? "",
      guildId: resolved.kind === "guild" ? resolved.guild.id : null,
      body,
      files: ctx.files,
      source: "channel",
      type: body.message_reference ? 19 : 0,
    });
    this.dispatchMessage("MESSAGE_CREATE", message);
    return json(200, this.state.apiMessage(message));
  }

  private getMessage(ctx: RestContext): RestResult {
    const resolved = this.channelOrError(ctx);
    if ("status" in resolved) return resolved;
    const message = this.channelMessage(ctx);
    return "status" in message ? message : json(200, this.state.apiMessage(message));
  }

  private patchMessage(ctx: RestContext): RestResult {
    const resolved = this.channelOrError(ctx);
    if ("status" in resolved) return resolved;
    const message = this.channelMessage(ctx);
    if ("status" in message) return message;
    let issues = this.validate("MessageEditRequestPartialSchema", dropNeutralDefaults(ctx.body));
    if (issues.length === 0) {
      issues = messageLimitIssues(ctx.body, [], {
        isCreate: false,
        fileCount: ctx.files.length,
        existingFlags: message.flags,
      });
    }
    if (issues.length > 0) return this.invalid(ctx, issues);
    const body = record(ctx.body);
    const preview = this.state.previewEdit(message, body, ctx.files);
    if (isEmptyMessage(this.state.apiMessage(preview), preview.attachments.length)) {
      this.violate(ctx, "limit", "the edit would leave an empty message");
      return discordError(400, 50006, "Cannot send an empty message");
    }
    this.state.editMessage(message, body, ctx.files);
    this.dispatchMessage("MESSAGE_UPDATE", message);
    return json(200, this.state.apiMessage(message));
  }

  private deleteMessage(ctx: RestContext): RestResult {
    const resolved = this.channelOrError(ctx);
    if ("status" in resolved) return resolved;
    const message = this.channelMessage(ctx);
    if ("status" in message) return message;
    message.deleted = true;
    this.dispatchDelete(message);
    return noContent;
  }

  // -------------------------------------------------------------------------------------------
  // Guilds

  private guildOrError(ctx: RestContext): GuildFixture | RestResult {
    const guild = this.state.guild(ctx.params.guildId ?? "");
    if (!guild) {
      this.violate(ctx, "auth", `the bot is not in guild ${ctx.params.guildId}`);
      return discordError(404, 10004, "Unknown Guild");
    }
    return guild;
  }

  private getGuild(ctx: RestContext): RestResult {
    const guild = this.guildOrError(ctx);
    if ("status" in guild) return guild;
    return json(200, {
      ...guildPayload(guild),
      ...(ctx.query.with_counts === "true"
        ? { approximate_member_count: guild.members.length, approximate_presence_count: 0 }
        : {}),
    });
  }

  private getGuildChannels(ctx: RestContext): RestResult {
    const guild = this.guildOrError(ctx);
    if ("status" in guild) return guild;
    return json(
      200,
      guild.channels.map((channel) => channelPayload(guild, channel, this.state.bot.id)),
    );
  }

  private getGuildRoles(ctx: RestContext): RestResult {
    const guild = this.guildOrError(ctx);
    if ("status" in guild) return guild;
    return json(200, (guild.roles ?? []).map(rolePayload));
  }

  private listMembers(ctx: RestContext): RestResult {
    const guild = this.guildOrError(ctx);
    if ("status" in guild) return guild;
    if (!(this.state.options.privilegedIntents & Intents.GuildMembers)) {
      this.violate(ctx, "permission", "listing guild members needs the GUILD_MEMBERS privileged intent enabled");
      return discordError(403, 50001, "Missing Access");
    }
    const limit = Math.min(1000, Math.max(1, Number(ctx.query.limit ?? 1) || 1));
    const after = BigInt(ctx.query.after ?? "0");
    const members = guild.members
      .filter((m) => BigInt(m.id) > after)
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
      .slice(0, limit)
      .map((m) => memberPayload(m, { withUser: true }));
    return json(200, members);
  }

  private getMember(ctx: RestContext): RestResult {
    const guild = this.guildOrError(ctx);
    if ("status" in guild) return guild;
    const member = guild.members.find((m) => m.id === ctx.params.userId);
    return member ? json(200, memberPayload(member, { withUser: true })) : discordError(404, 10007, "Unknown Member");
  }

  // -------------------------------------------------------------------------------------------
  // Gateway side effects

  private dispatchMessage(t: "MESSAGE_CREATE" | "MESSAGE_UPDATE", message: StoredMessage): void {
    if (message.flags & MESSAGE_FLAGS.Ephemeral) return;
    const intent = message.guildId ? Intents.GuildMessages : Intents.DirectMessages;
    this.host.gateway.dispatch(message.guildId, t, this.state.apiMessage(message, { withGuildId: true }), intent);
  }

  private dispatchDelete(message: StoredMessage): void {
    if (message.flags & MESSAGE_FLAGS.Ephemeral) return;
    const intent = message.guildId ? Intents.GuildMessages : Intents.DirectMessages;
    this.host.gateway.dispatch(
      message.guildId,
      "MESSAGE_DELETE",
      { id: message.id, channel_id: message.channelId, ...(message.guildId ? { guild_id: message.guildId } : {}) },
      intent,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Body parsing and faults

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

interface ParsedBody {
  body: unknown;
  files: RecordedFile[];
  error?: { code: number; message: string; reason: string };
}

async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: undefined, files: [] };
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/json") {
    try {
      return { body: JSON.parse(raw.toString("utf8")), files: [] };
    } catch {
      return {
        body: raw.toString("utf8"),
        files: [],
        error: { code: 50109, message: "The request body contains invalid JSON.", reason: "body is not valid JSON" },
      };
    }
  }
  if (type === "multipart/form-data") {
    // undici's Response parses multipart bodies, files included.
    const form = await new Response(raw, { headers: { "content-type": contentType ?? "" } }).formData();
    let body: unknown;
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") {
        if (field === "payload_json") {
          try {
            body = JSON.parse(value);
          } catch {
            return {
              body: value,
              files,
              error: {
                code: 50109,
                message: "The request body contains invalid JSON.",
                reason: "payload_json is not valid JSON",
              },
            };
          }
        }
        continue;
      }
      const data = Buffer.from(await value.arrayBuffer());
      files.push({
        field,
        filename: value.name,
        contentType: contentTypeOf(value.name, value.type),
        size: data.length,
        data,
      });
    }
    return { body, files };
  }
  return {
    body: raw.toString("utf8"),
    files: [],
    error: {
      code: 0,
      message: "Unsupported content type",
      reason: `unsupported Content-Type "${contentType ?? ""}" (Discord takes application/json or multipart/form-data)`,
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
};

/** Discord derives an attachment's content type from its name when the upload does not say. */
function contentTypeOf(filename: string, declared: string): string {
  if (declared && declared !== "application/octet-stream") return declared;
  const extension = filename.split(".").pop()?.toLowerCase() ?? "";
  return CONTENT_TYPES[extension] ?? "application/octet-stream";
}

function faultResult(fault: { status: number; body?: unknown; retryAfter?: number }): RestResult {
  if (fault.status === 429) {
    const retryAfter = fault.retryAfter ?? 0.05;
    return {
      status: 429,
      body: fault.body ?? { message: "You are being rate limited.", retry_after: retryAfter, global: false },
      headers: {
        "retry-after": String(retryAfter),
        "x-ratelimit-limit": "1",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset-after": String(retryAfter),
        "x-ratelimit-bucket": "local-fault",
        "x-ratelimit-scope": "user",
      },
    };
  }
  return {
    status: fault.status,
    body: fault.body ?? {
      message: fault.status >= 500 ? `${fault.status}: Internal Server Error` : "Injected failure",
      code: 0,
    },
    ...(fault.retryAfter === undefined ? {} : { headers: { "retry-after": String(fault.retryAfter) } }),
  };
}
