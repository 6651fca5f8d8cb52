/** Helpers for reading message components and text in tests. */
import type { ApiComponent, MessageState } from "./types.js";
import { walkComponents } from "./validation.js";

type MessageLike = Pick<MessageState, "components">;

/** Every component of a message, depth first (rows, Components V2 containers, section accessories, labels). */
export function allComponents(message: MessageLike): ApiComponent[] {
  const out: ApiComponent[] = [];
  walkComponents(message.components, (component) => {
    out.push(component as ApiComponent);
  });
  return out;
}

/** Every custom_id in a message, in display order. */
export function customIds(message: MessageLike): string[] {
  return allComponents(message)
    .map((component) => component.custom_id)
    .filter((id): id is string => typeof id === "string");
}

export type ButtonQuery =
  | { label?: string | RegExp; customIdPrefix?: string; customId?: string }
  | ((button: ApiComponent) => boolean);

function matches(button: ApiComponent, query: ButtonQuery): boolean {
  if (typeof query === "function") return query(button);
  if (query.customId !== undefined && button.custom_id !== query.customId) return false;
  if (query.customIdPrefix !== undefined && !(button.custom_id ?? "").startsWith(query.customIdPrefix)) return false;
  if (query.label !== undefined) {
    const label = button.label ?? "";
    if (typeof query.label === "string" ? label !== query.label : !query.label.test(label)) return false;
  }
  return true;
}

/** The first button (type 2) matching the query, or undefined. */
export function findButton(message: MessageLike, query: ButtonQuery): ApiComponent | undefined {
  return allComponents(message).find((component) => component.type === 2 && matches(component, query));
}

/** Like findButton, but throws with the buttons that exist. */
export function getButton(message: MessageLike, query: ButtonQuery): ApiComponent {
  const button = findButton(message, query);
  if (button) return button;
  const buttons = allComponents(message)
    .filter((c) => c.type === 2)
    .map((c) => `${JSON.stringify(c.label ?? "")} (${c.custom_id ?? c.url ?? "?"})`);
  throw new Error(
    `no button matches ${typeof query === "function" ? "the predicate" : JSON.stringify(query)}; buttons: ${buttons.join(", ") || "none"}`,
  );
}

/** The component with this custom_id, or undefined. */
export function findComponent(message: MessageLike, customId: string): ApiComponent | undefined {
  return allComponents(message).find((component) => component.custom_id === customId);
}

/**
 * Everything a user reads in a message, joined by newlines: content, embed titles/descriptions/fields/footers,
 * Components V2 text displays, button labels and select placeholders/options.
 */
export function messageText(message: Pick<MessageState, "content" | "embeds" | "components">): string {
  const parts: string[] = [];
  if (message.content) parts.push(message.content);
  for (const embed of message.embeds) {
    if (embed.author?.name) parts.push(embed.author.name);
    if (embed.title) parts.push(embed.title);
    if (embed.description) parts.push(embed.description);
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
    if (embed.footer?.text) parts.push(embed.footer.text);
  }
  for (const component of allComponents(message)) {
    if (typeof component.content === "string") parts.push(component.content);
    if (typeof component.label === "string") parts.push(component.label);
    if (typeof component.placeholder === "string") parts.push(component.placeholder);
    for (const option of component.options ?? []) parts.push(option.label);
  }
  return parts.join("\n");
}
