/** A Discord message (as the local Discord holds it) → @skyra/discord-components-core elements. */

import type { PageStrings } from "./i18n.js";
import { renderMarkdown } from "./markdown.js";
import type { ApiComponent, ApiEmbed, PageMessage, PageState } from "./protocol.js";

export interface MessageActions {
  /** A command's name as this member's Discord shows it (its localisation). */
  commandLabel(name: string): string;
  click(message: PageMessage, customId: string): void;
  select(message: PageMessage, component: ApiComponent, values: string[]): void;
  dismiss(message: PageMessage): void;
}

const BUTTON_STYLES: Record<number, string> = { 1: "primary", 2: "secondary", 3: "success", 4: "destructive" };

function el(
  tag: string,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string)[]
) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, "");
    else if (typeof value === "string") element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

export function renderMessage(
  message: PageMessage,
  state: PageState,
  strings: PageStrings,
  actions: MessageActions,
): HTMLElement {
  const element = el("discord-message", {
    author: state.bot.name,
    avatar: `/avatars/${state.bot.id}.svg`,
    bot: true,
    "twenty-four": true,
    ephemeral: message.ephemeral,
    // Discord marks edits of channel posts; interaction replies are edited as they are resolved, unmarked.
    edited: message.edited && !message.command && !message.ephemeral,
    "data-message-id": message.id,
  });
  const time = new Date(message.createdAt).toLocaleTimeString(strings.locale, {
    hour: "2-digit",
    minute: "2-digit",
  });
  (element as unknown as { timestamp: string }).timestamp = strings.today(time);
  (element as unknown as { dismissMessageClicked: () => void }).dismissMessageClicked = () => actions.dismiss(message);
  if (message.command) {
    const user = state.members.find((member) => member.id === message.command?.userId);
    element.append(
      el("discord-command", {
        slot: "reply",
        author: user?.name ?? "?",
        avatar: `/avatars/${message.command.userId}.svg`,
        command: `/${actions.commandLabel(message.command.name)}`,
        ...(user?.roleColor ? { "role-color": user.roleColor } : {}),
      }),
    );
  }
  if (message.loading) element.append(el("span", { class: "thinking" }, strings.thinking));
  else if (message.content) element.append(renderMarkdown(message.content));
  for (const embed of message.embeds) element.append(renderEmbed(embed));
  if (message.attachments.length > 0) {
    const attachments = el("discord-attachments", { slot: "attachments" });
    for (const file of message.attachments) {
      const attachment = el("discord-file-attachment", { name: file.filename, href: file.url, type: file.contentType });
      (attachment as unknown as { bytes: number }).bytes = file.size;
      attachments.append(attachment);
    }
    element.append(attachments);
  }
  if (message.components.length > 0) {
    const rows = el("discord-attachments", { slot: "components" });
    for (const row of message.components) rows.append(renderRow(row, message, strings, actions));
    element.append(rows);
  }
  afterRender(element, strings);
  return element;
}

function renderEmbed(embed: ApiEmbed): HTMLElement {
  const colour = typeof embed.color === "number" ? `#${embed.color.toString(16).padStart(6, "0")}` : undefined;
  const element = el("discord-embed", {
    slot: "embeds",
    color: colour,
    "embed-title": embed.title,
    "author-name": embed.author?.name,
  });
  if (embed.description) {
    element.append(el("discord-embed-description", { slot: "description" }, renderMarkdown(embed.description)));
  }
  if (embed.fields && embed.fields.length > 0) {
    const fields = el("discord-embed-fields", { slot: "fields" });
    for (const field of embed.fields) {
      fields.append(
        el("discord-embed-field", { "field-title": field.name, inline: field.inline }, renderMarkdown(field.value)),
      );
    }
    element.append(fields);
  }
  if (embed.footer?.text) element.append(el("discord-embed-footer", { slot: "footer" }, embed.footer.text));
  return element;
}

function renderRow(
  row: ApiComponent,
  message: PageMessage,
  strings: PageStrings,
  actions: MessageActions,
): HTMLElement {
  const element = el("discord-action-row");
  for (const component of row.components ?? []) {
    if (component.type === 2) element.append(renderButton(component, message, actions));
    else if (component.type === 3) element.append(renderSelect(component, message, strings, actions));
  }
  return element;
}

function renderButton(component: ApiComponent, message: PageMessage, actions: MessageActions): HTMLElement {
  const emoji = (component.emoji as { name?: string } | undefined)?.name;
  const label = [emoji, component.label].filter(Boolean).join(" ");
  const button = el(
    "discord-button",
    {
      type: component.url ? "secondary" : (BUTTON_STYLES[component.style ?? 2] ?? "secondary"),
      disabled: component.disabled === true,
      url: component.url,
      "data-custom-id": component.custom_id,
    },
    label,
  );
  if (component.custom_id && !component.disabled) {
    const customId = component.custom_id;
    button.addEventListener("click", () => actions.click(message, customId));
  }
  return button;
}

function renderSelect(
  component: ApiComponent,
  message: PageMessage,
  strings: PageStrings,
  actions: MessageActions,
): HTMLElement {
  const max = typeof component.max_values === "number" ? component.max_values : 1;
  const wrapper = el("div", { class: "select", "data-custom-id": component.custom_id });
  const menu = el("discord-string-select-menu", {
    placeholder: typeof component.placeholder === "string" ? component.placeholder : "…",
    disabled: component.disabled === true,
  });
  const chosen = new Set<string>();
  const confirm = el("button", { class: "select-confirm", hidden: true, type: "button" }, strings.validate);
  for (const option of component.options ?? []) {
    const emoji = (option.emoji as { name?: string } | undefined)?.name;
    const item = el("discord-string-select-menu-option", {
      label: option.label,
      description: option.description,
      emoji,
      "data-value": option.value,
    });
    item.addEventListener("click", (event) => {
      // The label and its hidden checkbox both report the click: act once.
      if ((event.composedPath()[0] as HTMLElement).tagName !== "INPUT") return;
      if (max <= 1) {
        actions.select(message, component, [option.value]);
        return;
      }
      if (chosen.has(option.value)) chosen.delete(option.value);
      else chosen.add(option.value);
      item.classList.toggle("chosen", chosen.has(option.value));
      confirm.hidden = chosen.size === 0;
      confirm.textContent = `${strings.validate} (${chosen.size})`;
    });
    menu.append(item);
  }
  confirm.addEventListener("click", () => actions.select(message, component, [...chosen]));
  wrapper.append(menu, confirm);
  return wrapper;
}

/** The library writes a few English words (ephemeral mark, "edited"): say them in the page's language. */
function afterRender(element: HTMLElement, strings: PageStrings): void {
  void (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete?.then(() => {
    const root = element.shadowRoot;
    const ephemeral = root?.querySelector(".discord-message-ephemeral");
    if (ephemeral) {
      for (const node of [...ephemeral.childNodes]) {
        if (node.nodeType === 3 && node.textContent?.includes("Only you")) node.textContent = ` ${strings.onlyYou} • `;
      }
      const link = ephemeral.querySelector(".discord-message-ephemeral-link");
      if (link) link.textContent = strings.dismiss;
    }
    const edited = root?.querySelector(".discord-message-edited");
    if (edited) edited.textContent = strings.edited;
    const command = element.querySelector("discord-command") as
      | (HTMLElement & { updateComplete?: Promise<unknown> })
      | null;
    void command?.updateComplete?.then(() => {
      for (const span of command.shadowRoot?.querySelectorAll("span") ?? []) {
        if (span.textContent?.trim() === "used") span.textContent = ` ${strings.used} `;
      }
    });
  });
}
