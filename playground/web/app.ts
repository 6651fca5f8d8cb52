/**
 * The playground page: a Discord-like server view of the local Discord. Every click, command and modal is an
 * interaction Réso receives through the gateway; the page only shows what the local Discord holds.
 */
import { CommandBar } from "./command-bar.js";
import { localized, pageStrings } from "./i18n.js";
import { setMarkdownLanguage } from "./markdown.js";
import { openModal } from "./modal.js";
import type {
  ActionRequest,
  ActionResponse,
  ApiComponent,
  MessagesResponse,
  OptionValue,
  PageLocale,
  PageMessage,
  PageState,
  RegisteredCommand,
  ViolationEvent,
} from "./protocol.js";
import { renderMessage } from "./render.js";

// The components read their config (avatars) when they load: set it first, with local avatars only.
(globalThis as { $discordMessage?: unknown }).$discordMessage = { avatars: { default: "/avatars/0.svg" } };
await import("@skyra/discord-components-core");

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

const state: PageState = await (await fetch("/api/state")).json();
const params = new URLSearchParams(location.search);
let userId = params.get("user") ?? state.members.find((m) => !m.moderator)?.id ?? state.members[0]?.id ?? "";
let channelId = state.channels[0]?.id ?? "";
let locale: PageLocale = params.get("lang") === "en" ? "en-US" : "fr";
let commands: RegisteredCommand[] = [];
const seenCounts: Record<string, number> = {};
const dismissed = new Set<string>();

const strings = () => pageStrings(locale);
const channel = () => state.channels.find((c) => c.id === channelId);

async function action(request: Omit<ActionRequest, "userId" | "channelId" | "locale">): Promise<ActionResponse> {
  const response = await fetch("/api/action", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...request, userId, channelId, locale }),
  });
  const result = (await response.json()) as ActionResponse;
  if (result.error)
    banner(result.error === "no-answer" ? strings().noAnswer : `${strings().notSent} : ${result.error}`);
  if (result.modal) {
    const fields = await openModal(result.modal, state.bot.name, `/avatars/${state.bot.id}.svg`, strings());
    if (fields) await action({ kind: "modal", customId: result.modal.custom_id, fields } as ActionRequest);
  }
  return result;
}

const bar = new CommandBar({
  state: () => state,
  locale: () => locale,
  strings,
  channelName: () => channel()?.name ?? "",
  commands: () => commands,
  async autocomplete(name, options) {
    const result = await action({ kind: "autocomplete", name, options } as ActionRequest);
    return result.choices ?? [];
  },
  async run(name, options: OptionValue[]) {
    await action({ kind: "command", name, options } as ActionRequest);
  },
  error: (text) => banner(text),
});

function banner(text: string, title?: string): void {
  const item = document.createElement("div");
  item.className = "banner";
  item.setAttribute("role", "alert");
  if (title) {
    const strong = document.createElement("strong");
    strong.textContent = `${title} — `;
    item.append(strong);
  }
  item.append(text);
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "×";
  close.setAttribute("aria-label", strings().close);
  close.addEventListener("click", () => item.remove());
  item.append(close);
  $("#banners").append(item);
}

function layout(): void {
  const s = strings();
  document.documentElement.lang = s.locale;
  setMarkdownLanguage(s.locale);
  $("#guild-name").textContent = state.guild.name;
  $("#note").textContent = s.playgroundNote;
  $("#channels-title").textContent = s.textChannels;
  const list = $("#channels");
  list.replaceChildren(
    ...state.channels.map((c) => {
      const item = document.createElement("button");
      item.type = "button";
      item.className = `channel${c.id === channelId ? " active" : ""}`;
      item.dataset.channel = c.name;
      item.dataset.id = c.id;
      item.textContent = c.name;
      item.addEventListener("click", () => {
        channelId = c.id;
        bar.reset();
        void refresh(true);
      });
      return item;
    }),
  );
  $("#channel-name").textContent = channel()?.name ?? "";
  $("#channel-topic").textContent = channel()?.topic ?? "";
  const me = state.members.find((m) => m.id === userId);
  ($("#me-avatar") as HTMLImageElement).src = `/avatars/${userId}.svg`;
  $("#me-label").textContent = s.you;
  const who = $("#who") as HTMLSelectElement;
  who.replaceChildren(
    ...state.members.map((m) => {
      const option = document.createElement("option");
      option.value = m.id;
      option.textContent = `${m.name} — ${m.roleName}${m.moderator ? ` (${s.moderatorHint})` : ""}`;
      option.selected = m.id === userId;
      return option;
    }),
  );
  ($("#lang") as HTMLSelectElement).value = locale;
  $("#lang-label").textContent = s.language;
  $("#members-title").textContent = s.members;
  const roster = $("#members");
  roster.replaceChildren();
  const roles = [...new Set(state.members.map((m) => m.roleName))];
  for (const role of roles) {
    const heading = document.createElement("h3");
    heading.textContent = `${role} — ${state.members.filter((m) => m.roleName === role).length}`;
    roster.append(heading);
    for (const m of state.members.filter((candidate) => candidate.roleName === role)) {
      const item = document.createElement("button");
      item.type = "button";
      item.className = `member${m.id === userId ? " me" : ""}`;
      item.dataset.member = m.id;
      const avatar = document.createElement("img");
      avatar.src = `/avatars/${m.id}.svg`;
      avatar.alt = "";
      const name = document.createElement("span");
      name.textContent = m.name;
      if (m.roleColor) name.style.color = m.roleColor;
      item.append(avatar, name);
      item.addEventListener("click", () => void become(m.id));
      roster.append(item);
    }
  }
  if (me) document.title = `#${channel()?.name ?? ""} · ${state.guild.name} — Réso`;
  bar.refresh();
}

async function become(id: string): Promise<void> {
  userId = id;
  bar.reset();
  await loadCommands();
  await refresh(true);
}

async function loadCommands(): Promise<void> {
  commands = await (await fetch(`/api/commands?user=${userId}`)).json();
}

let refreshing: Promise<void> | undefined;
let again = false;

/** Fetches the channel as this member sees it; one request at a time, the last change always shown. */
async function refresh(relayout = false): Promise<void> {
  if (relayout) layout();
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      const data: MessagesResponse = await (await fetch(`/api/messages?channel=${channelId}&user=${userId}`)).json();
      show(data);
    } while (again);
  })();
  try {
    await refreshing;
  } finally {
    refreshing = undefined;
  }
}

function show(data: MessagesResponse): void {
  const list = $("#messages");
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  const container = document.createElement("discord-messages");
  container.setAttribute("no-background", "");
  const welcome = document.createElement("div");
  welcome.className = "welcome";
  const heading = document.createElement("h1");
  heading.textContent = strings().welcome(channel()?.name ?? "");
  const hint = document.createElement("p");
  hint.textContent = strings().welcomeHint;
  welcome.append(heading, hint);
  const actions = {
    commandLabel: (name: string) => {
      const command = commands.find((candidate) => candidate.name === name);
      return command ? localized(command.name, command.name_localizations, locale) : name;
    },
    click: (message: PageMessage, customId: string) => {
      void action({ kind: "button", messageId: message.id, customId } as ActionRequest);
    },
    select: (message: PageMessage, component: ApiComponent, values: string[]) => {
      void action({ kind: "select", messageId: message.id, customId: component.custom_id, values } as ActionRequest);
    },
    dismiss: (message: PageMessage) => {
      dismissed.add(message.id);
      void refresh();
    },
  };
  // Emoji glyphs come in subsets loaded on first use: ask for those of these messages now, not at paint time.
  void document.fonts.load('16px "gg sans"', JSON.stringify(data.messages)).catch(() => undefined);
  for (const message of data.messages) {
    if (!dismissed.has(message.id)) container.append(renderMessage(message, state, strings(), actions));
  }
  list.replaceChildren(welcome, container);
  const grew = data.messages.length > Number(list.dataset.count ?? 0);
  const follow = atBottom || grew || list.dataset.channel !== channelId;
  list.dataset.channel = channelId;
  list.dataset.count = String(data.messages.length);
  // The components lay themselves out after this task: scroll once they have.
  if (follow) {
    const rendered = [...container.children].map(
      (child) => (child as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete,
    );
    void Promise.all(rendered).then(() =>
      requestAnimationFrame(() => {
        list.scrollTop = list.scrollHeight;
      }),
    );
  }
  seenCounts[channelId] = data.counts[channelId] ?? 0;
  for (const item of document.querySelectorAll<HTMLElement>("#channels .channel")) {
    const id = item.dataset.id ?? "";
    if (seenCounts[id] === undefined) seenCounts[id] = data.counts[id] ?? 0;
    item.classList.toggle("unread", id !== channelId && (data.counts[id] ?? 0) > (seenCounts[id] ?? 0));
  }
}

($("#who") as HTMLSelectElement).addEventListener("change", (event) => {
  void become((event.target as HTMLSelectElement).value);
});
($("#lang") as HTMLSelectElement).addEventListener("change", (event) => {
  locale = (event.target as HTMLSelectElement).value as PageLocale;
  bar.reset();
  void refresh(true);
});
$("#composer").append(bar.element);

const events = new EventSource("/api/events");
events.addEventListener("change", () => void refresh());
events.addEventListener("violation", (event) => {
  const violation = JSON.parse((event as MessageEvent<string>).data) as ViolationEvent;
  const where = [violation.method, violation.route, violation.path].filter(Boolean).join(" ");
  banner(`${violation.reason} (${violation.kind}, ${where})`, strings().refused);
});

await loadCommands();
await refresh(true);
document.body.dataset.ready = "true";
