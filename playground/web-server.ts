/**
 * The page's server, on 127.0.0.1 only: the bundled page, avatars, the local Discord's state as a member sees it,
 * the actions (interactions), and a stream of server-sent events (something changed; Discord refused a request).
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { LocalDiscord } from "../test/discord-server/index.js";
import { perform } from "./actions.js";
import { bundlePage } from "./assets.js";
import { avatarSvg } from "./avatars.js";
import { commandsFor, messagesFor, pageState } from "./page-data.js";
import type { ActionRequest, ViolationEvent } from "./web/protocol.js";

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;
const indexFile = fileURLToPath(new URL("./web/index.html", import.meta.url));

export async function startWebServer(input: { discord: LocalDiscord; port: number }): Promise<WebServer> {
  const { discord } = input;
  const [assets, indexHtml] = await Promise.all([bundlePage(), readFile(indexFile)]);
  const streams = new Set<ServerResponse>();
  const send = (event: string, data: unknown) => {
    for (const stream of streams) stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  // Many calls make one change: the page refetches at most every 40 ms.
  let changeTimer: NodeJS.Timeout | undefined;
  const unsubscribe = discord.onRecord({
    call() {
      changeTimer ??= setTimeout(() => {
        changeTimer = undefined;
        send("change", {});
      }, 40);
    },
    violation(violation) {
      const event: ViolationEvent = {
        kind: violation.kind,
        method: violation.method,
        route: violation.route,
        path: violation.path,
        reason: violation.reason,
      };
      send("violation", event);
    },
  });

  const routes = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const path = url.pathname;
    if (req.method === "GET" && path === "/") return reply(res, 200, "text/html; charset=utf-8", indexHtml);
    const asset = req.method === "GET" ? assets.get(path) : undefined;
    if (asset) return reply(res, 200, asset.contentType, asset.body, "public, max-age=3600");
    const avatar = /^\/avatars\/(\d+)\.svg$/.exec(path);
    if (req.method === "GET" && avatar?.[1]) {
      const state = pageState(discord);
      const member = state.members.find((m) => m.id === avatar[1]);
      const isBot = avatar[1] === discord.botUserId;
      return reply(res, 200, "image/svg+xml", avatarSvg(avatar[1], isBot ? "R" : (member?.name ?? "?"), isBot));
    }
    if (req.method === "GET" && path === "/api/state") return json(res, 200, pageState(discord));
    if (req.method === "GET" && path === "/api/commands") {
      return json(res, 200, commandsFor(discord, url.searchParams.get("user") ?? ""));
    }
    if (req.method === "GET" && path === "/api/messages") {
      const channel = url.searchParams.get("channel") ?? "";
      return json(res, 200, messagesFor(discord, channel, url.searchParams.get("user") ?? ""));
    }
    const attachment = /^\/api\/attachments\/(\d+)\/(\d+)$/.exec(path);
    if (req.method === "GET" && attachment) {
      const file = discord.message(attachment[1] ?? "")?.attachments.find((a) => a.id === attachment[2]);
      if (!file) return json(res, 404, { error: "not found" });
      res.setHeader("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
      return reply(res, 200, file.contentType, file.data);
    }
    if (req.method === "GET" && path === "/api/events") {
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-store",
        connection: "keep-alive",
      });
      res.write(": connected\n\n");
      streams.add(res);
      req.once("close", () => streams.delete(res));
      return;
    }
    if (req.method === "POST" && path === "/api/action") {
      // JSON only: another site's page cannot send that without a CORS preflight, which is never granted.
      if (req.headers["content-type"] !== "application/json") return json(res, 415, { error: "JSON only" });
      const request = JSON.parse(await readBody(req)) as ActionRequest;
      return json(res, 200, await perform(discord, request));
    }
    json(res, 404, { error: "not found" });
  };

  const server = createServer((req, res) => {
    // Only this machine's browser, and only pages of this server, may drive it (no DNS rebinding either).
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.headers.host ?? "")) return json(res, 421, { error: "host" });
    routes(req, res, url).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: error instanceof Error ? error.message : String(error) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(input.port, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      unsubscribe();
      if (changeTimer) clearTimeout(changeTimer);
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function reply(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Uint8Array,
  cache = "no-store",
): void {
  res.writeHead(status, { "content-type": contentType, "cache-control": cache });
  res.end(body);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  reply(res, status, "application/json; charset=utf-8", JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_BODY) throw new Error("request too large");
  }
  return body;
}
