/**
 * Gateway v10 over JSON (no compression): HELLO, IDENTIFY -> READY + GUILD_CREATE per guild of the shard,
 * heartbeats, RESUME with replay, sharding by (guild_id >> 22) % shard_count, REQUEST_GUILD_MEMBERS.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { type Json, randomToken, shardFor } from "./fixtures.js";

export const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

export const Intents = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

export const PRIVILEGED_INTENTS = Intents.GuildMembers | Intents.GuildPresences | Intents.MessageContent;

interface Dispatched {
  s: number;
  t: string;
  d: unknown;
}

export interface GatewaySession {
  id: string;
  shardId: number;
  shardCount: number;
  intents: number;
  seq: number;
  /** Every dispatch of the session, kept for replay on RESUME. */
  events: Dispatched[];
  socket: WebSocket | null;
  /** READY and every GUILD_CREATE sent. */
  ready: boolean;
}

export interface GatewayHost {
  readonly token: string;
  readonly heartbeatIntervalMs: number;
  readonly privilegedIntents: number;
  /** READY's `user` and `application`. */
  readyIdentity(): { user: Json; application: Json };
  /** Guild ids of a shard, in fixture order. */
  guildIds(): string[];
  guildCreate(guildId: string, intents: number): Json;
  guildMembers(guildId: string): Json[];
  resumeUrl(): string;
  gatewayViolation(reason: string, payload: unknown): void;
}

type Waiter = () => void;

export class Gateway {
  readonly sessions = new Map<string, GatewaySession>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly readyWaiters = new Set<Waiter>();
  /** shardCount the clients identified with (the first IDENTIFY decides). */
  private clientShardCount: number | undefined;

  constructor(private readonly host: GatewayHost) {
    this.wss.on("connection", (socket, request) => this.onConnection(socket, request));
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(request, socket, head, (ws) => this.wss.emit("connection", ws, request));
  }

  /** Intents of the most recent IDENTIFY. */
  get intents(): number | undefined {
    const sessions = [...this.sessions.values()];
    return sessions.at(-1)?.intents;
  }

  /** The live session handling `guildId` (null = DMs, shard 0). */
  sessionFor(guildId: string | null): GatewaySession | undefined {
    const count = this.clientShardCount;
    if (count === undefined) return undefined;
    const shardId = guildId === null ? 0 : shardFor(guildId, count);
    let found: GatewaySession | undefined;
    for (const session of this.sessions.values()) {
      if (session.shardId === shardId && session.ready) found = session;
    }
    return found;
  }

  /**
   * Sends a dispatch to the shard of `guildId`. With the socket closed the event is kept for replay,
   * as Discord does for a resumable session. Returns false when no session exists at all.
   */
  dispatch(guildId: string | null, t: string, d: unknown, requiredIntent?: number): boolean {
    const session = this.sessionFor(guildId);
    if (!session) return false;
    if (requiredIntent !== undefined && (session.intents & requiredIntent) === 0) return true;
    this.sendDispatch(session, t, d);
    return true;
  }

  /** Every shard has a session that got all its GUILD_CREATEs and is connected now (a dead bot is not ready). */
  isReady(): boolean {
    const count = this.clientShardCount;
    if (count === undefined) return false;
    for (let shard = 0; shard < count; shard++) {
      if (![...this.sessions.values()].some((s) => s.shardId === shard && s.ready && s.socket !== null)) return false;
    }
    return true;
  }

  waitForReady(timeoutMs: number): Promise<void> {
    if (this.isReady()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = () => {
        if (!this.isReady()) return;
        clearTimeout(timer);
        this.readyWaiters.delete(waiter);
        resolve();
      };
      const timer = setTimeout(() => {
        this.readyWaiters.delete(waiter);
        reject(new Error(`No client became ready on the local gateway within ${timeoutMs} ms`));
      }, timeoutMs);
      this.readyWaiters.add(waiter);
    });
  }

  /** Closes the live sockets (all shards, or one) so clients RESUME; Discord-like default code 4000. */
  disconnect(code: number, shardId?: number): void {
    for (const session of this.sessions.values()) {
      if (shardId !== undefined && session.shardId !== shardId) continue;
      const socket = session.socket;
      session.socket = null;
      socket?.close(code, "Disconnected by the local Discord test server");
    }
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private onConnection(socket: WebSocket, request: IncomingMessage): void {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.searchParams.get("v") !== "10") {
      this.host.gatewayViolation(`gateway version must be v=10 (got ${url.searchParams.get("v")})`, url.search);
      socket.close(4012, "Invalid API version");
      return;
    }
    if (url.searchParams.get("encoding") !== "json" || url.searchParams.has("compress")) {
      this.host.gatewayViolation(`only encoding=json without compression is served (got ${url.search})`, url.search);
      socket.close(4002, "Decode error");
      return;
    }
    let session: GatewaySession | undefined;
    socket.send(
      JSON.stringify({
        op: GatewayOp.Hello,
        d: { heartbeat_interval: this.host.heartbeatIntervalMs },
        s: null,
        t: null,
      }),
    );
    socket.on("message", (raw, isBinary) => {
      if (isBinary) {
        this.host.gatewayViolation("binary frame received; the client must send JSON text", null);
        socket.close(4002, "Decode error");
        return;
      }
      let payload: { op?: unknown; d?: unknown };
      try {
        payload = JSON.parse(raw.toString()) as { op?: unknown; d?: unknown };
      } catch {
        socket.close(4002, "Decode error");
        return;
      }
      switch (payload.op) {
        case GatewayOp.Heartbeat:
          // The client holds every dispatch up to the sequence it sends: a RESUME never asks for those again,
          // so the replay buffer stays bounded (a long load run would otherwise keep every payload).
          if (session && typeof payload.d === "number") {
            const acknowledged = payload.d;
            const kept = session.events.findIndex((event) => event.s > acknowledged);
            session.events.splice(0, kept === -1 ? session.events.length : kept);
          }
          socket.send(JSON.stringify({ op: GatewayOp.HeartbeatAck, d: null, s: null, t: null }));
          return;
        case GatewayOp.Identify:
          if (session) {
            socket.close(4005, "Already authenticated");
            return;
          }
          session = this.identify(socket, payload.d);
          return;
        case GatewayOp.Resume:
          if (session) {
            socket.close(4005, "Already authenticated");
            return;
          }
          session = this.resume(socket, payload.d);
          return;
        case GatewayOp.RequestGuildMembers:
        case GatewayOp.PresenceUpdate:
        case GatewayOp.VoiceStateUpdate:
          if (!session) {
            socket.close(4003, "Not authenticated");
            return;
          }
          if (payload.op === GatewayOp.RequestGuildMembers) this.requestMembers(session, payload.d);
          return;
        default:
          this.host.gatewayViolation(`unknown opcode ${String(payload.op)}`, payload);
          socket.close(4001, "Unknown opcode");
      }
    });
    socket.on("close", () => {
      if (session && session.socket === socket) session.socket = null;
    });
  }

  private identify(socket: WebSocket, data: unknown): GatewaySession | undefined {
    const d = (data ?? {}) as { token?: unknown; intents?: unknown; shard?: unknown; properties?: unknown };
    if (d.token !== this.host.token) {
      socket.close(4004, "Authentication failed");
      return undefined;
    }
    if (typeof d.intents !== "number") {
      this.host.gatewayViolation("IDENTIFY without numeric intents", d);
      socket.close(4013, "Invalid intent(s)");
      return undefined;
    }
    const disallowed = d.intents & PRIVILEGED_INTENTS & ~this.host.privilegedIntents;
    if (disallowed) {
      socket.close(4014, "Disallowed intent(s)");
      return undefined;
    }
    const [shardId, shardCount] = Array.isArray(d.shard) ? (d.shard as number[]) : [0, 1];
    if (
      typeof shardId !== "number" ||
      typeof shardCount !== "number" ||
      shardCount < 1 ||
      shardId < 0 ||
      shardId >= shardCount
    ) {
      socket.close(4010, "Invalid shard");
      return undefined;
    }
    this.clientShardCount ??= shardCount;
    if (shardCount !== this.clientShardCount) {
      // A new shard count starts a new deployment: forget sessions of the old layout.
      this.sessions.clear();
      this.clientShardCount = shardCount;
    }
    for (const [id, old] of this.sessions) {
      if (old.shardId === shardId) {
        old.socket?.close(4009, "Session replaced");
        this.sessions.delete(id);
      }
    }
    const session: GatewaySession = {
      id: randomToken(16),
      shardId,
      shardCount,
      intents: d.intents,
      seq: 0,
      events: [],
      socket,
      ready: false,
    };
    this.sessions.set(session.id, session);
    const guildIds = this.host.guildIds().filter((id) => shardFor(id, shardCount) === shardId);
    const identity = this.host.readyIdentity();
    this.sendDispatch(session, "READY", {
      v: 10,
      user: identity.user,
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      session_type: "normal",
      resume_gateway_url: this.host.resumeUrl(),
      shard: [shardId, shardCount],
      application: identity.application,
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['["local-discord-gateway"]'],
    });
    for (const id of guildIds) this.sendDispatch(session, "GUILD_CREATE", this.host.guildCreate(id, session.intents));
    session.ready = true;
    for (const waiter of [...this.readyWaiters]) waiter();
    return session;
  }

  private resume(socket: WebSocket, data: unknown): GatewaySession | undefined {
    const d = (data ?? {}) as { token?: unknown; session_id?: unknown; seq?: unknown };
    if (d.token !== this.host.token) {
      socket.close(4004, "Authentication failed");
      return undefined;
    }
    const session = typeof d.session_id === "string" ? this.sessions.get(d.session_id) : undefined;
    if (!session || typeof d.seq !== "number" || d.seq > session.seq) {
      // Not resumable: the client must identify again (op 9, d = false).
      socket.send(JSON.stringify({ op: GatewayOp.InvalidSession, d: false, s: null, t: null }));
      return undefined;
    }
    session.socket?.close(4009, "Session resumed elsewhere");
    session.socket = socket;
    const seq = d.seq;
    for (const event of session.events) {
      if (event.s > seq) socket.send(JSON.stringify({ op: GatewayOp.Dispatch, ...event }));
    }
    this.sendDispatch(session, "RESUMED", { _trace: ['["local-discord-gateway"]'] });
    for (const waiter of [...this.readyWaiters]) waiter();
    return session;
  }

  private requestMembers(session: GatewaySession, data: unknown): void {
    const d = (data ?? {}) as {
      guild_id?: unknown;
      query?: unknown;
      limit?: unknown;
      user_ids?: unknown;
      nonce?: unknown;
    };
    const guildIds = Array.isArray(d.guild_id) ? d.guild_id : [d.guild_id];
    for (const guildId of guildIds) {
      if (typeof guildId !== "string") continue;
      let members = this.host.guildMembers(guildId);
      const userIds = Array.isArray(d.user_ids) ? d.user_ids : typeof d.user_ids === "string" ? [d.user_ids] : null;
      if (userIds) {
        members = members.filter((m) => userIds.includes((m.user as Json).id));
      } else {
        const query = typeof d.query === "string" ? d.query.toLowerCase() : "";
        if (query === "" && (session.intents & Intents.GuildMembers) === 0) {
          this.host.gatewayViolation("requesting all guild members needs the GUILD_MEMBERS intent", d);
          members = [];
        }
        members = members.filter((m) =>
          String((m.user as Json).username)
            .toLowerCase()
            .startsWith(query),
        );
        const limit = typeof d.limit === "number" && d.limit > 0 ? d.limit : members.length;
        members = members.slice(0, limit);
      }
      this.sendDispatch(session, "GUILD_MEMBERS_CHUNK", {
        guild_id: guildId,
        members,
        chunk_index: 0,
        chunk_count: 1,
        ...(d.nonce === undefined ? {} : { nonce: d.nonce }),
      });
    }
  }

  private sendDispatch(session: GatewaySession, t: string, d: unknown): void {
    session.seq += 1;
    const event: Dispatched = { s: session.seq, t, d };
    session.events.push(event);
    if (session.socket && session.socket.readyState === session.socket.OPEN) {
      session.socket.send(JSON.stringify({ op: GatewayOp.Dispatch, ...event }));
    }
  }
}
