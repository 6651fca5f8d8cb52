import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { z } from "zod";
import type { CoursePack } from "../content/types.js";
import type { BotContext } from "../discord/context.js";

/** A button, select menu or modal submit routed to its command by the custom ID "command:action:args…". */
export type ComponentHandler = (
  interaction: MessageComponentInteraction | ModalSubmitInteraction,
  args: readonly string[],
  context: BotContext,
) => Promise<void>;

/** What Discord registers for a command: its name, options and texts. */
export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/** One slash command: one file in src/commands, `export default { … } satisfies Command`. */
export interface Command {
  /**
   * The definition; a function of the course pack when it offers something of the course as choices (the study
   * questions of /quiz, /reponse, /quiz-classe): built once by the loader, for the pack Réso serves.
   */
  readonly data: CommandData | ((pack: CoursePack) => CommandData);
  /** Commands that need a guild (scores, channels) answer politely in DMs instead of running. */
  readonly guildOnly?: boolean;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
  /** Handlers for this command's buttons, menus and modals, by action. */
  readonly components?: Readonly<Record<string, ComponentHandler>>;
}

/** A command whose definition is built for the pack being served: what the router and /aide see. */
export type LoadedCommand = Omit<Command, "data"> & { readonly data: CommandData };

export const commandDataPredicate = z.object({
  name: z.string().regex(/^[-_\p{Ll}\p{N}]{1,32}$/u),
  toJSON: z.function(),
});

/** What the loader checks every command module against before the bot starts. */
export const commandPredicate = z.object({
  data: z.union([commandDataPredicate, z.function()]),
  guildOnly: z.boolean().optional(),
  execute: z.function(),
  autocomplete: z.function().optional(),
  components: z.record(z.string().regex(/^[a-z-]+$/), z.function()).optional(),
});
