import {
  ActionRowBuilder,
  type APIComponentInMessageActionRow,
  type ButtonInteraction,
  type MessageActionRowComponentBuilder,
  type StringSelectMenuInteraction,
} from "discord.js";
import { customId, parseCustomId } from "./customId.js";
import type { View } from "./views/course.js";

/**
 * The private quiz's flow, in a guild or in the member's DMs (the review reminder's button). In a guild the
 * guild is the interaction's; in DMs there is none, so the buttons carry it: the same views, their `quiz:…`
 * custom IDs re-addressed to `rappels:<action>:<guild>:…` (a command whose components work in DMs).
 */
export interface QuizPlace {
  readonly guildId: string;
  /** In the member's DMs: no guild nickname to read, so the profile keeps the name it has. */
  readonly direct: boolean;
  /** The view as this place shows it (in DMs: IDs re-addressed, buttons that only work in the guild left out). */
  readonly present: (view: View) => View;
}

export type QuizComponentInteraction = ButtonInteraction | StringSelectMenuInteraction;

export const inGuild = (guildId: string): QuizPlace => ({ guildId, direct: false, present: (view) => view });

export const inDirectMessages = (guildId: string): QuizPlace => ({
  guildId,
  direct: true,
  present: (view) => ({ ...view, components: view.components.flatMap((row) => readdressed(row, guildId)) }),
});

function readdressed(row: ActionRowBuilder<MessageActionRowComponentBuilder>, guildId: string) {
  const data = row.toJSON();
  const components: APIComponentInMessageActionRow[] = [];
  for (const component of data.components) {
    if (!("custom_id" in component)) {
      components.push(component);
      continue;
    }
    const parsed = parseCustomId(component.custom_id);
    // Buttons of other commands (re-read a section) only work in the guild: left out.
    if (parsed?.command === "quiz")
      components.push({ ...component, custom_id: customId("rappels", parsed.action, guildId, ...parsed.args) });
  }
  return components.length > 0 ? [new ActionRowBuilder<MessageActionRowComponentBuilder>({ ...data, components })] : [];
}
